package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * Trial screening: eligibility decided.
 *
 * @param subjectId subject
 * @param date date
 * @param siteId site
 * @param siteName site
 * @param passed eligible
 * @param failureReason why not, if not
 */
public record Screening(
    String subjectId,
    LocalDate date,
    String siteId,
    String siteName,
    boolean passed,
    String failureReason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "screening";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("subject_id", subjectId)
        .field("date", date)
        .field("site_id", siteId)
        .field("site_name", siteName)
        .field("passed", passed)
        .field("failure_reason", failureReason);
  }
}
