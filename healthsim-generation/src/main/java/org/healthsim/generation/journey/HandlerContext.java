package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What a handler sees: the entity, the event with its resolved parameters, a generator seeded for
 * this event alone, and the timeline so far (for the order a result answers, say).
 *
 * @param entity the entity
 * @param event the event being executed
 * @param parameters the event's parameters, {@code ${entity.x}} resolved
 * @param rng draws for this event only: seeded from the event's seed, so the same entity and event
 *     draw the same values whatever else happens
 * @param timeline the entity's timeline, with the events executed before this one
 */
public record HandlerContext(
    JourneyEntity entity,
    TimelineEvent event,
    Map<String, Object> parameters,
    UniformRandomProvider rng,
    Timeline timeline) {

  /** The event's date. */
  public LocalDate date() {
    return event.scheduledDate();
  }

  /** The text parameter {@code name}, if given. */
  public Optional<String> text(String name) {
    Object value = parameters.get(name);
    return value == null ? Optional.empty() : Optional.of(value.toString());
  }

  /** The numeric parameter {@code name}, if given as a number. */
  public Optional<Double> number(String name) {
    Object value = parameters.get(name);
    return value instanceof Number ? Optional.of(((Number) value).doubleValue()) : Optional.empty();
  }
}
