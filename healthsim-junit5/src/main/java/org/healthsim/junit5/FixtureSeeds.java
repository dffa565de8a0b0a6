package org.healthsim.junit5;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthsim.core.seed.Seeds;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fixture seeds. A test's seed is its {@link Seed} (on the method, else on the class or an
 * enclosing class), else derived from its name, {@code com.example.MyTest#myTest(java.util.List)}:
 * FNV-1a and SplitMix64 as in docs/reproducibility.md, so it is the same on every run and machine,
 * and adding or renaming another test changes nothing here. Each fixture's seed mixes the test's
 * seed with the fixture's name ({@code parameter 0}, {@code field cohort}).
 */
public final class FixtureSeeds {

  private FixtureSeeds() {}

  /** The seed a test runs with, and whether it was pinned. */
  record TestSeed(long value, boolean pinned, String testName) {}

  static TestSeed of(ExtensionContext context) {
    String name = testName(context);
    Optional<Seed> pinned = pinned(context);
    return pinned
        .map(seed -> new TestSeed(seed.value(), true, name))
        .orElseGet(() -> new TestSeed(derived(name), false, name));
  }

  /**
   * The seed derived from a test's name: {@code Seeds.hash(className + "#" + methodName + "(" +
   * parameter types, comma-separated + ")")}.
   */
  public static long derived(String testName) {
    return Seeds.hash(testName);
  }

  /** The seed of the fixture named {@code fixtureName} in a test whose seed is {@code testSeed}. */
  public static long fixtureSeed(long testSeed, String fixtureName) {
    return Seeds.mix(testSeed, Seeds.hash(fixtureName));
  }

  /** {@code class#method(types)}, or the class alone outside a test method. */
  static String testName(ExtensionContext context) {
    String className = context.getRequiredTestClass().getName();
    return context
        .getTestMethod()
        .map(m -> className + "#" + m.getName() + "(" + parameterTypes(m) + ")")
        .orElse(className);
  }

  private static String parameterTypes(Method m) {
    return Arrays.stream(m.getParameterTypes())
        .map(Class::getName)
        .collect(Collectors.joining(","));
  }

  private static Optional<Seed> pinned(ExtensionContext context) {
    Optional<Seed> onMethod = context.getTestMethod().map(m -> m.getAnnotation(Seed.class));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
      Seed seed = c.getAnnotation(Seed.class);
      if (seed != null) {
        return Optional.of(seed);
      }
    }
    return Optional.empty();
  }
}
