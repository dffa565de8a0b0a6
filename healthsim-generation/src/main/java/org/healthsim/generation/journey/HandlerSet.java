package org.healthsim.generation.journey;

/**
 * A set of handlers a {@link JourneyEngine} registers when it is created, found with {@link
 * java.util.ServiceLoader}: list an implementation in {@code
 * META-INF/services/org.healthsim.generation.journey.HandlerSet}. The built-in set handles every
 * event type of every product; a set loaded later may replace some of its handlers.
 */
public interface HandlerSet {

  /** Registers this set's handlers on {@code engine}. */
  void register(JourneyEngine engine);
}
