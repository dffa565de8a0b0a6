package org.healthsim.generation.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The baseline of {@code baseline.json}: rates everyone gets, read once. */
final class Baseline {

  /** Rates of one age band. */
  record Band(
      int min,
      int max,
      double preventive,
      double acute,
      double ed,
      double admissions,
      double fluVaccine,
      double mortality) {}

  /** Relative use and churn of one line of business. */
  record LineOfBusiness(
      double preventive,
      double acute,
      double ed,
      double admissions,
      double leaveRate,
      double ninetyDayShare,
      String emMix) {}

  /** A diagnosis to draw, with its weight and who it fits. */
  record WeightedCode(
      String code,
      String description,
      double weight,
      int minAge,
      int maxAge,
      String sex,
      double rxProbability,
      boolean winter,
      double losMean,
      boolean elective) {

    boolean fits(int age, String gender) {
      return age >= minAge && age <= maxAge && (sex == null || sex.equals(gender));
    }
  }

  final List<Band> bands = new ArrayList<>();
  final JsonNode node;
  final List<WeightedCode> acute;
  final List<WeightedCode> emergency;
  final List<WeightedCode> admission;

  Baseline(JsonNode node) {
    this.node = node;
    for (JsonNode b : node.get("age_bands")) {
      bands.add(
          new Band(
              b.get("min").asInt(),
              b.get("max").asInt(),
              b.get("preventive_per_year").asDouble(),
              b.get("acute_visits").asDouble(),
              b.get("ed").asDouble(),
              b.get("admissions").asDouble(),
              b.get("flu_vaccine").asDouble(),
              b.get("mortality").asDouble()));
    }
    acute = codes(node.get("acute_diagnoses"));
    emergency = codes(node.get("emergency_diagnoses"));
    admission = codes(node.get("admission_diagnoses"));
  }

  Band band(int age) {
    for (Band b : bands) {
      if (age >= b.min() && age <= b.max()) {
        return b;
      }
    }
    return bands.get(bands.size() - 1);
  }

  LineOfBusiness lineOfBusiness(String name) {
    JsonNode all = node.get("lines_of_business");
    JsonNode l = all.has(name) ? all.get(name) : all.get("Commercial");
    return new LineOfBusiness(
        l.get("preventive").asDouble(),
        l.get("acute").asDouble(),
        l.get("ed").asDouble(),
        l.get("admissions").asDouble(),
        l.get("leave_rate").asDouble(),
        l.get("ninety_day_share").asDouble(),
        l.get("em_mix").asText());
  }

  double number(String key) {
    return node.get(key).asDouble();
  }

  private static List<WeightedCode> codes(JsonNode array) {
    List<WeightedCode> out = new ArrayList<>();
    for (JsonNode c : array) {
      if (!c.has("code")) {
        continue;
      }
      out.add(
          new WeightedCode(
              c.get("code").asText(),
              c.get("description").asText(),
              c.get("weight").asDouble(),
              c.path("min_age").asInt(0),
              c.path("max_age").asInt(200),
              c.hasNonNull("sex") ? c.get("sex").asText() : null,
              c.path("rx_probability").asDouble(0),
              c.path("winter").asBoolean(false),
              c.path("los_mean").asDouble(4.5),
              c.path("elective").asBoolean(false)));
    }
    return List.copyOf(out);
  }
}
