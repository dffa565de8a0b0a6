package org.healthsim.generation.records;

import java.util.List;
import org.healthsim.generation.json.FieldWriter;

/**
 * One service line of a professional or institutional claim. Amounts are in dollars: {@code allowed
 * <= billed}, {@code paid + memberResponsibility == allowed}.
 *
 * @param lineNumber 1, 2, ...
 * @param code CPT/HCPCS code (professional) or the HCPCS with a revenue code (institutional)
 * @param revenueCode UB-04 revenue code for institutional lines, else {@code null}
 * @param units service units
 * @param diagnosisPointers 1-based positions in the claim's diagnosis codes
 * @param billed charge
 * @param allowed contracted amount
 * @param paid plan payment
 * @param memberResponsibility deductible, copay and coinsurance
 */
public record ClaimLine(
    int lineNumber,
    String code,
    String revenueCode,
    int units,
    List<Integer> diagnosisPointers,
    double billed,
    double allowed,
    double paid,
    double memberResponsibility) {

  public ClaimLine {
    diagnosisPointers = List.copyOf(diagnosisPointers);
  }

  /** Writes the line's fields. */
  void writeFields(FieldWriter out) {
    out.field("line_number", lineNumber)
        .field("code", code)
        .field("revenue_code", revenueCode)
        .field("units", units)
        .integers("diagnosis_pointers", diagnosisPointers)
        .decimal("billed", billed, 2)
        .decimal("allowed", allowed, 2)
        .decimal("paid", paid, 2)
        .decimal("member_responsibility", memberResponsibility, 2);
  }
}
