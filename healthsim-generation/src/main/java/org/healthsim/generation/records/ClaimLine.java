package org.healthsim.generation.records;

import java.util.List;
import org.healthsim.generation.json.FieldWriter;

/**
 * One service line of a professional or institutional claim. Amounts are exact, in cents (written
 * as dollars with two decimals): {@code paid + memberResponsibility == allowed}.
 *
 * @param lineNumber 1, 2, ...
 * @param code CPT/HCPCS code (professional) or the HCPCS with a revenue code (institutional)
 * @param revenueCode UB-04 revenue code for institutional lines, else {@code null}
 * @param units service units
 * @param diagnosisPointers 1-based positions in the claim's diagnosis codes
 * @param billedCents charge
 * @param allowedCents contracted amount
 * @param paidCents plan payment
 * @param memberResponsibilityCents deductible, copay and coinsurance
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
    long memberResponsibilityCents) {

  /**
   * @throws IllegalArgumentException when the plan's and the member's shares do not add up to the
   *     allowed amount
   */
  public ClaimLine {
    diagnosisPointers = List.copyOf(diagnosisPointers);
    if (paidCents + memberResponsibilityCents != allowedCents) {
      throw new IllegalArgumentException(
          "line "
              + lineNumber
              + ": paid "
              + paidCents
              + " + member responsibility "
              + memberResponsibilityCents
              + " cents is not the allowed "
              + allowedCents);
    }
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
        .money("member_responsibility", memberResponsibilityCents);
  }
}
