package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A medication possession ratio against its threshold.
 *
 * @param rxMemberId member
 * @param date date
 * @param rxnorm drug
 * @param daysCovered days with medication
 * @param daysInPeriod days measured
 */
public record AdherenceMeasure(
    String rxMemberId, LocalDate date, String rxnorm, int daysCovered, int daysInPeriod)
    implements EventRecord {

  @Override
  public String recordType() {
    return "mpr_threshold";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("rx_member_id", rxMemberId)
        .field("date", date)
        .field("rxnorm", rxnorm)
        .field("days_covered", daysCovered)
        .field("days_in_period", daysInPeriod);
  }
}
