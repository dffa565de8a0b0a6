package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * A test or procedure done apart from a visit, at a yearly rate: the baseline's screenings and
 * elective procedures by age and sex ({@code outpatient_procedures} in {@code baseline.json}) and a
 * program's condition-driven tests ({@code procedures}). Each is a procedure event on a business
 * day outside any stay, with the diagnosis that justifies it: one of its own, else the program's
 * condition.
 *
 * @param cpt the service
 * @param specialty who performs it
 * @param placeOfService {@code 11} (office or imaging centre) or {@code 22} (hospital outpatient
 *     department, which bills a facility claim beside the physician's)
 * @param perYear procedures a member-year before the member's visit frailty
 * @param minAge youngest age it applies to
 * @param maxAge oldest age it applies to
 * @param sex {@code F} or {@code M} when it applies to one sex only, else {@code null}
 * @param diagnoses the reasons, one drawn per procedure; empty for the program's own condition
 */
record OutpatientProcedure(
    String cpt,
    String specialty,
    String placeOfService,
    double perYear,
    int minAge,
    int maxAge,
    String sex,
    List<CareProgram.Code> diagnoses) {

  private static final int NORMAL = TimelineEvent.NORMAL_PRIORITY;

  static List<OutpatientProcedure> read(JsonNode array) {
    List<OutpatientProcedure> out = new ArrayList<>();
    for (JsonNode n : array) {
      List<CareProgram.Code> dx = new ArrayList<>();
      for (JsonNode d : n.path("diagnoses")) {
        dx.add(new CareProgram.Code(d.get("code").asText(), d.get("description").asText()));
      }
      out.add(
          new OutpatientProcedure(
              n.get("cpt").asText(),
              n.get("specialty").asText(),
              n.path("place_of_service").asText("11"),
              n.get("per_year").asDouble(),
              n.path("min_age").asInt(0),
              n.path("max_age").asInt(Integer.MAX_VALUE),
              n.hasNonNull("sex") ? n.get("sex").asText() : null,
              List.copyOf(dx)));
    }
    return List.copyOf(out);
  }

  /**
   * Plans {@code procedures} for {@code start} to the day before {@code end}.
   *
   * @param rateScale the member's visit frailty times the years of exposure
   * @param own the reason of a procedure without diagnoses of its own
   */
  static void plan(
      CarePlan plan,
      UniformRandomProvider rng,
      List<OutpatientProcedure> procedures,
      CareSubject subject,
      int age,
      double rateScale,
      CareProgram.Code own,
      LocalDate start,
      LocalDate end) {
    for (OutpatientProcedure p : procedures) {
      if (age < p.minAge || age > p.maxAge || (p.sex != null && !p.sex.equals(subject.gender()))) {
        continue;
      }
      int n = Draws.poisson(rng, p.perYear * rateScale);
      String id = PlanText.PROCEDURE_ID.of(p.cpt);
      for (LocalDate d : plan.spread(rng, n, start, end)) {
        CareProgram.Code reason =
            p.diagnoses.isEmpty() ? own : p.diagnoses.get(rng.nextInt(p.diagnoses.size()));
        plan.emit(
            id,
            PlanText.PROCEDURE_NAME.of(p.cpt),
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            d,
            NORMAL,
            Map.of("cpt", p.cpt, "place_of_service", p.placeOfService, "specialty", p.specialty));
        plan.diagnosis(PlanText.DIAGNOSIS_ID.of(id), d, reason.code(), reason.description());
      }
    }
  }
}
