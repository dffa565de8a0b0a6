package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * Coverage that starts (an X12 834 addition).
 *
 * @param enrollmentId identifier
 * @param memberId member
 * @param effectiveDate first day covered
 * @param lineOfBusiness Medicare, Medicaid, Commercial...
 * @param plan plan name
 * @param planId plan identifier
 * @param groupId employer group, when group coverage
 * @param relationship subscriber, spouse or dependent
 * @param maintenanceType 834 maintenance type code, 021 for an addition
 */
public record Enrollment(
    String enrollmentId,
    String memberId,
    LocalDate effectiveDate,
    String lineOfBusiness,
    String plan,
    String planId,
    String groupId,
    String relationship,
    String maintenanceType)
    implements EventRecord {

  @Override
  public String recordType() {
    return "enrollment";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("enrollment_id", enrollmentId)
        .field("member_id", memberId)
        .field("effective_date", effectiveDate)
        .field("line_of_business", lineOfBusiness)
        .field("plan", plan)
        .field("plan_id", planId)
        .field("group_id", groupId)
        .field("relationship", relationship)
        .field("maintenance_type", maintenanceType);
  }
}
