package org.healthsim.junit5;

import static org.healthsim.junit5.HealthSimAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.profile.GeneratedEntity;
import org.junit.jupiter.api.Test;

/**
 * Test classes run by {@link HealthSimExtensionTest} through the JUnit engine test kit, not by the
 * build (the build runs only classes named *Test, and no nested ones). Each records what it was
 * given in {@link #SEEN}, by test name.
 */
final class Samples {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  private Samples() {}

  @HealthSim
  static class Records {
    @Fixture("medicare-diabetic")
    GeneratedEntity fieldEntity;

    @Test
    void first(@Fixture("medicare-diabetic") GeneratedEntity entity) {
      SEEN.put("first", entity);
      SEEN.put("first.field", fieldEntity);
    }

    @Test
    void second(@Fixture("medicare-diabetic") GeneratedEntity entity) {
      SEEN.put("second", entity);
    }

    @Test
    void list(@Fixture(profile = "medicare-diabetic", count = 25) List<GeneratedEntity> entities) {
      SEEN.put("list", entities);
    }

    @Test
    void classpathSpecAndOverrides(
        @Fixture(profile = "specs/adults.yaml", count = 5, asOf = "2030-06-30")
            List<GeneratedEntity> adults,
        @Fixture(profile = "specs/adults.yaml", asOf = "2030-06-30") ProfileSpecification spec) {
      SEEN.put("adults", adults);
      SEEN.put("adults.spec", spec);
    }

    @Test
    void explicitSeed(
        @Fixture(profile = "medicare-diabetic", count = 3, seed = "42") List<GeneratedEntity> e) {
      SEEN.put("seed42", e);
    }

    @Test
    void cohort(
        @Fixture(profile = "medicare-diabetic", journeys = "diabetic-first-year", count = 20)
            Cohort cohort) {
      SEEN.put("cohort", cohort);
    }
  }

  @HealthSim
  static class Failing {
    @Test
    void fails(@Fixture("medicare-diabetic") GeneratedEntity entity) {
      SEEN.put("failing", entity);
      assertThat(entity).hasAgeBetween(0, 1);
    }
  }

  /** Replays {@link Failing#fails} with the seed it printed. */
  @HealthSim
  static class Replay {
    @Test
    @Seed(REPLAYED)
    void replays(@Fixture("medicare-diabetic") GeneratedEntity entity) {
      SEEN.put("replayed", entity);
    }
  }

  /** The seed {@code Failing#fails} prints, copied into {@link Replay}'s {@code @Seed}. */
  static final long REPLAYED = 7846701417886662265L;

  @HealthSim
  static class BadTemplate {
    @Test
    void unknownTemplate(@Fixture("medicare-diabetc") GeneratedEntity entity) {}
  }

  @HealthSim
  static class BadSpec {
    @Fixture("specs/bad-profile.json")
    List<GeneratedEntity> entities;

    @Test
    void invalidSpec() {}
  }

  @HealthSim
  static class WrongType {
    @Test
    void notAFixtureType(@Fixture("medicare-diabetic") String entity) {}
  }
}
