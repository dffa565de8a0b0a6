package org.healthsim.core.distribution;

import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ConditionalSpec;
import org.healthsim.core.spec.CustomSpec;
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

  /**
   * The sampler for a spec record; a {@link CustomSpec} by the kind registered for its type ({@link
   * DistributionKinds}).
   *
   * @throws IllegalArgumentException when no kind is registered for a custom spec's type, or the
   *     kind refuses its parameters
   */
  public static Distribution create(DistributionSpec spec) {
    return spec.accept(SAMPLERS);
  }

  private static final DistributionSpec.Visitor<Distribution> SAMPLERS =
      new DistributionSpec.Visitor<>() {
        @Override
        public Distribution normal(NormalSpec spec) {
          return NormalDistribution.of(spec);
        }

        @Override
        public Distribution logNormal(LogNormalSpec spec) {
          return LogNormalDistribution.of(spec);
        }

        @Override
        public Distribution uniform(UniformSpec spec) {
          return spec.integer() ? UniformIntDistribution.of(spec) : UniformDistribution.of(spec);
        }

        @Override
        public Distribution categorical(CategoricalSpec spec) {
          return CategoricalDistribution.of(spec);
        }

        @Override
        public Distribution ageBands(AgeBandsSpec spec) {
          return AgeBandDistribution.of(spec);
        }

        @Override
        public Distribution explicit(ExplicitSpec spec) {
          return ExplicitDistribution.of(spec);
        }

        @Override
        public Distribution conditional(ConditionalSpec spec) {
          return ConditionalDistribution.of(spec);
        }

        @Override
        public Distribution custom(CustomSpec spec) {
          DistributionKind kind =
              DistributionKinds.byType(spec.type())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no distribution kind is registered for type " + spec.type()));
          return kind.create(spec);
        }
      };

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
