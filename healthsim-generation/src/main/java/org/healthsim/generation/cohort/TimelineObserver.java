package org.healthsim.generation.cohort;

import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Sees each entity's executed timeline as {@link EntityTimelines} builds it (a calibration tally,
 * say). Called from the generating threads, entities in any order: an observer must be thread-safe
 * and its result must not depend on the order it sees entities in.
 */
@FunctionalInterface
public interface TimelineObserver {

  /** {@code timeline} is {@code entity}'s executed timeline. */
  void observe(GeneratedEntity entity, Timeline timeline);
}
