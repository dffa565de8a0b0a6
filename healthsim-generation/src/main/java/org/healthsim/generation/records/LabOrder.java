package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A laboratory test ordered, coded in LOINC.
 *
 * @param orderId identifier a result answers
 * @param date order date
 * @param loinc LOINC code
 * @param display LOINC name
 * @param priority routine or stat
 * @param orderingNpi ordering provider
 * @param reasonIcd10 the condition it is for, if known
 */
public record LabOrder(
    String orderId,
    LocalDate date,
    String loinc,
    String display,
    String priority,
    String orderingNpi,
    String reasonIcd10)
    implements EventRecord {

  @Override
  public String recordType() {
    return "lab_order";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("order_id", orderId)
        .field("date", date)
        .field("loinc", loinc)
        .field("display", display)
        .field("priority", priority)
        .field("ordering_npi", orderingNpi)
        .field("reason_icd10", reasonIcd10);
  }
}
