package org.healthsim.generation.internal.output;

import java.nio.charset.StandardCharsets;
import org.healthsim.core.spec.WireNames;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.json.FieldWriter;
import org.healthsim.generation.json.JsonBytes;

/**
 * One timeline event as one line of JSON (DESIGN §8): {@code entity_id}, {@code timeline_event_id},
 * {@code journey_id}, {@code event_id}, {@code occurrence}, {@code name}, {@code product}, {@code
 * event_type}, {@code date}, {@code status}, {@code reason}, {@code triggered_by} and {@code
 * outputs}, the handler's records.
 *
 * <p>An encoder writes the keys as bytes made once and remembers the bytes of the values a run
 * repeats from line to line (the entity's id, the journey, the event's id and name, the product,
 * the event type and the status; definitions, triggers and planners share one string per text): use
 * one per thread, for many events. Not thread-safe. {@link #fields} writes the same keys and values
 * through any {@link FieldWriter} (the event table's columns).
 */
public final class EventJson {

  private static final byte[] ENTITY_ID = bytes("{\"entity_id\":");
  private static final byte[] TIMELINE_EVENT_ID = key("timeline_event_id");
  private static final byte[] JOURNEY_ID = key("journey_id");
  private static final byte[] EVENT_ID = key("event_id");
  private static final byte[] OCCURRENCE = key("occurrence");
  private static final byte[] NAME = key("name");
  private static final byte[] PRODUCT = key("product");
  private static final byte[] EVENT_TYPE = key("event_type");
  private static final byte[] DATE = key("date");
  private static final byte[] STATUS = key("status");
  private static final byte[] REASON = key("reason");
  private static final byte[] TRIGGERED_BY = key("triggered_by");
  private static final byte[] OUTPUTS = key("outputs");

  private final RememberedBytes remembered = new RememberedBytes();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] key(String name) {
    return bytes(",\"" + name + "\":");
  }

  /** Appends {@code e} as one JSON object and a newline. */
  public void write(TimelineEvent e, JsonBytes out) {
    out.raw(ENTITY_ID).raw(remembered.quoted(e.entityId()));
    out.raw(TIMELINE_EVENT_ID).string(e.timelineEventId());
    out.raw(JOURNEY_ID).raw(remembered.quoted(e.journeyId()));
    out.raw(EVENT_ID).raw(remembered.quoted(e.eventId()));
    out.raw(OCCURRENCE).number(e.occurrence());
    out.raw(NAME).raw(remembered.quoted(e.name()));
    out.raw(PRODUCT).raw(remembered.quoted(e.product() == null ? null : WireNames.of(e.product())));
    out.raw(EVENT_TYPE).raw(remembered.quoted(e.eventType().wireName()));
    out.raw(DATE).date(e.scheduledDate());
    out.raw(STATUS).raw(remembered.quoted(e.status().wireName()));
    out.raw(REASON).string(e.reason());
    out.raw(TRIGGERED_BY).string(e.triggeredBy());
    out.raw(OUTPUTS).raw('[');
    for (int i = 0; i < e.outputs().size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      EventRecord r = e.outputs().get(i);
      r.writeJson(out);
    }
    out.raw(']').raw('}').raw('\n');
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
