package org.healthsim.core.spec;

import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "log_normal", "mean": 5000, "std_dev": 8000}} (moments of the value) or {@code
 * {"type": "log_normal", "mu": 8.1, "sigma": 1.1}} (parameters in log space); optional {@code min}
 * and {@code max} truncate. Stored in log-space form; {@link #fromMoments} converts.
 *
 * @param mu mean of the logarithm; finite, at most {@link #MU_LIMIT} in magnitude
 * @param sigma standard deviation of the logarithm; {@code > 0}, at most {@link #SIGMA_LIMIT}
 * @param min lower bound ({@code >= 0}), or {@code null}
 * @param max upper bound, or {@code null}
 */
public record LogNormalSpec(double mu, double sigma, Double min, Double max)
    implements DistributionSpec {

  /** The largest {@code |mu|}: {@code e^34.5} is about 10^15, the limit on other numbers. */
  public static final double MU_LIMIT = 34.5;

  /** The largest {@code sigma}; with it and {@link #MU_LIMIT} every draw stays finite. */
  public static final double SIGMA_LIMIT = 20;

  public LogNormalSpec {
    Problems problems = new Problems();
    Checks.finite(problems, "mu", mu);
    Checks.positive(problems, "sigma", sigma);
    Checks.bounds(problems, min, max);
    if (Double.isFinite(mu) && Math.abs(mu) > MU_LIMIT) {
      problems.add(
          "mu",
          Checks.format(mu),
          "is beyond the limit of " + MU_LIMIT + " (e^mu beyond 10^15 in magnitude)");
    }
    if (sigma > SIGMA_LIMIT && Double.isFinite(sigma)) {
      problems.add("sigma", Checks.format(sigma), "is beyond the limit of " + (int) SIGMA_LIMIT);
    }
    if (min != null && min < 0) {
      problems.add("min", Checks.format(min), "must be >= 0: a log-normal value is never negative");
    }
    if (max != null && max <= 0) {
      problems.add("max", Checks.format(max), "must be > 0: a log-normal value is always positive");
    }
    problems.throwIfAny();
  }

  /**
   * The log-normal whose values have the given mean and standard deviation: {@code sigma^2 = ln(1 +
   * sd^2 / mean^2)}, {@code mu = ln(mean) - sigma^2 / 2}.
   *
   * @throws org.healthsim.core.validation.SpecValidationException when mean or std_dev is not
   *     positive and finite, or the bounds are invalid
   */
  public static LogNormalSpec fromMoments(double mean, double stdDev, Double min, Double max) {
    Problems problems = new Problems();
    Checks.positive(problems, "mean", mean);
    Checks.positive(problems, "std_dev", stdDev);
    problems.throwIfAny();
    double sigma2 = Math.log1p((stdDev / mean) * (stdDev / mean));
    return new LogNormalSpec(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2), min, max);
  }

  /** The mean of the value before truncation, {@code exp(mu + sigma^2 / 2)}. */
  public double valueMean() {
    return Math.exp(mu + sigma * sigma / 2);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.logNormal(this);
  }

  @Override
  public String type() {
    return "log_normal";
  }
}
