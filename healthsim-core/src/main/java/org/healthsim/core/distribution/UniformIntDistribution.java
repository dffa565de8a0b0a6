package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.UniformSpec;

/** A whole number uniformly in {@code [min, max]}, both ends included. */
public final class UniformIntDistribution implements DiscreteDistribution {

  private final UniformSpec spec;
  private final int lowest;
  private final int highest;

  private UniformIntDistribution(UniformSpec spec) {
    if (!spec.integer()) {
      throw new IllegalArgumentException("real-valued uniform specs make a UniformDistribution");
    }
    this.spec = spec;
    this.lowest = (int) spec.min();
    this.highest = (int) spec.max();
  }

  /** The sampler for {@code spec}, which must be a whole-number spec. */
  public static UniformIntDistribution of(UniformSpec spec) {
    return new UniformIntDistribution(spec);
  }

  @Override
  public int sampleInt(UniformRandomProvider rng) {
    return rng.nextInt(lowest, highest + 1);
  }

  @Override
  public double probability(int k) {
    return k < lowest || k > highest ? 0 : 1.0 / ((double) highest - lowest + 1);
  }

  @Override
  public int lowest() {
    return lowest;
  }

  @Override
  public int highest() {
    return highest;
  }

  @Override
  public UniformSpec spec() {
    return spec;
  }
}
