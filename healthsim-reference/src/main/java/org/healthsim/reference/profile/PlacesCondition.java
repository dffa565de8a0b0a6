package org.healthsim.reference.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PLACES measure that becomes a condition, with its ICD-10-CM code; the list is the resource
 * {@code places-conditions.json}.
 *
 * @param measure the PLACES measure id
 * @param code the ICD-10-CM code
 * @param description the code's description
 */
public record PlacesCondition(String measure, String code, String description) {

  private static final List<PlacesCondition> ALL = load();

  /** Every measure that becomes a condition, in the resource's order. */
  public static List<PlacesCondition> all() {
    return ALL;
  }

  private static List<PlacesCondition> load() {
    try (InputStream in = PlacesCondition.class.getResourceAsStream("places-conditions.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<PlacesCondition> list = new ArrayList<>();
      for (JsonNode c : root.get("conditions")) {
        list.add(
            new PlacesCondition(
                c.get("measure").asText(), c.get("code").asText(), c.get("description").asText()));
      }
      return List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException("places-conditions.json", e);
    }
  }
}
