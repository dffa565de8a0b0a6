package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A prescription written in the clinic.
 *
 * @param orderId identifier
 * @param date date written
 * @param rxnorm RxNorm concept
 * @param drugName drug
 * @param sig directions
 * @param quantity units per fill
 * @param daysSupply days per fill
 * @param refills refills authorized
 * @param prescriberNpi prescriber
 * @param reasonIcd10 the condition it treats, if known
 */
public record MedicationOrder(
    String orderId,
    LocalDate date,
    String rxnorm,
    String drugName,
    String sig,
    int quantity,
    int daysSupply,
    int refills,
    String prescriberNpi,
    String reasonIcd10)
    implements EventRecord {

  @Override
  public String recordType() {
    return "medication_order";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("order_id", orderId)
        .field("date", date)
        .field("rxnorm", rxnorm)
        .field("drug_name", drugName)
        .field("sig", sig)
        .field("quantity", quantity)
        .field("days_supply", daysSupply)
        .field("refills", refills)
        .field("prescriber_npi", prescriberNpi)
        .field("reason_icd10", reasonIcd10);
  }
}
