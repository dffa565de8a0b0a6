package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.lists.ReadOnlyList;

/**
 * One dated event on an entity's timeline.
 *
 * @param timelineEventId unique in the timeline: {@code entity:journey:event:occurrence}, and for
 *     triggered events the source's id followed by {@code >trigger}
 * @param entityId the entity the timeline belongs to
 * @param journeyId the journey that scheduled it
 * @param eventId the event definition's id
 * @param occurrence 0 for the first occurrence, 1, 2, ... for repeats
 * @param name the event's name
 * @param product the product whose handler runs it, or {@code null} for a product-neutral event
 * @param eventType what happens
 * @param scheduledDate when
 * @param priority orders events of the same day (lower first)
 * @param sequence orders events of the same day and priority: the order they were scheduled in
 * @param seed the seed of this occurrence (see docs/reproducibility.md)
 * @param status pending, executed, skipped or failed
 * @param reason why it was skipped or failed, else {@code null}
 * @param parameters the definition's parameters; once executed, resolved against the entity (held
 *     as an unmodifiable view of the map given)
 * @param outputs the records its handler produced, once executed
 * @param triggeredBy the timeline event id of the event whose trigger created it, or {@code null}
 */
public record TimelineEvent(
    String timelineEventId,
    String entityId,
    String journeyId,
    String eventId,
    int occurrence,
    String name,
    Product product,
    EventType eventType,
    LocalDate scheduledDate,
    int priority,
    long sequence,
    long seed,
    EventStatus status,
    String reason,
    Map<String, Object> parameters,
    List<EventRecord> outputs,
    String triggeredBy) {

  /** Priority of journey events; triggered events carry their trigger's priority. */
  public static final int NORMAL_PRIORITY = 2;

  public TimelineEvent {
    Objects.requireNonNull(timelineEventId, "timelineEventId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(scheduledDate, "scheduledDate");
    Objects.requireNonNull(status, "status");
    // A view, not a copy: the engine passes the definition's immutable map, or the resolved one;
    // a planner's parameters are already read-only.
    if (!(parameters instanceof PlannedParameters)) {
      parameters = Collections.unmodifiableMap(parameters);
    }
    outputs = ReadOnlyList.copyOf(outputs, "an event's record");
  }

  /** The event's name, as the framework guide's {@code event.event_name}. */
  public String eventName() {
    return name;
  }

  /** This event, executed, with its resolved parameters and records. */
  public TimelineEvent executed(Map<String, Object> resolved, List<EventRecord> records) {
    return with(EventStatus.EXECUTED, null, resolved, records);
  }

  /** This event with status {@code newStatus} and {@code why}. */
  public TimelineEvent withStatus(EventStatus newStatus, String why) {
    return with(newStatus, why, parameters, outputs);
  }

  private TimelineEvent with(
      EventStatus newStatus,
      String why,
      Map<String, Object> newParameters,
      List<EventRecord> newOutputs) {
    return new TimelineEvent(
        timelineEventId,
        entityId,
        journeyId,
        eventId,
        occurrence,
        name,
        product,
        eventType,
        scheduledDate,
        priority,
        sequence,
        seed,
        newStatus,
        why,
        newParameters,
        newOutputs,
        triggeredBy);
  }
}
