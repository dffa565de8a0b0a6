package org.healthsim.junit5;

import org.assertj.core.api.Assertions;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * AssertJ's {@link Assertions} plus assertions on generated data; statically import {@code
 * HealthSimAssertions.assertThat} in place of AssertJ's.
 *
 * <pre>{@code
 * assertThat(timeline).isCoherent();
 * assertThat(entity).hasCondition("E11").hasAgeBetween(65, 95);
 * assertThat(cohort.entities()).hasSize(20);   // AssertJ as usual
 * }</pre>
 */
public class HealthSimAssertions extends Assertions {

  /** Use the static methods. */
  protected HealthSimAssertions() {}

  /** Assertions on a timeline. */
  public static TimelineAssert assertThat(Timeline actual) {
    return new TimelineAssert(actual);
  }

  /** Assertions on an entity. */
  public static EntityAssert assertThat(GeneratedEntity actual) {
    return new EntityAssert(actual);
  }
}
