package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A measurement such as a vital sign, coded in LOINC.
 *
 * @param observationId identifier
 * @param date date
 * @param loinc LOINC code
 * @param display LOINC name
 * @param value the value as recorded
 * @param unit UCUM unit
 */
public record Observation(
    String observationId, LocalDate date, String loinc, String display, String value, String unit)
    implements EventRecord {

  @Override
  public String recordType() {
    return "observation";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("observation_id", observationId)
        .field("date", date)
        .field("loinc", loinc)
        .field("display", display)
        .field("value", value)
        .field("unit", unit);
  }
}
