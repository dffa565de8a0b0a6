package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A new prescription received by the pharmacy benefit.
 *
 * @param rxNumber prescription number
 * @param rxMemberId member
 * @param writtenDate date written
 * @param rxnorm RxNorm concept
 * @param drugName drug
 * @param quantity quantity written
 * @param daysSupply days
 * @param refillsAuthorized refills
 * @param prescriberNpi prescriber
 */
public record Prescription(
    String rxNumber,
    String rxMemberId,
    LocalDate writtenDate,
    String rxnorm,
    String drugName,
    int quantity,
    int daysSupply,
    int refillsAuthorized,
    String prescriberNpi)
    implements EventRecord {

  @Override
  public String recordType() {
    return "new_rx";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("rx_number", rxNumber)
        .field("rx_member_id", rxMemberId)
        .field("written_date", writtenDate)
        .field("rxnorm", rxnorm)
        .field("drug_name", drugName)
        .field("quantity", quantity)
        .field("days_supply", daysSupply)
        .field("refills_authorized", refillsAuthorized)
        .field("prescriber_npi", prescriberNpi);
  }
}
