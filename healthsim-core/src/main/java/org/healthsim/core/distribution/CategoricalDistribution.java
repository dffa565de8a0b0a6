package org.healthsim.core.distribution;

import java.util.ArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.CategoricalSpec;

/** One of a set of strings, by weight. Draws are {@link String}s. */
public final class CategoricalDistribution extends FiniteDistribution {

  private final CategoricalSpec spec;

  private CategoricalDistribution(CategoricalSpec spec) {
    super(
        new ArrayList<>(spec.weights().keySet()),
        spec.weights().values().stream().mapToDouble(Double::doubleValue).toArray());
    this.spec = spec;
  }

  /** The sampler for {@code spec}. */
  public static CategoricalDistribution of(CategoricalSpec spec) {
    return new CategoricalDistribution(spec);
  }

  /** Draws one category. */
  public String sampleValue(UniformRandomProvider rng) {
    return (String) values().get(sampleIndex(rng));
  }

  @Override
  public CategoricalSpec spec() {
    return spec;
  }
}
