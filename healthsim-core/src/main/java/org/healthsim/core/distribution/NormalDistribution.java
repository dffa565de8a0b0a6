package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.healthsim.core.spec.NormalSpec;

/**
 * A normal distribution, truncated when its spec has bounds. Truncation means values outside the
 * bounds are never drawn: nothing is clamped, so no mass piles up on a bound.
 *
 * <p>Unbounded draws use the ziggurat method. Bounded draws reject out-of-range values when at
 * least a quarter of the mass lies inside the bounds (at most four tries on average, each as cheap
 * as an unbounded draw), and otherwise invert the exact truncated CDF, so a narrow window far in a
 * tail costs one draw too. Both give exactly the truncated distribution.
 */
public final class NormalDistribution implements ContinuousDistribution {

  /** Below this share of mass inside the bounds, inverting the CDF beats rejection. */
  private static final double REJECTION_MIN_MASS = 0.25;

  private final NormalSpec spec;
  private final double mean;
  private final double stdDev;
  private final double lower;
  private final double upper;
  private final boolean rejection;
  private final org.apache.commons.statistics.distribution.ContinuousDistribution exact;

  private NormalDistribution(NormalSpec spec, double lower, double upper) {
    this.spec = spec;
    this.mean = spec.mean();
    this.stdDev = spec.stdDev();
    this.lower = lower;
    this.upper = upper;
    boolean bounded = lower > Double.NEGATIVE_INFINITY || upper < Double.POSITIVE_INFINITY;
    this.exact =
        bounded
            ? TruncatedNormalDistribution.of(mean, stdDev, lower, upper)
            : org.apache.commons.statistics.distribution.NormalDistribution.of(mean, stdDev);
    this.rejection = !bounded || massInside(mean, stdDev, lower, upper) >= REJECTION_MIN_MASS;
  }

  /** The sampler for {@code spec}. */
  public static NormalDistribution of(NormalSpec spec) {
    return new NormalDistribution(
        spec,
        spec.min() == null ? Double.NEGATIVE_INFINITY : spec.min(),
        spec.max() == null ? Double.POSITIVE_INFINITY : spec.max());
  }

  @Override
  public double sampleDouble(UniformRandomProvider rng) {
    if (!rejection) {
      return exact.inverseCumulativeProbability(rng.nextDouble());
    }
    ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    while (true) {
      double x = mean + stdDev * gaussian.sample();
      if (x >= lower && x <= upper) {
        return x;
      }
    }
  }

  @Override
  public double cumulativeProbability(double x) {
    return exact.cumulativeProbability(x);
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    return exact.inverseCumulativeProbability(p);
  }

  @Override
  public double mean() {
    return exact.getMean();
  }

  @Override
  public NormalSpec spec() {
    return spec;
  }

  /** P(lower <= X <= upper) for X ~ N(mean, sd), using the tail that keeps precision. */
  static double massInside(double mean, double sd, double lower, double upper) {
    org.apache.commons.statistics.distribution.NormalDistribution standard =
        org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
    double a = (lower - mean) / sd;
    double b = (upper - mean) / sd;
    return a > 0
        ? standard.survivalProbability(a) - standard.survivalProbability(b)
        : standard.cumulativeProbability(b) - standard.cumulativeProbability(a);
  }
}
