package org.healthsim.generation.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.WireNames;
import org.healthsim.generation.journey.EventType;
import org.healthsim.generation.journey.EventTypes;

/** The default healthcare triggers, read once from {@code default-triggers.json}. */
final class DefaultTriggers {

  private static final String RESOURCE = "default-triggers.json";

  static final List<RegisteredTrigger> ALL = load();

  private DefaultTriggers() {}

  private static List<RegisteredTrigger> load() {
    try (InputStream in = DefaultTriggers.class.getResourceAsStream(RESOURCE)) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<RegisteredTrigger> triggers = new ArrayList<>();
      for (int i = 0; i < root.size(); i++) {
        triggers.add(trigger(root.get(i), RESOURCE + " $[" + i + "]"));
      }
      return List.copyOf(triggers);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static RegisteredTrigger trigger(JsonNode node, String where) {
    String[] source = node.path("source").asText().split(" ");
    String[] target = node.path("target").asText().split(" ");
    Map<String, String> parameterMap = new LinkedHashMap<>();
    node.path("parameter_map")
        .properties()
        .forEach(f -> parameterMap.put(f.getKey(), f.getValue().asText()));
    return new RegisteredTrigger(
        node.path("trigger_id").asText(),
        product(source[0], where),
        type(source[1], where),
        product(target[0], where),
        type(target[1], where),
        DelaySpec.uniform(node.path("days_min").asInt(), node.path("days_max").asInt()),
        TriggerPriority.NORMAL,
        null,
        parameterMap,
        Map.of(),
        node.path("name").asText());
  }

  private static Product product(String name, String where) {
    return WireNames.parse(Product.class, name.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new IllegalStateException(where + ": unknown product " + name));
  }

  private static EventType type(String name, String where) {
    return EventTypes.byName(name)
        .orElseThrow(() -> new IllegalStateException(where + ": unknown event type " + name));
  }
}
