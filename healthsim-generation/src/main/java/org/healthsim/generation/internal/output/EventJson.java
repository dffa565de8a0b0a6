package org.healthsim.generation.internal.output;

import org.healthsim.core.spec.WireNames;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.json.FieldWriter;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.json.JsonObject;

/**
 * One timeline event as one line of JSON (DESIGN §8): {@code entity_id}, {@code timeline_event_id},
 * {@code journey_id}, {@code event_id}, {@code occurrence}, {@code name}, {@code product}, {@code
 * event_type}, {@code date}, {@code status}, {@code reason}, {@code triggered_by} and {@code
 * outputs}, the handler's records.
 */
public final class EventJson {

  private EventJson() {}

  /** Appends {@code e} as one JSON object and a newline. */
  public static void write(TimelineEvent e, JsonBytes out) {
    JsonObject o = JsonObject.start(out);
    fields(e, o);
    JsonBytes outputs = o.value("outputs").raw('[');
    for (int i = 0; i < e.outputs().size(); i++) {
      if (i > 0) {
        outputs.raw(',');
      }
      EventRecord r = e.outputs().get(i);
      r.writeJson(outputs);
    }
    outputs.raw(']');
    o.end();
    out.raw('\n');
  }

  /** The event's own fields, without its outputs: the NDJSON keys and the event table's columns. */
  public static void fields(TimelineEvent e, FieldWriter out) {
    out.field("entity_id", e.entityId())
        .field("timeline_event_id", e.timelineEventId())
        .field("journey_id", e.journeyId())
        .field("event_id", e.eventId())
        .field("occurrence", e.occurrence())
        .field("name", e.name())
        .field("product", e.product() == null ? null : WireNames.of(e.product()))
        .field("event_type", e.eventType().wireName())
        .field("date", e.scheduledDate())
        .field("status", e.status().wireName())
        .field("reason", e.reason())
        .field("triggered_by", e.triggeredBy());
  }
}
