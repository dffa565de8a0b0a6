package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A pharmacy claim transaction (NCPDP Telecommunication D.0-like): a billing ({@code B1}) that is
 * paid or rejected, or a reversal ({@code B2}) of a paid billing. Amounts are exact, in cents
 * (written as dollars with two decimals): {@code billed = ingredientCost + dispensingFee}; {@code
 * planPaid + deductible + copay == allowed}. A reversal carries its billing's amounts negated, so a
 * fill's transactions sum to what was finally paid for it; a rejection carries no allowed amount.
 *
 * @param claimId identifier
 * @param fillId the fill billed, if known
 * @param memberId member
 * @param fillDate date dispensed (the date of the transaction)
 * @param transactionCode {@code B1} billing or {@code B2} reversal
 * @param status {@code paid}, {@code rejected}, {@code reversed} (a B2) or {@code self_pay}
 * @param rejectCode the NCPDP reject code (511-FB) of a rejected billing, else {@code null}
 * @param originalClaimId the billing a reversal cancels, else {@code null}
 * @param pharmacyNpi pharmacy
 * @param prescriberNpi prescriber, if known
 * @param ndc 11-digit NDC dispensed
 * @param rxnorm RxNorm concept of the order
 * @param drugName drug
 * @param quantity units dispensed
 * @param daysSupply days
 * @param ingredientCostCents ingredient cost billed
 * @param dispensingFeeCents dispensing fee billed
 * @param allowedCents plan-allowed amount
 * @param deductibleCents the member's deductible share
 * @param copayCents the member's copay or coinsurance
 * @param planPaidCents plan payment
 * @param paidDate when the plan pays the pharmacy (its payment cycle), else {@code null}
 */
public record PharmacyClaim(
    String claimId,
    String fillId,
    String memberId,
    LocalDate fillDate,
    String transactionCode,
    String status,
    String rejectCode,
    String originalClaimId,
    String pharmacyNpi,
    String prescriberNpi,
    String ndc,
    String rxnorm,
    String drugName,
    int quantity,
    int daysSupply,
    long ingredientCostCents,
    long dispensingFeeCents,
    long allowedCents,
    long deductibleCents,
    long copayCents,
    long planPaidCents,
    LocalDate paidDate)
    implements EventRecord {

  /**
   * @throws IllegalArgumentException when the plan's payment and the member's shares do not add up
   *     to the allowed amount
   */
  public PharmacyClaim {
    if (planPaidCents + deductibleCents + copayCents != allowedCents) {
      throw new IllegalArgumentException(
          claimId
              + ": plan paid "
              + planPaidCents
              + " + deductible "
              + deductibleCents
              + " + copay "
              + copayCents
              + " cents is not the allowed "
              + allowedCents);
    }
  }

  @Override
  public String recordType() {
    return "claim_pharmacy";
  }

  /** What the pharmacy billed, in cents. */
  public long billedCents() {
    return ingredientCostCents + dispensingFeeCents;
  }

  /** The member's share: deductible and copay, in cents. */
  public long memberPaidCents() {
    return deductibleCents + copayCents;
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("claim_id", claimId)
        .field("fill_id", fillId)
        .field("member_id", memberId)
        .field("fill_date", fillDate)
        .field("transaction_code", transactionCode)
        .field("status", status)
        .field("reject_code", rejectCode)
        .field("original_claim_id", originalClaimId)
        .field("pharmacy_npi", pharmacyNpi)
        .field("prescriber_npi", prescriberNpi)
        .field("ndc", ndc)
        .field("rxnorm", rxnorm)
        .field("drug_name", drugName)
        .field("quantity", quantity)
        .field("days_supply", daysSupply)
        .money("ingredient_cost", ingredientCostCents)
        .money("dispensing_fee", dispensingFeeCents)
        .money("billed", billedCents())
        .money("allowed", allowedCents)
        .money("deductible", deductibleCents)
        .money("copay", copayCents)
        .money("plan_paid", planPaidCents)
        .field("paid_date", paidDate);
  }
}
