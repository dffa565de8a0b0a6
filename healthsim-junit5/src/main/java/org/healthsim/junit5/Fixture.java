package org.healthsim.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generated test data for a parameter or field. What is generated follows its type:
 *
 * <ul>
 *   <li>{@code GeneratedEntity}: one entity of the profile;
 *   <li>{@code List<GeneratedEntity>}: {@link #count} entities;
 *   <li>{@link Cohort}: {@link #count} entities, each with its timeline for {@link #journeys}
 *       executed from {@link #start} to {@link #until}, cross-product triggers included unless
 *       {@link #triggers} is false;
 *   <li>{@code ProfileSpecification}: the profile itself, overrides applied.
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void diabeticsHaveAnA1c(@Fixture(profile = "medicare-diabetic", count = 50) List<GeneratedEntity> cohort) {
 *   assertThat(cohort).allSatisfy(e -> assertThat(e.labValues()).containsKey("a1c"));
 * }
 * }</pre>
 *
 * The data is the same on every run: its seed derives from the test's name (or {@link Seed}) and
 * the parameter or field, never from the clock.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Fixture {

  /** Same as {@link #profile}, for {@code @Fixture("medicare-diabetic")}. */
  String value() default "";

  /**
   * A built-in profile template ({@code medicare-diabetic}) or a spec on the classpath ({@code
   * specs/my-cohort.json}, {@code .yaml} or {@code .yml}).
   */
  String profile() default "";

  /** How many entities for a list or a cohort; default 10. Ignored for one entity. */
  int count() default -1;

  /**
   * The fixture's master seed, exactly ({@code "42"}): the entities are then those of {@code
   * healthsim generate --seed 42} or {@code new ProfileExecutor(42)}. Default: derived from the
   * test's seed and the fixture's name (see {@link Seed}).
   */
  String seed() default "";

  /** Overrides the profile's {@code generation.as_of} ({@code YYYY-MM-DD}). */
  String asOf() default "";

  /** For a {@link Cohort}: built-in journey templates or journey specs on the classpath. */
  String[] journeys() default {};

  /** For a {@link Cohort}: when journeys start ({@code YYYY-MM-DD}); default the as-of date. */
  String start() default "";

  /**
   * For a {@link Cohort}: the last day executed ({@code YYYY-MM-DD}); default the start plus the
   * longest journey's duration, less a day.
   */
  String until() default "";

  /** For a {@link Cohort}: whether cross-product triggers run; default true. */
  boolean triggers() default true;
}
