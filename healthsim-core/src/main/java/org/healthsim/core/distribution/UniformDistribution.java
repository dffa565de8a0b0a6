package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.UniformSpec;

/** A real number uniformly in {@code [min, max)}. */
public final class UniformDistribution implements ContinuousDistribution {

  private final UniformSpec spec;

  private UniformDistribution(UniformSpec spec) {
    if (spec.integer()) {
      throw new IllegalArgumentException(
          "whole-number uniform specs make a UniformIntDistribution");
    }
    this.spec = spec;
  }

  /** The sampler for {@code spec}, which must not be a whole-number spec. */
  public static UniformDistribution of(UniformSpec spec) {
    return new UniformDistribution(spec);
  }

  @Override
  public double sampleDouble(UniformRandomProvider rng) {
    return spec.min() + (spec.max() - spec.min()) * rng.nextDouble();
  }

  @Override
  public double cumulativeProbability(double x) {
    return Math.max(0, Math.min(1, (x - spec.min()) / (spec.max() - spec.min())));
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    return spec.min() + (spec.max() - spec.min()) * p;
  }

  @Override
  public double mean() {
    return (spec.min() + spec.max()) / 2;
  }

  @Override
  public UniformSpec spec() {
    return spec;
  }
}
