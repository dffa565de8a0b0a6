package org.healthsim.junit5;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Generates {@link Fixture} parameters and fields for each test, with seeds derived from the test's
 * name or pinned by {@link Seed}, and, when a test that used fixtures fails, reports the seed to
 * replay it with: on stderr, in the test report, and as a suppressed exception of the failure.
 *
 * <pre>{@code
 * @HealthSim
 * class ClaimsTest {
 *   @Fixture(profile = "medicare-diabetic", journeys = "diabetic-first-year", count = 20)
 *   Cohort cohort;
 *
 *   @Test
 *   void everyClaimFollowsItsService() {
 *     cohort.timelines().forEach(t -> HealthSimAssertions.assertThat(t).isCoherent());
 *   }
 * }
 * }</pre>
 */
public final class HealthSimExtension
    implements ParameterResolver, BeforeEachCallback, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(HealthSimExtension.class);

  /** What a test's fixtures used: its seed and the fixtures made. */
  private record Used(FixtureSeeds.TestSeed seed, List<String> fixtures) {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(Fixture.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Parameter p = parameter.getParameter();
    String where =
        "@Fixture on parameter " + parameter.getIndex() + " of " + FixtureSeeds.testName(context);
    return make(
        context,
        parameter.findAnnotation(Fixture.class).orElseThrow(),
        p.getParameterizedType(),
        "parameter " + parameter.getIndex(),
        where);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          Fixture fixture = field.getAnnotation(Fixture.class);
          if (fixture == null) {
            continue;
          }
          String where = "@Fixture on field " + c.getSimpleName() + "." + field.getName();
          if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            throw new FixtureException(where + ": must be an instance field, not static or final");
          }
          field.setAccessible(true);
          field.set(
              instance,
              make(context, fixture, field.getGenericType(), "field " + field.getName(), where));
        }
      }
    }
  }

  private Object make(
      ExtensionContext context,
      Fixture fixture,
      java.lang.reflect.Type type,
      String fixtureName,
      String where) {
    Used used =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                "used", k -> new Used(FixtureSeeds.of(context), new ArrayList<>()), Used.class);
    long seed = FixtureSeeds.fixtureSeed(used.seed().value(), fixtureName);
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    Object value = new FixtureFactory(fixture, loader, where).create(type, seed);
    used.fixtures().add(fixtureName);
    return value;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Used used = context.getStore(NAMESPACE).get("used", Used.class);
    if (used != null && !used.fixtures().isEmpty()) {
      String report = report(used);
      System.err.println(report);
      context.publishReportEntry("healthsim.seed", Long.toString(used.seed().value()));
      failure.addSuppressed(new FixtureSeedReport(report));
    }
    throw failure;
  }

  /** The replay line of a failed test. */
  static String report(Used used) {
    FixtureSeeds.TestSeed seed = used.seed();
    return "HealthSim fixtures of "
        + seed.testName()
        + " ("
        + String.join(", ", used.fixtures())
        + "): seed "
        + seed.value()
        + (seed.pinned() ? " (pinned)" : " (derived from the test name)")
        + "; replay with @Seed("
        + seed.value()
        + "L)";
  }
}
