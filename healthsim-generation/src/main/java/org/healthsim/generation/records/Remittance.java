package org.healthsim.generation.records;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * The payer's remittance advice for one adjudicated medical claim (X12 835-like: the CLP claim
 * payment and its CAS adjustments). Amounts are exact cents: {@code billed} less the adjustments is
 * {@code paid}.
 *
 * @param claimId the claim paid
 * @param payerClaimControlNumber the payer's own number for it (CLP07)
 * @param claimStatusCode CLP02: {@code 1} processed as primary, {@code 4} denied, {@code 22}
 *     reversal of a previous payment
 * @param billedCents the claim's charges (negated for a reversal)
 * @param paidCents the payment (negated for a reversal)
 * @param patientResponsibilityCents what the member owes
 * @param paidDate the payment date (BPR16)
 * @param traceNumber the payment's trace (TRN02): one per payer payment run
 * @param adjustments adjustments by group and reason
 */
public record Remittance(
    String claimId,
    String payerClaimControlNumber,
    String claimStatusCode,
    long billedCents,
    long paidCents,
    long patientResponsibilityCents,
    LocalDate paidDate,
    String traceNumber,
    List<Adjustment> adjustments)
    implements EventRecord {

  /**
   * One CAS adjustment.
   *
   * @param group {@code CO} contractual obligation, {@code PR} patient responsibility, {@code OA}
   *     other
   * @param reasonCode the CARC (1 deductible, 2 coinsurance, 3 copay, 45 charge over the fee
   *     schedule, ...)
   * @param amountCents the amount adjusted
   */
  public record Adjustment(String group, String reasonCode, long amountCents) {}

  /**
   * @throws IllegalArgumentException when billed less the adjustments is not the payment
   */
  public Remittance {
    adjustments = List.copyOf(adjustments);
    long adjusted = adjustments.stream().mapToLong(Adjustment::amountCents).sum();
    if (billedCents - adjusted != paidCents) {
      throw new IllegalArgumentException(
          claimId
              + ": billed "
              + billedCents
              + " less adjustments "
              + adjusted
              + " cents is not the payment "
              + paidCents);
    }
  }

  @Override
  public String recordType() {
    return "remittance";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("claim_id", claimId)
        .field("payer_claim_control_number", payerClaimControlNumber)
        .field("claim_status_code", claimStatusCode)
        .money("billed", billedCents)
        .money("paid", paidCents)
        .money("patient_responsibility", patientResponsibilityCents)
        .field("paid_date", paidDate)
        .field("trace_number", traceNumber)
        .objects("adjustments", adjustments, Remittance::writeAdjustment);
  }

  private static void writeAdjustment(Adjustment a, FieldWriter out) {
    out.field("group_code", a.group())
        .field("reason_code", a.reasonCode())
        .money("amount", a.amountCents());
  }
}
