package org.healthsim.core.distribution;

import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ConditionalSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ExplicitSpec;
import org.healthsim.core.spec.LogNormalSpec;
import org.healthsim.core.spec.NormalSpec;
import org.healthsim.core.spec.UniformSpec;

/**
 * Builds samplers from specs: the framework guide's {@code create_distribution(spec)}.
 *
 * <pre>{@code
 * Distribution age = Distributions.create(
 *     Map.of("type", "normal", "mean", 72, "std_dev", 8, "min", 65, "max", 95));
 * double draw = ((ContinuousDistribution) age).sampleDouble(Randoms.forSeed(42));
 * }</pre>
 */
public final class Distributions {

  private Distributions() {}

  /** The sampler for a spec record. */
  public static Distribution create(DistributionSpec spec) {
    if (spec instanceof NormalSpec) {
      return NormalDistribution.of((NormalSpec) spec);
    }
    if (spec instanceof LogNormalSpec) {
      return LogNormalDistribution.of((LogNormalSpec) spec);
    }
    if (spec instanceof UniformSpec) {
      UniformSpec uniform = (UniformSpec) spec;
      return uniform.integer()
          ? UniformIntDistribution.of(uniform)
          : UniformDistribution.of(uniform);
    }
    if (spec instanceof CategoricalSpec) {
      return CategoricalDistribution.of((CategoricalSpec) spec);
    }
    if (spec instanceof AgeBandsSpec) {
      return AgeBandDistribution.of((AgeBandsSpec) spec);
    }
    if (spec instanceof ExplicitSpec) {
      return ExplicitDistribution.of((ExplicitSpec) spec);
    }
    if (spec instanceof ConditionalSpec) {
      return ConditionalDistribution.of((ConditionalSpec) spec);
    }
    throw new IllegalArgumentException("no sampler for " + spec);
  }

  /**
   * The sampler for a spec written as a map, such as {@code {"type": "categorical", "weights":
   * {...}}}.
   *
   * @throws org.healthsim.core.validation.SpecValidationException listing every problem in it
   */
  public static Distribution create(Map<String, ?> spec) {
    return create(SpecReader.distributionFromMap(spec));
  }

  /** The sampler for a spec written as JSON or YAML text. */
  public static Distribution fromString(String spec) {
    return create(SpecReader.distributionFromString(spec));
  }
}
