package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A change to the study drug dose.
 *
 * @param subjectId subject
 * @param date date
 * @param modification dose_hold, dose_reduction or dose_increase
 * @param doseLevel new dose level
 * @param reason why
 */
public record DoseModification(
    String subjectId, LocalDate date, String modification, int doseLevel, String reason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "dose_modification";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("subject_id", subjectId)
        .field("date", date)
        .field("modification", modification)
        .field("dose_level", doseLevel)
        .field("reason", reason);
  }
}
