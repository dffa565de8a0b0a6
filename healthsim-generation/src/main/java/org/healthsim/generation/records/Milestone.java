package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A point on a journey with no clinical or financial content of its own.
 *
 * @param eventType the base event type
 * @param date date
 * @param name the event name
 */
public record Milestone(String eventType, LocalDate date, String name) implements EventRecord {

  @Override
  public String recordType() {
    return eventType;
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("event_type", eventType).field("date", date).field("name", name);
  }
}
