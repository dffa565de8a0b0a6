package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * Maintenance dialysis of a program's {@code dialysis} option (end-stage renal disease): in-center
 * hemodialysis three times a week on the member's schedule (Monday-Wednesday-Friday or
 * Tuesday-Thursday-Saturday), none during a stay, and the nephrologist's monthly capitation service
 * on the month's first session.
 */
final class Dialysis {

  private static final int NORMAL = TimelineEvent.NORMAL_PRIORITY;

  private Dialysis() {}

  /** Plans the sessions of {@code start} to the day before {@code end}. */
  static void plan(
      CarePlan plan, UniformRandomProvider rng, JsonNode option, LocalDate start, LocalDate end) {
    DayOfWeek first = rng.nextBoolean() ? DayOfWeek.MONDAY : DayOfWeek.TUESDAY;
    String session = option.get("session_cpt").asText();
    String monthly = option.get("monthly_cpt").asText();
    int month = -1;
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      int offset = d.getDayOfWeek().getValue() - first.getValue();
      if (offset < 0 || offset > 4 || offset % 2 != 0 || plan.inStay(d)) {
        continue;
      }
      plan.emit(
          "dialysis",
          "Hemodialysis session",
          Product.PATIENTSIM,
          PatientEventType.PROCEDURE,
          d,
          NORMAL,
          Map.of("cpt", session, "place_of_service", "65", "specialty", "nephrology"));
      if (d.getMonthValue() != month) {
        month = d.getMonthValue();
        plan.emit(
            "dialysis/monthly",
            "ESRD monthly services",
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            d,
            NORMAL,
            Map.of("cpt", monthly, "place_of_service", "11", "specialty", "nephrology"));
      }
    }
  }
}
