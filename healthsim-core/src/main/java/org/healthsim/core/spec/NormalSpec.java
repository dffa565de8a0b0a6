package org.healthsim.core.spec;

import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "normal", "mean": 72, "std_dev": 8, "min": 65, "max": 95}}. With bounds it is a
 * truncated normal: values outside are never drawn, and none are moved onto a bound.
 *
 * @param mean the mean before truncation; finite
 * @param stdDev the standard deviation before truncation; {@code > 0} and finite
 * @param min lower bound, or {@code null}
 * @param max upper bound, or {@code null}; greater than {@code min}
 */
public record NormalSpec(double mean, double stdDev, Double min, Double max)
    implements DistributionSpec {

  public NormalSpec {
    Problems problems = new Problems();
    Checks.finite(problems, "mean", mean);
    Checks.positive(problems, "std_dev", stdDev);
    Checks.bounds(problems, min, max);
    if (problems.isEmpty() && (min != null || max != null)) {
      double lo = min == null ? Double.NEGATIVE_INFINITY : (min - mean) / stdDev;
      double hi = max == null ? Double.POSITIVE_INFINITY : (max - mean) / stdDev;
      // Beyond 37 standard deviations a double cannot tell the normal's tail from zero.
      if (lo > 37 || hi < -37) {
        problems.add(
            min != null && lo > 37 ? "min" : "max",
            "the range min..max lies more than 37 standard deviations from the mean, where a normal"
                + " distribution has no mass to draw from");
      }
    }
    problems.throwIfAny();
  }

  /** An unbounded normal. */
  public static NormalSpec of(double mean, double stdDev) {
    return new NormalSpec(mean, stdDev, null, null);
  }

  /** True when either bound is set. */
  public boolean isTruncated() {
    return min != null || max != null;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.normal(this);
  }

  @Override
  public String type() {
    return "normal";
  }
}
