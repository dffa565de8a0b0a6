package org.healthsim.examples.builder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Readable lines of a profile spec's conditions, for the preview. */
final class JsonView {

  private JsonView() {}

  static List<String> conditions(JsonNode spec) {
    List<String> out = new ArrayList<>();
    JsonNode clinical = spec.path("clinical");
    JsonNode primary = clinical.path("primary_condition");
    if (!primary.isMissingNode()) {
      out.add(line("primary condition", primary));
    }
    for (JsonNode c : clinical.path("comorbidities")) {
      out.add(line("comorbidity", c));
    }
    if (clinical.has("severity")) {
      out.add("severity: " + clinical.get("severity").get("weights"));
    }
    return out;
  }

  private static String line(String role, JsonNode c) {
    return role
        + ": "
        + c.get("code").asText()
        + " "
        + c.path("description").asText()
        + " ("
        + c.path("prevalence").asDouble(1.0)
        + (c.has("when") ? " when " + c.get("when").asText() : "")
        + ")";
  }
}
