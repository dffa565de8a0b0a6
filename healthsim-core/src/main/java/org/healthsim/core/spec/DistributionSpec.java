package org.healthsim.core.spec;

/**
 * A distribution as written in a specification. The closed set of kinds mirrors the {@code type}
 * values of the dialect; {@code org.healthsim.core.distribution.Distributions} turns one into a
 * sampler.
 */
public sealed interface DistributionSpec
    permits NormalSpec,
        LogNormalSpec,
        UniformSpec,
        CategoricalSpec,
        AgeBandsSpec,
        ExplicitSpec,
        ConditionalSpec {

  /** The {@code type} this kind is written with. */
  String type();
}
