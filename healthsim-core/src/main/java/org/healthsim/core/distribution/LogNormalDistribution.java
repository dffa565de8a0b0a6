package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.LogNormalSpec;
import org.healthsim.core.spec.NormalSpec;

/**
 * A log-normal distribution: {@code exp(N(mu, sigma))}, truncated to {@code [min, max]} when
 * bounded. Truncation happens in log space, on the normal behind it, so it is exact and never
 * clamps.
 */
public final class LogNormalDistribution implements ContinuousDistribution {

  private final LogNormalSpec spec;
  private final NormalDistribution logarithm;

  private LogNormalDistribution(LogNormalSpec spec) {
    this.spec = spec;
    Double lower = spec.min() == null || spec.min() == 0 ? null : Math.log(spec.min());
    Double upper = spec.max() == null ? null : Math.log(spec.max());
    this.logarithm = NormalDistribution.of(new NormalSpec(spec.mu(), spec.sigma(), lower, upper));
  }

  /** The sampler for {@code spec}. */
  public static LogNormalDistribution of(LogNormalSpec spec) {
    return new LogNormalDistribution(spec);
  }

  @Override
  public double sampleDouble(UniformRandomProvider rng) {
    return Math.exp(logarithm.sampleDouble(rng));
  }

  @Override
  public double cumulativeProbability(double x) {
    return x <= 0 ? 0 : logarithm.cumulativeProbability(Math.log(x));
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    return Math.exp(logarithm.inverseCumulativeProbability(p));
  }

  /**
   * The mean: {@code exp(mu + sigma^2/2)} times the share of the sigma-shifted normal inside the
   * log bounds, over the share of the normal itself.
   */
  @Override
  public double mean() {
    double mu = spec.mu();
    double sigma = spec.sigma();
    double lower =
        spec.min() == null || spec.min() == 0 ? Double.NEGATIVE_INFINITY : Math.log(spec.min());
    double upper = spec.max() == null ? Double.POSITIVE_INFINITY : Math.log(spec.max());
    double shifted = NormalDistribution.massInside(mu + sigma * sigma, sigma, lower, upper);
    double plain = NormalDistribution.massInside(mu, sigma, lower, upper);
    return Math.exp(mu + sigma * sigma / 2) * shifted / plain;
  }

  @Override
  public LogNormalSpec spec() {
    return spec;
  }
}
