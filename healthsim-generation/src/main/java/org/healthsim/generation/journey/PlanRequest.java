package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;

/**
 * One entity's planning request: who, which journey, which window, and where the planned events go.
 *
 * <p>An event planned as {@code (eventId, occurrence)} gets the timeline id {@code
 * entity:journey:eventId:occurrence} and the seed {@code mix(mix(entity seed, hash(journey + "/" +
 * eventId)), occurrence)}, so its handler's draws depend only on the entity and that key.
 */
public final class PlanRequest {

  private final Timeline timeline;
  private final JourneyEntity entity;
  private final JourneySpecification journey;
  private final LocalDate start;
  private final LocalDate end;

  /** What the occurrences of each event id share, for every entity. */
  private final PlannedEventKeys eventKeys;

  /** What the planner has planned, in the order planned; the engine adds it when planning ends. */
  private final List<TimelineEvent> planned = new java.util.ArrayList<>();

  PlanRequest(
      Timeline timeline,
      JourneyEntity entity,
      JourneySpecification journey,
      PlannedEventKeys eventKeys,
      LocalDate start,
      LocalDate end) {
    this.timeline = timeline;
    this.entity = entity;
    this.journey = journey;
    this.eventKeys = eventKeys;
    this.start = start;
    this.end = end;
  }

  /** The entity. */
  public JourneyEntity entity() {
    return entity;
  }

  /** The journey being planned. */
  public JourneySpecification journey() {
    return journey;
  }

  /** The first day of the window. */
  public LocalDate start() {
    return start;
  }

  /** The day after the window: nothing is planned on or after it. */
  public LocalDate end() {
    return end;
  }

  /**
   * A generator for the planner's own draws under {@code key} (such as {@code "frailty"} or {@code
   * "year/0/visits"}): {@code mix(entity seed, hash(journey + "/plan/" + key))}.
   */
  public UniformRandomProvider rng(String key) {
    return JourneyEngine.rng(
        Seeds.mix(entity.seed(), Seeds.hash(journey.journeyId() + "/plan/" + key)), 0);
  }

  /**
   * Plans one event.
   *
   * @param eventId the planned event's id, such as {@code diabetes/visit}; with {@code occurrence},
   *     unique in the journey
   * @param product the product whose handler runs it
   * @param priority orders events of the same day (lower first); {@link
   *     TimelineEvent#NORMAL_PRIORITY} for most
   * @param parameters the handler's parameters, final values: the engine does not resolve {@code
   *     ${entity.x}} placeholders in a planner's parameters (the planner has the entity at hand)
   * @throws IllegalArgumentException when the date is outside the window
   */
  public void add(
      String eventId,
      int occurrence,
      String name,
      Product product,
      EventType type,
      LocalDate date,
      int priority,
      Map<String, Object> parameters) {
    if (date.isBefore(start) || !date.isBefore(end)) {
      throw new IllegalArgumentException(
          eventId + ":" + occurrence + " on " + date + " is outside " + start + " to " + end);
    }
    String journeyId = journey.journeyId();
    PlannedEventKeys.Key key = eventKeys.of(eventId);
    long seed = Seeds.mix(Seeds.mix(entity.seed(), key.hash()), occurrence);
    planned.add(
        new TimelineEvent(
            entity.id() + key.idMiddle() + occurrence,
            entity.id(),
            journeyId,
            eventId,
            occurrence,
            name,
            product,
            type,
            date,
            priority,
            timeline.nextSequence(),
            seed,
            EventStatus.PENDING,
            null,
            new PlannedParameters(parameters),
            List.of(),
            null));
  }

  List<TimelineEvent> planned() {
    return planned;
  }
}
