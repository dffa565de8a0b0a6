package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A quality-measure gap closed.
 *
 * @param gapId the gap
 * @param memberId member
 * @param measure HEDIS measure code
 * @param closedDate when closed
 * @param closureReason why
 */
public record CareGapClosed(
    String gapId, String memberId, String measure, LocalDate closedDate, String closureReason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "gap_closed";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("gap_id", gapId)
        .field("member_id", memberId)
        .field("measure", measure)
        .field("closed_date", closedDate)
        .field("closure_reason", closureReason);
  }
}
