package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A move between units of a stay (HL7 ADT A02).
 *
 * @param encounterId the stay
 * @param date date
 * @param fromUnit unit left
 * @param toUnit unit entered
 * @param adtEvent A02
 */
public record Transfer(
    String encounterId, LocalDate date, String fromUnit, String toUnit, String adtEvent)
    implements EventRecord {

  @Override
  public String recordType() {
    return "transfer";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("encounter_id", encounterId)
        .field("date", date)
        .field("from_unit", fromUnit)
        .field("to_unit", toUnit)
        .field("adt_event", adtEvent);
  }
}
