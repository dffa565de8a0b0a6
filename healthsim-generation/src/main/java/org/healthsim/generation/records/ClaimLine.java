package org.healthsim.generation.records;

import java.util.List;
import org.healthsim.generation.json.FieldWriter;

/**
 * One service line of a professional or institutional claim. Amounts are exact, in cents (written
 * as dollars with two decimals): {@code paid + deductible + coinsurance + copay == allowed}, the
 * member's three shares being the member responsibility.
 *
 * @param lineNumber 1, 2, ...
 * @param code CPT/HCPCS code (professional) or the HCPCS with a revenue code (institutional)
 * @param revenueCode UB-04 revenue code for institutional lines, else {@code null}
 * @param units service units (for a drug, units of its HCPCS descriptor: J9271 is per 1 mg)
 * @param diagnosisPointers 1-based positions in the claim's diagnosis codes
 * @param billedCents charge
 * @param allowedCents contracted amount (0 for a denied line)
 * @param paidCents plan payment
 * @param deductibleCents the member's deductible share
 * @param coinsuranceCents the member's coinsurance
 * @param copayCents the member's copay
 * @param denialCode the CARC that denied the line, else {@code null}
 */
public record ClaimLine(
    int lineNumber,
    String code,
    String revenueCode,
    int units,
    List<Integer> diagnosisPointers,
    long billedCents,
    long allowedCents,
    long paidCents,
    long deductibleCents,
    long coinsuranceCents,
    long copayCents,
    String denialCode) {

  /**
   * @throws IllegalArgumentException when the plan's and the member's shares do not add up to the
   *     allowed amount
   */
  public ClaimLine {
    diagnosisPointers = List.copyOf(diagnosisPointers);
    long member = deductibleCents + coinsuranceCents + copayCents;
    if (paidCents + member != allowedCents) {
      throw new IllegalArgumentException(
          "line "
              + lineNumber
              + ": paid "
              + paidCents
              + " + member responsibility "
              + member
              + " cents is not the allowed "
              + allowedCents);
    }
  }

  /** A line whose member share is all coinsurance, not denied. */
  public ClaimLine(
      int lineNumber,
      String code,
      String revenueCode,
      int units,
      List<Integer> diagnosisPointers,
      long billedCents,
      long allowedCents,
      long paidCents,
      long memberResponsibilityCents) {
    this(
        lineNumber,
        code,
        revenueCode,
        units,
        diagnosisPointers,
        billedCents,
        allowedCents,
        paidCents,
        0,
        memberResponsibilityCents,
        0,
        null);
  }

  /** Deductible, coinsurance and copay, in cents. */
  public long memberResponsibilityCents() {
    return deductibleCents + coinsuranceCents + copayCents;
  }

  /** Writes the line's fields. */
  void writeFields(FieldWriter out) {
    out.field("line_number", lineNumber)
        .field("code", code)
        .field("revenue_code", revenueCode)
        .field("units", units)
        .integers("diagnosis_pointers", diagnosisPointers)
        .money("billed", billedCents)
        .money("allowed", allowedCents)
        .money("paid", paidCents)
        .money("deductible", deductibleCents)
        .money("coinsurance", coinsuranceCents)
        .money("copay", copayCents)
        .money("member_responsibility", memberResponsibilityCents())
        .field("denial_code", denialCode);
  }
}
