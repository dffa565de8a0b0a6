package org.healthsim.generation.internal.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.generation.internal.providers.CsvLine;

/**
 * What a hospital outpatient department is paid beside the physician ({@code
 * outpatient-facility.csv}, OPPS), and the billing units of drug HCPCS ({@code drug-units.csv}).
 */
public final class FacilityRates {

  /**
   * The facility's part of a service.
   *
   * @param hcpcs the service
   * @param revenueCode the UB-04 revenue code it is billed under
   * @param apc its OPPS ambulatory payment classification
   * @param medicareAmount Medicare's OPPS payment in dollars
   */
  public record FacilityService(
      String hcpcs, String revenueCode, String apc, double medicareAmount) {}

  private static final Map<String, FacilityService> SERVICES = services();
  private static final Map<String, Integer> DRUG_UNITS = drugUnits();

  private FacilityRates() {}

  /** The facility part of {@code hcpcs}, if an outpatient department bills one. */
  public static Optional<FacilityService> outpatient(String hcpcs) {
    return Optional.ofNullable(SERVICES.get(hcpcs));
  }

  /** The units one dose of {@code hcpcs} bills: its dose over its descriptor's amount, else 1. */
  public static int units(String hcpcs) {
    return DRUG_UNITS.getOrDefault(hcpcs, 1);
  }

  private static Map<String, FacilityService> services() {
    Map<String, FacilityService> map = new HashMap<>();
    for (List<String> r :
        CsvLine.rows(
            FacilityRates.class,
            "outpatient-facility.csv",
            "hcpcs,revenue_code,apc,description,medicare_amount")) {
      map.put(
          r.get(0),
          new FacilityService(r.get(0), r.get(1), r.get(2), Double.parseDouble(r.get(4))));
    }
    return Map.copyOf(map);
  }

  private static Map<String, Integer> drugUnits() {
    Map<String, Integer> map = new HashMap<>();
    for (List<String> r :
        CsvLine.rows(FacilityRates.class, "drug-units.csv", "hcpcs,units,source")) {
      map.put(r.get(0), Integer.parseInt(r.get(1)));
    }
    return Map.copyOf(map);
  }
}
