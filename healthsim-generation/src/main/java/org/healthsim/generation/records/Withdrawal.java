package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A subject leaving the trial.
 *
 * @param subjectId subject
 * @param date date
 * @param reason why
 * @param withdrawalType consent_withdrawn, lost_to_follow_up, adverse_event...
 */
public record Withdrawal(String subjectId, LocalDate date, String reason, String withdrawalType)
    implements EventRecord {

  @Override
  public String recordType() {
    return "withdrawal";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("subject_id", subjectId)
        .field("date", date)
        .field("reason", reason)
        .field("withdrawal_type", withdrawalType);
  }
}
