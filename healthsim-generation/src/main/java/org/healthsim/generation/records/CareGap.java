package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * An open quality-measure gap.
 *
 * @param gapId identifier
 * @param memberId member
 * @param measure HEDIS measure code
 * @param measureName its name
 * @param identifiedDate when found
 * @param dueDate when it must close
 * @param status open
 */
public record CareGap(
    String gapId,
    String memberId,
    String measure,
    String measureName,
    LocalDate identifiedDate,
    LocalDate dueDate,
    String status)
    implements EventRecord {

  @Override
  public String recordType() {
    return "gap_identified";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("gap_id", gapId)
        .field("member_id", memberId)
        .field("measure", measure)
        .field("measure_name", measureName)
        .field("identified_date", identifiedDate)
        .field("due_date", dueDate)
        .field("status", status);
  }
}
