package org.healthsim.generation.records;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A change to the care plan.
 *
 * @param carePlanId identifier
 * @param date date
 * @param goal the goal
 * @param activities planned activities
 * @param authorNpi author
 */
public record CarePlanUpdate(
    String carePlanId, LocalDate date, String goal, List<String> activities, String authorNpi)
    implements EventRecord {

  public CarePlanUpdate {
    activities = List.copyOf(activities);
  }

  @Override
  public String recordType() {
    return "care_plan_update";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("care_plan_id", carePlanId)
        .field("date", date)
        .field("goal", goal)
        .strings("activities", activities)
        .field("author_npi", authorNpi);
  }
}
