package org.healthsim.generation;

import java.util.List;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * One member of a {@link HealthSim} cohort: the entity and, when the cohort has journeys, its
 * timeline executed up to the cohort's last day (every product's events in date order, with their
 * claims).
 *
 * @param timeline {@code null} for a cohort without journeys
 */
public record CohortMember(GeneratedEntity entity, Timeline timeline) {

  /** The member's events in date order, executed, pending and failed; empty without journeys. */
  public List<TimelineEvent> events() {
    return timeline == null ? List.of() : timeline.events();
  }
}
