package org.healthsim.junit5;

import java.util.List;
import java.util.stream.Collectors;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Entities with their executed timelines: what {@code @Fixture(journeys = ...) Cohort} injects.
 *
 * @param profile the profile the entities were drawn from, overrides applied
 * @param seed the master seed of this fixture
 * @param members each entity with its timeline, in index order
 */
public record Cohort(ProfileSpecification profile, long seed, List<Member> members) {

  /**
   * One entity and its timeline.
   *
   * @param entity the entity
   * @param timeline its events, every product's, in date order
   */
  public record Member(GeneratedEntity entity, Timeline timeline) {}

  public Cohort {
    members = List.copyOf(members);
  }

  /** The entities, in index order. */
  public List<GeneratedEntity> entities() {
    return members.stream().map(Member::entity).collect(Collectors.toList());
  }

  /** The timelines, in entity order. */
  public List<Timeline> timelines() {
    return members.stream().map(Member::timeline).collect(Collectors.toList());
  }

  /** Every event of every timeline, entity by entity, each timeline in date order. */
  public List<TimelineEvent> events() {
    return members.stream()
        .flatMap(m -> m.timeline().events().stream())
        .collect(Collectors.toList());
  }
}
