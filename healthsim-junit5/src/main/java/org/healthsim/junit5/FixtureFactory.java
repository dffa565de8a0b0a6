package org.healthsim.junit5;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.trigger.CrossProductCoordinator;

/** Makes the value of one {@link Fixture} for the type it is declared with. */
final class FixtureFactory {

  /** Entities in a list or cohort when {@link Fixture#count} is not given. */
  static final int DEFAULT_COUNT = 10;

  private final Fixture fixture;
  private final String where;
  private final SpecLoader specs;

  /**
   * @param where the fixture as a person would name it, for errors
   */
  FixtureFactory(Fixture fixture, ClassLoader classLoader, String where) {
    this.fixture = fixture;
    this.where = where;
    this.specs = new SpecLoader(classLoader, where);
  }

  /** Whether a fixture can be declared with {@code type}. */
  static boolean supports(Type type) {
    return type == GeneratedEntity.class
        || type == Cohort.class
        || type == ProfileSpecification.class
        || isEntityList(type);
  }

  private static boolean isEntityList(Type type) {
    if (!(type instanceof ParameterizedType)) {
      return false;
    }
    ParameterizedType p = (ParameterizedType) type;
    return (p.getRawType() == List.class || p.getRawType() == java.util.Collection.class)
        && p.getActualTypeArguments()[0] == GeneratedEntity.class;
  }

  /**
   * The fixture's value for {@code type}, drawn with master seed {@code derivedSeed} unless the
   * fixture names its own.
   */
  Object create(Type type, long derivedSeed) {
    long seed = seed(derivedSeed);
    if (!supports(type)) {
      throw new FixtureException(
          where
              + ": @Fixture makes a GeneratedEntity, a List<GeneratedEntity>, a Cohort or a"
              + " ProfileSpecification, not "
              + type.getTypeName());
    }
    ProfileSpecification profile = profile();
    ProfileExecutor executor = new ProfileExecutor(seed);
    try {
      if (type == ProfileSpecification.class) {
        return profile;
      }
      if (type == GeneratedEntity.class) {
        return executor.generateEntity(profile, 0);
      }
      List<GeneratedEntity> entities = executor.execute(profile, count()).entities();
      if (type != Cohort.class) {
        return entities;
      }
      return cohort(profile, seed, entities);
    } catch (SpecValidationException e) {
      throw new FixtureException(where + ": " + e.getMessage());
    }
  }

  private ProfileSpecification profile() {
    String name = fixture.profile().isEmpty() ? fixture.value() : fixture.profile();
    if (name.isEmpty()) {
      throw new FixtureException(
          where + ": @Fixture needs a profile: @Fixture(\"medicare-diabetic\")");
    }
    if (!fixture.profile().isEmpty() && !fixture.value().isEmpty()) {
      throw new FixtureException(where + ": give the profile once, as value or as profile");
    }
    ProfileSpecification profile = specs.profile(name);
    if (!fixture.asOf().isEmpty()) {
      profile = profile.withGeneration(profile.generation().withAsOf(date("asOf", fixture.asOf())));
    }
    return profile;
  }

  private long seed(long derived) {
    if (fixture.seed().isEmpty()) {
      return derived;
    }
    try {
      return Long.parseLong(fixture.seed().strip());
    } catch (NumberFormatException e) {
      throw new FixtureException(where + ": seed = \"" + fixture.seed() + "\": not a whole number");
    }
  }

  private int count() {
    if (fixture.count() == -1) {
      return DEFAULT_COUNT;
    }
    if (fixture.count() < 1) {
      throw new FixtureException(where + ": count = " + fixture.count() + ": must be at least 1");
    }
    return fixture.count();
  }

  private Cohort cohort(ProfileSpecification profile, long seed, List<GeneratedEntity> entities) {
    if (fixture.journeys().length == 0) {
      throw new FixtureException(
          where
              + ": a Cohort needs journeys: @Fixture(profile = ..., journeys = \"diabetic-first-year\")");
    }
    List<JourneySpecification> journeys = new ArrayList<>();
    for (String name : fixture.journeys()) {
      journeys.add(specs.journey(name));
    }
    LocalDate start =
        fixture.start().isEmpty() ? profile.generation().asOf() : date("start", fixture.start());
    LocalDate until =
        fixture.until().isEmpty()
            ? EntityTimelines.defaultUntil(start, journeys)
            : date("until", fixture.until());
    if (until.isBefore(start)) {
      throw new FixtureException(where + ": until " + until + " is before the start " + start);
    }
    EntityTimelines timelines =
        new EntityTimelines(
            new JourneyEngine(seed),
            journeys,
            start,
            until,
            fixture.triggers() ? CrossProductCoordinator.createCoordinator() : null);
    List<Cohort.Member> members = new ArrayList<>();
    for (GeneratedEntity e : entities) {
      members.add(new Cohort.Member(e, timelines.timeline(e)));
    }
    return new Cohort(profile, seed, members);
  }

  private LocalDate date(String attribute, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new FixtureException(
          where + ": " + attribute + " = \"" + text + "\": not a date (YYYY-MM-DD)");
    }
  }
}
