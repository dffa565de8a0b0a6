package org.healthsim.core.distribution;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.spec.AgeBandsSpec;

/** A band chosen by weight, then a whole age uniformly inside it. */
public final class AgeBandDistribution implements DiscreteDistribution {

  private final AgeBandsSpec spec;
  private final List<AgeBandsSpec.Band> bands;
  private final SharedStateDiscreteSampler bandPrototype;

  private AgeBandDistribution(AgeBandsSpec spec) {
    this.spec = spec;
    this.bands = spec.bands();
    double[] weights = bands.stream().mapToDouble(AgeBandsSpec.Band::weight).toArray();
    // The prototype's own generator is never drawn from: each draw binds the caller's.
    this.bandPrototype = AliasMethodDiscreteSampler.of(Randoms.forSeed(0), weights);
  }

  /** The sampler for {@code spec}. */
  public static AgeBandDistribution of(AgeBandsSpec spec) {
    return new AgeBandDistribution(spec);
  }

  @Override
  public int sampleInt(UniformRandomProvider rng) {
    AgeBandsSpec.Band band = bands.get(bandPrototype.withUniformRandomProvider(rng).sample());
    return rng.nextInt(band.low(), band.high() + 1);
  }

  @Override
  public double probability(int k) {
    for (AgeBandsSpec.Band band : bands) {
      if (k >= band.low() && k <= band.high()) {
        return band.weight() / (band.high() - band.low() + 1);
      }
    }
    return 0;
  }

  @Override
  public int lowest() {
    return bands.stream().mapToInt(AgeBandsSpec.Band::low).min().orElseThrow();
  }

  @Override
  public int highest() {
    return bands.stream().mapToInt(AgeBandsSpec.Band::high).max().orElseThrow();
  }

  @Override
  public AgeBandsSpec spec() {
    return spec;
  }
}
