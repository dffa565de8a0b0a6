package org.healthsim.core.spec;

import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "uniform", "min": 1, "max": 28}}: a real number in {@code [min, max)}; with
 * {@code "integer": true} (or type {@code uniform_int}) a whole number in {@code [min, max]}, both
 * ends included.
 *
 * @param min lower bound; finite
 * @param max upper bound; greater than {@code min} (equal allowed for whole numbers)
 * @param integer whether draws are whole numbers; then both bounds are whole numbers within the
 *     range of an {@code int}
 */
public record UniformSpec(double min, double max, boolean integer) implements DistributionSpec {

  public UniformSpec {
    Problems problems = new Problems();
    Checks.finite(problems, "min", min);
    Checks.finite(problems, "max", max);
    if (problems.isEmpty()) {
      if (integer) {
        wholeNumber(problems, "min", min);
        wholeNumber(problems, "max", max);
        if (min > max) {
          problems.add("min", Checks.format(min), "must be <= max (" + Checks.format(max) + ")");
        }
      } else if (min >= max) {
        problems.add(
            "min", Checks.format(min), "must be less than max (" + Checks.format(max) + ")");
      }
    }
    problems.throwIfAny();
  }

  private static void wholeNumber(Problems problems, String path, double value) {
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE - 1) {
      problems.add(path, Checks.format(value), "must be a whole number within +/-2147483646");
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.uniform(this);
  }

  @Override
  public String type() {
    return integer ? "uniform_int" : "uniform";
  }
}
