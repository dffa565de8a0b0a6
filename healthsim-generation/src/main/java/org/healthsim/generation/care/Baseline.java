package org.healthsim.generation.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** A choice with its weight. */
  record Weighted(String key, double weight) {}

  final List<Band> bands = new ArrayList<>();
  final List<Weighted> dispositions;
  private final Map<String, List<Weighted>> emMixes = new HashMap<>();
  private final Map<String, double[]> weekdayWeights = new HashMap<>();
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
    dispositions = weighted(node.get("discharge_dispositions"));
    node.get("em_mix")
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().startsWith("_")) {
                emMixes.put(e.getKey(), weighted(e.getValue()));
              }
            });
    node.get("weekday_weights")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isArray()) {
                double[] w = new double[7];
                for (int i = 0; i < 7; i++) {
                  w[i] = e.getValue().get(i).asDouble();
                }
                weekdayWeights.put(e.getKey(), w);
              }
            });
  }

  /** The E/M level mix called {@code name}. */
  List<Weighted> emMix(String name) {
    return emMixes.get(name);
  }

  /** The weekday weights of {@code kind}, Monday first. */
  double[] weekdayWeights(String kind) {
    return weekdayWeights.get(kind);
  }

  /** The entries of an object, keys starting with "_" (sources, notes) left out. */
  private static List<Weighted> weighted(JsonNode object) {
    List<Weighted> out = new ArrayList<>();
    object
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().startsWith("_")) {
                out.add(new Weighted(e.getKey(), e.getValue().asDouble()));
              }
            });
    return List.copyOf(out);
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
