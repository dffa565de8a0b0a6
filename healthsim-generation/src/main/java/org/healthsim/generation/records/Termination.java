package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * Coverage that ends (an X12 834 termination).
 *
 * @param memberId member
 * @param terminationDate last day covered
 * @param reason why
 * @param maintenanceType 024 for a cancellation or termination
 */
public record Termination(
    String memberId, LocalDate terminationDate, String reason, String maintenanceType)
    implements EventRecord {

  @Override
  public String recordType() {
    return "termination";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("member_id", memberId)
        .field("termination_date", terminationDate)
        .field("reason", reason)
        .field("maintenance_type", maintenanceType);
  }
}
