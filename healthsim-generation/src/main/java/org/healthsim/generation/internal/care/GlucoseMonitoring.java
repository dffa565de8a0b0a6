package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * Continuous glucose monitoring of a program's {@code cgm} option: a share of the members who take
 * one of the option's insulins use a CGM, and its durable medical equipment supplier ships the
 * monthly supply allowance (sensors and accessories) on a business day of each month, to the home
 * (place of service 12).
 */
final class GlucoseMonitoring {

  private static final int NORMAL = TimelineEvent.NORMAL_PRIORITY;

  private GlucoseMonitoring() {}

  /** Plans the supplies of {@code start} to the day before {@code end}, if the member uses one. */
  static void plan(
      CarePlan plan,
      UniformRandomProvider rng,
      JsonNode option,
      CareSubject subject,
      LocalDate start,
      LocalDate end) {
    boolean onInsulin = false;
    for (JsonNode rxnorm : option.get("insulins")) {
      onInsulin |= subject.medications().containsKey(rxnorm.asText());
    }
    if (!onInsulin || rng.nextDouble() >= option.get("share_on_insulin").asDouble()) {
      return;
    }
    int every = option.get("every_days").asInt();
    Map<String, Object> supply =
        Map.of("hcpcs", option.get("hcpcs").asText(), "place_of_service", "12", "supplier", "dme");
    for (LocalDate d = start.plusDays(rng.nextInt(every)); d.isBefore(end); d = d.plusDays(every)) {
      LocalDate day = BusinessCalendar.onOrAfter(d);
      if (day.isBefore(end)) {
        plan.emit(
            "cgm",
            "CGM supplies",
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            day,
            NORMAL,
            supply);
      }
    }
  }
}
