package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * Assignment to a trial arm.
 *
 * @param subjectId subject
 * @param date date
 * @param randomizationNumber unique per subject
 * @param arm treatment arm
 * @param siteId site
 */
public record Randomization(
    String subjectId, LocalDate date, String randomizationNumber, String arm, String siteId)
    implements EventRecord {

  @Override
  public String recordType() {
    return "randomization";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("subject_id", subjectId)
        .field("date", date)
        .field("randomization_number", randomizationNumber)
        .field("arm", arm)
        .field("site_id", siteId);
  }
}
