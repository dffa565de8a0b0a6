package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The care an entity gets for one condition group, read from {@code programs/*.json}: visits, labs,
 * specialists, acute hazards and mortality. Rates are per member-year, before the entity's frailty.
 *
 * @param id program id, such as {@code diabetes}
 * @param name what it treats
 * @param conditions ICD-10-CM prefixes an entity's condition must start with
 * @param pcpVisits primary-care follow-up visits a year
 * @param severityMultipliers factors on visits and hazards by the entity's {@code severity}
 * @param labs labs drawn at visits when due
 * @param specialists specialist visits a year
 * @param ed ED visits a year this condition adds
 * @param admissions admissions a year this condition adds
 * @param readmission30d chance of a readmission within 30 days of its stays
 * @param losMean mean length of its stays, days
 * @param admissionDiagnosis principal diagnosis of its stays, or {@code null} for the entity's own
 *     condition code
 * @param admissionLab a lab drawn at its admissions with a value from a log-normal, or {@code null}
 * @param mortalityRatio annual death probability relative to the age and sex baseline
 * @param procedures tests and procedures done apart from visits, at yearly rates
 * @param options program-specific settings (A1C trajectory, infusion, pregnancy), as written
 * @param source where the rates come from
 */
public record CareProgram(
    String id,
    String name,
    List<String> conditions,
    double pcpVisits,
    Map<String, Double> severityMultipliers,
    List<Lab> labs,
    List<Specialist> specialists,
    double ed,
    double admissions,
    double readmission30d,
    double losMean,
    Code admissionDiagnosis,
    JsonNode admissionLab,
    double mortalityRatio,
    List<OutpatientProcedure> procedures,
    JsonNode options,
    String source) {

  /**
   * A lab the program draws.
   *
   * @param lab lab-catalog name
   * @param everyDays interval
   * @param uncontrolledEveryDays interval for severity {@code uncontrolled}
   * @param unlessCondition not drawn when the entity has a condition under this prefix, or null
   */
  public record Lab(String lab, int everyDays, int uncontrolledEveryDays, String unlessCondition) {}

  /** A specialist the program sends the entity to, {@code perYear} visits a year. */
  public record Specialist(
      String specialty, double perYear, double uncontrolledPerYear, String cpt) {}

  /** An ICD-10-CM code with its description. */
  public record Code(String code, String description) {}

  /** True when {@code code} falls under one of the program's prefixes. */
  public boolean covers(String code) {
    for (String prefix : conditions) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The longest prefix of the program's that {@code code} starts with, or 0. */
  int match(String code) {
    int best = 0;
    for (String prefix : conditions) {
      if (code.startsWith(prefix)) {
        best = Math.max(best, prefix.length());
      }
    }
    return best;
  }

  /** The multiplier for {@code severity} (1 when none is given). */
  public double severityMultiplier(String severity) {
    return severity == null ? 1.0 : severityMultipliers.getOrDefault(severity, 1.0);
  }

  static CareProgram read(JsonNode n) {
    List<String> conditions = new ArrayList<>();
    n.get("conditions").forEach(c -> conditions.add(c.asText()));
    Map<String, Double> multipliers = new LinkedHashMap<>();
    JsonNode m = n.get("severity_multipliers");
    if (m != null) {
      m.properties().forEach(e -> multipliers.put(e.getKey(), e.getValue().asDouble()));
    }
    List<Lab> labs = new ArrayList<>();
    for (JsonNode l : n.path("labs")) {
      int every = l.get("every_days").asInt();
      labs.add(
          new Lab(
              l.get("lab").asText(),
              every,
              l.path("uncontrolled_every_days").asInt(every),
              l.hasNonNull("unless_condition") ? l.get("unless_condition").asText() : null));
    }
    List<Specialist> specialists = new ArrayList<>();
    for (JsonNode s : n.path("specialists")) {
      double perYear = s.get("per_year").asDouble();
      specialists.add(
          new Specialist(
              s.get("specialty").asText(),
              perYear,
              s.path("uncontrolled_per_year").asDouble(perYear),
              s.hasNonNull("cpt") ? s.get("cpt").asText() : null));
    }
    JsonNode dx = n.get("admission_diagnosis");
    return new CareProgram(
        n.get("program_id").asText(),
        n.get("name").asText(),
        List.copyOf(conditions),
        n.path("pcp_visits").asDouble(),
        Map.copyOf(multipliers),
        List.copyOf(labs),
        List.copyOf(specialists),
        n.path("ed").asDouble(),
        n.path("admissions").asDouble(),
        n.path("readmission_30d").asDouble(),
        n.path("los_mean").asDouble(4.5),
        dx == null ? null : new Code(dx.get("code").asText(), dx.get("description").asText()),
        n.get("admission_lab"),
        n.path("mortality_ratio").asDouble(1.0),
        OutpatientProcedure.read(n.path("procedures")),
        n,
        n.get("source").asText());
  }
}
