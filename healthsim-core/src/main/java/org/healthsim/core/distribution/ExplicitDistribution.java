package org.healthsim.core.distribution;

import java.util.stream.Collectors;
import org.healthsim.core.spec.ExplicitSpec;

/** One of a fixed list of values (strings, numbers, booleans), by weight. */
public final class ExplicitDistribution extends FiniteDistribution {

  private final ExplicitSpec spec;

  private ExplicitDistribution(ExplicitSpec spec) {
    super(
        spec.values().stream().map(ExplicitSpec.WeightedValue::value).collect(Collectors.toList()),
        spec.values().stream().mapToDouble(ExplicitSpec.WeightedValue::weight).toArray());
    this.spec = spec;
  }

  /** The sampler for {@code spec}. */
  public static ExplicitDistribution of(ExplicitSpec spec) {
    return new ExplicitDistribution(spec);
  }

  @Override
  public ExplicitSpec spec() {
    return spec;
  }
}
