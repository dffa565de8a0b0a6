package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A prescription dispensed (first fill or refill).
 *
 * @param fillId identifier
 * @param rxNumber prescription
 * @param rxMemberId member
 * @param date date dispensed
 * @param fillNumber 0 for the first fill
 * @param ndc 11-digit NDC dispensed
 * @param rxnorm RxNorm concept
 * @param drugName drug
 * @param quantity quantity
 * @param daysSupply days
 * @param pharmacyNpi pharmacy NPI
 * @param pharmacyName pharmacy
 */
public record Fill(
    String fillId,
    String rxNumber,
    String rxMemberId,
    LocalDate date,
    int fillNumber,
    String ndc,
    String rxnorm,
    String drugName,
    int quantity,
    int daysSupply,
    String pharmacyNpi,
    String pharmacyName)
    implements EventRecord {

  @Override
  public String recordType() {
    return "fill";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("fill_id", fillId)
        .field("rx_number", rxNumber)
        .field("rx_member_id", rxMemberId)
        .field("date", date)
        .field("fill_number", fillNumber)
        .field("ndc", ndc)
        .field("rxnorm", rxnorm)
        .field("drug_name", drugName)
        .field("quantity", quantity)
        .field("days_supply", daysSupply)
        .field("pharmacy_npi", pharmacyNpi)
        .field("pharmacy_name", pharmacyName);
  }
}
