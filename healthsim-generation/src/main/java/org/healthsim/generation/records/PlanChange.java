package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A move from one plan to another.
 *
 * @param memberId member
 * @param effectiveDate first day on the new plan
 * @param oldPlan plan left
 * @param newPlan plan joined
 * @param reason why
 */
public record PlanChange(
    String memberId, LocalDate effectiveDate, String oldPlan, String newPlan, String reason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "plan_change";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("member_id", memberId)
        .field("effective_date", effectiveDate)
        .field("old_plan", oldPlan)
        .field("new_plan", newPlan)
        .field("reason", reason);
  }
}
