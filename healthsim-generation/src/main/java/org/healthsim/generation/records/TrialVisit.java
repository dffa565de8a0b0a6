package org.healthsim.generation.records;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A protocol visit (scheduled or not) with its window.
 *
 * @param visitId identifier
 * @param subjectId subject
 * @param date date
 * @param visitNumber protocol visit number, 0 when unscheduled
 * @param visitName name
 * @param windowStart earliest allowed
 * @param windowEnd latest allowed
 * @param scheduled scheduled or unscheduled
 * @param procedures procedures done
 */
public record TrialVisit(
    String visitId,
    String subjectId,
    LocalDate date,
    int visitNumber,
    String visitName,
    LocalDate windowStart,
    LocalDate windowEnd,
    boolean scheduled,
    List<String> procedures)
    implements EventRecord {

  public TrialVisit {
    procedures = List.copyOf(procedures);
  }

  @Override
  public String recordType() {
    return "trial_visit";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("visit_id", visitId)
        .field("subject_id", subjectId)
        .field("date", date)
        .field("visit_number", visitNumber)
        .field("visit_name", visitName)
        .field("window_start", windowStart)
        .field("window_end", windowEnd)
        .field("scheduled", scheduled)
        .strings("procedures", procedures);
  }
}
