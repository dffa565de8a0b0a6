package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * Arrival at the emergency department by ground ambulance ({@code ambulance} in {@code
 * baseline.json}): at a share of ED visits that rises with age and with admission, an emergency
 * transport at the advanced (ALS1) or basic (BLS) level and its loaded miles, supplied by the
 * member's ambulance service on the visit's day (place of service 41).
 */
final class Ambulance {

  private static final int NORMAL = TimelineEvent.NORMAL_PRIORITY;

  private Ambulance() {}

  /** Plans the transport to the ED visit of {@code day}, if the member came by ambulance. */
  static void toEmergency(
      CarePlan plan,
      UniformRandomProvider rng,
      JsonNode option,
      int age,
      boolean admitted,
      LocalDate day) {
    String share = admitted ? "share_admitted" : age >= 65 ? "share_65" : "share_under_65";
    if (rng.nextDouble() >= option.get(share).asDouble()) {
      return;
    }
    String level =
        rng.nextDouble() < option.get("als_share").asDouble()
            ? option.get("als_hcpcs").asText()
            : option.get("bls_hcpcs").asText();
    double mean = option.get("miles_log_mean").asDouble();
    double sd = option.get("miles_log_sd").asDouble();
    long miles = Math.max(1, Math.round(Math.exp(mean + sd * Draws.normal(rng))));
    Map<String, Object> transport =
        Map.of("hcpcs", level, "place_of_service", "41", "supplier", "ambulance");
    plan.emit(
        "ambulance",
        "Ambulance transport",
        Product.PATIENTSIM,
        PatientEventType.PROCEDURE,
        day,
        NORMAL,
        transport);
    plan.emit(
        "ambulance/mileage",
        "Ambulance mileage",
        Product.PATIENTSIM,
        PatientEventType.PROCEDURE,
        day,
        NORMAL,
        Map.of(
            "hcpcs",
            option.get("mileage_hcpcs").asText(),
            "units",
            miles,
            "place_of_service",
            "41",
            "supplier",
            "ambulance"));
  }
}
