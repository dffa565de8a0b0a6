package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A pharmacy claim (NCPDP-like). {@code billed = ingredientCost + dispensingFee}; {@code planPaid +
 * copay == allowed}.
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
 * @param ingredientCost ingredient cost billed
 * @param dispensingFee dispensing fee billed
 * @param allowed plan-allowed amount
 * @param copay member copay
 * @param planPaid plan payment
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
    double ingredientCost,
    double dispensingFee,
    double allowed,
    double copay,
    double planPaid)
    implements EventRecord {

  @Override
  public String recordType() {
    return "claim_pharmacy";
  }

  /** What the pharmacy billed. */
  public double billed() {
    return ingredientCost + dispensingFee;
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
        .decimal("ingredient_cost", ingredientCost, 2)
        .decimal("dispensing_fee", dispensingFee, 2)
        .decimal("billed", billed(), 2)
        .decimal("allowed", allowed, 2)
        .decimal("copay", copay, 2)
        .decimal("plan_paid", planPaid, 2);
  }
}
