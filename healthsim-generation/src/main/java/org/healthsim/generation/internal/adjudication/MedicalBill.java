package org.healthsim.generation.internal.adjudication;

import java.time.LocalDate;
import java.util.List;

/**
 * A medical claim as billing prices it, before the payer decides it.
 *
 * @param type {@code claim_professional} or {@code claim_institutional}
 * @param benefit the benefit class its cost sharing follows
 * @param serviceDate first date of service
 * @param serviceEndDate last date of service
 * @param billingNpi billing provider or facility
 * @param renderingNpi rendering provider (professional), else {@code null}
 * @param renderingTaxonomy the rendering provider's taxonomy, else {@code null}
 * @param placeOfService place of service or bill type
 * @param diagnosisCodes principal first
 * @param drg MS-DRG of a stay, else {@code null}
 * @param lines priced lines
 * @param serviceEventIds the timeline events billed
 * @param inpatientDays days of a stay (0 otherwise)
 * @param opensBenefitPeriod a stay admitted more than 60 days after the member's previous discharge
 *     (or the first): Medicare Part A's deductible applies to it
 * @param seed the seed of the claim's draws and ids
 */
public record MedicalBill(
    String type,
    Benefit benefit,
    LocalDate serviceDate,
    LocalDate serviceEndDate,
    String billingNpi,
    String renderingNpi,
    String renderingTaxonomy,
    String placeOfService,
    List<String> diagnosisCodes,
    String drg,
    List<PricedLine> lines,
    List<String> serviceEventIds,
    int inpatientDays,
    boolean opensBenefitPeriod,
    long seed) {

  public MedicalBill {
    diagnosisCodes = List.copyOf(diagnosisCodes);
    lines = List.copyOf(lines);
    serviceEventIds = List.copyOf(serviceEventIds);
  }

  /** The benefit class of a claim: which copay, if any, its design charges. */
  public enum Benefit {
    PRIMARY_CARE,
    SPECIALIST,
    EMERGENCY_PHYSICIAN,
    EMERGENCY_FACILITY,
    INPATIENT_FACILITY,
    INPATIENT_PHYSICIAN,
    OUTPATIENT,
    LAB,
    SKILLED_NURSING,
    HOME_HEALTH,
    HOSPICE,
    AMBULANCE,
    DURABLE_EQUIPMENT
  }

  /**
   * A priced line.
   *
   * @param code CPT/HCPCS
   * @param revenueCode UB-04 revenue code (institutional), else {@code null}
   * @param units units
   * @param diagnosisPointers 1-based pointers into the diagnoses
   * @param category the service's category ({@code office_visit}, {@code lab}, {@code
   *     preventive_visit}, {@code vaccine}, ...)
   * @param billedCents charge
   * @param allowedCents contracted amount
   */
  public record PricedLine(
      String code,
      String revenueCode,
      int units,
      List<Integer> diagnosisPointers,
      String category,
      long billedCents,
      long allowedCents) {

    public PricedLine {
      diagnosisPointers = List.copyOf(diagnosisPointers);
    }
  }
}
