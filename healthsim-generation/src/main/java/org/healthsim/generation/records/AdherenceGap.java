package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * Days without medication on hand.
 *
 * @param gapId identifier
 * @param rxMemberId member
 * @param date when found
 * @param rxnorm drug
 * @param gapDays days without medication
 * @param status open
 */
public record AdherenceGap(
    String gapId, String rxMemberId, LocalDate date, String rxnorm, int gapDays, String status)
    implements EventRecord {

  @Override
  public String recordType() {
    return "adherence_gap";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("gap_id", gapId)
        .field("rx_member_id", rxMemberId)
        .field("date", date)
        .field("rxnorm", rxnorm)
        .field("gap_days", gapDays)
        .field("status", status);
  }
}
