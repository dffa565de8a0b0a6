package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
      double mortality,
      double homeHealth) {}

  /** Relative use and churn of one line of business. */
  record LineOfBusiness(
      double preventive,
      double acute,
      double ed,
      double admissions,
      double leaveRate,
      double ninetyDayShare,
      String emMix,
      List<Weighted> dispositions) {}

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
      boolean elective,
      Operation procedure) {

    boolean fits(int age, String gender) {
      return age >= minAge && age <= maxAge && (sex == null || sex.equals(gender));
    }
  }

  /** A choice with its weight. */
  record Weighted(String key, double weight) {}

  /**
   * Something that happens with a chance that depends on a diagnosis: a condition coded during an
   * acute stay (by the stay's principal diagnosis), a test done at an ED visit (by the visit's).
   *
   * @param code the ICD-10-CM code coded, or the CPT of the test
   * @param description the code's description, or {@code null}
   * @param byDiagnosis chances by ICD-10-CM prefix of the diagnosis; the longest matching prefix
   *     wins, else {@code probability}
   */
  record ChanceByDiagnosis(
      String code, String description, double probability, Map<String, Double> byDiagnosis) {

    double probability(String diagnosis) {
      String best = null;
      for (String prefix : byDiagnosis.keySet()) {
        if (diagnosis.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
          best = prefix;
        }
      }
      return best == null ? probability : byDiagnosis.get(best);
    }
  }

  final List<Band> bands = new ArrayList<>();
  final List<ChanceByDiagnosis> stayDiagnoses;
  final List<ChanceByDiagnosis> edWorkup;
  private final Map<String, List<Weighted>> emMixes = new HashMap<>();
  private final Map<String, double[]> weekdayWeights = new HashMap<>();
  final JsonNode node;
  final List<WeightedCode> acute;
  final List<WeightedCode> emergency;
  final List<WeightedCode> admission;
  private final List<OutpatientProcedure> outpatientProcedures;

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
              b.get("mortality").asDouble(),
              b.path("home_health").asDouble(0)));
    }
    acute = codes(node.get("acute_diagnoses"));
    emergency = codes(node.get("emergency_diagnoses"));
    admission = codes(node.get("admission_diagnoses"));
    stayDiagnoses = chances(node.get("stay_diagnoses"), "code", "by_principal");
    edWorkup = chances(node.get("ed_workup"), "cpt", "by_diagnosis");
    outpatientProcedures = OutpatientProcedure.read(node.path("outpatient_procedures"));
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

  /** Screenings and elective procedures everyone may have, by age and sex. */
  List<OutpatientProcedure> outpatientProcedures() {
    return outpatientProcedures;
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
    String key = all.has(name) ? name : "Commercial";
    JsonNode l = all.get(key);
    return new LineOfBusiness(
        l.get("preventive").asDouble(),
        l.get("acute").asDouble(),
        l.get("ed").asDouble(),
        l.get("admissions").asDouble(),
        l.get("leave_rate").asDouble(),
        l.get("ninety_day_share").asDouble(),
        l.get("em_mix").asText(),
        weighted(node.get("discharge_dispositions").get(key)));
  }

  double number(String key) {
    return node.get(key).asDouble();
  }

  /** A number of the {@code post_acute} block. */
  double postAcute(String key) {
    return node.get("post_acute").get(key).asDouble();
  }

  private static List<ChanceByDiagnosis> chances(JsonNode array, String codeKey, String byKey) {
    List<ChanceByDiagnosis> out = new ArrayList<>();
    for (JsonNode d : array) {
      if (d.has(codeKey)) {
        Map<String, Double> by = new LinkedHashMap<>();
        d.path(byKey).properties().forEach(e -> by.put(e.getKey(), e.getValue().asDouble()));
        out.add(
            new ChanceByDiagnosis(
                d.get(codeKey).asText(),
                d.hasNonNull("description") ? d.get("description").asText() : null,
                d.get("probability").asDouble(),
                Map.copyOf(by)));
      }
    }
    return List.copyOf(out);
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
              c.path("elective").asBoolean(false),
              c.hasNonNull("procedure") ? Operation.read(c.get("procedure")) : null));
    }
    return List.copyOf(out);
  }
}
