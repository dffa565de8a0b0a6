package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A pharmacy claim (NCPDP-like). Amounts are exact, in cents (written as dollars with two
 * decimals): {@code billed = ingredientCost + dispensingFee}; {@code planPaid + copay == allowed}.
 *
 * @param claimId identifier
 * @param memberId member
 * @param fillDate date dispensed
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
 * @param copayCents member copay
 * @param planPaidCents plan payment
 */
public record PharmacyClaim(
    String claimId,
    String memberId,
    LocalDate fillDate,
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
    long copayCents,
    long planPaidCents)
    implements EventRecord {

  /**
   * @throws IllegalArgumentException when the plan's payment and the copay do not add up to the
   *     allowed amount
   */
  public PharmacyClaim {
    if (planPaidCents + copayCents != allowedCents) {
      throw new IllegalArgumentException(
          claimId
              + ": plan paid "
              + planPaidCents
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

  @Override
  public void writeFields(FieldWriter out) {
    out.field("claim_id", claimId)
        .field("member_id", memberId)
        .field("fill_date", fillDate)
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
        .money("copay", copayCents)
        .money("plan_paid", planPaidCents);
  }
}
