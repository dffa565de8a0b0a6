package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A deviation from the protocol.
 *
 * @param deviationId identifier
 * @param subjectId subject
 * @param date date
 * @param category category
 * @param severity minor or major
 * @param description what happened
 */
public record ProtocolDeviation(
    String deviationId,
    String subjectId,
    LocalDate date,
    String category,
    String severity,
    String description)
    implements EventRecord {

  @Override
  public String recordType() {
    return "protocol_deviation";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("deviation_id", deviationId)
        .field("subject_id", subjectId)
        .field("date", date)
        .field("category", category)
        .field("severity", severity)
        .field("description", description);
  }
}
