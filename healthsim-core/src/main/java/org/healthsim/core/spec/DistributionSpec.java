package org.healthsim.core.spec;

/**
 * A distribution as written in a specification: one record per kind, each the {@code type} values
 * of the dialect, and {@link CustomSpec} for a kind a user registers ({@code
 * org.healthsim.core.distribution.DistributionKind}). Code that treats each kind differently
 * implements a {@link Visitor}: adding a kind makes the compiler name every place that must handle
 * it, instead of an {@code instanceof} chain that silently falls through.
 */
public sealed interface DistributionSpec extends java.io.Serializable
    permits NormalSpec,
        LogNormalSpec,
        UniformSpec,
        CategoricalSpec,
        AgeBandsSpec,
        ExplicitSpec,
        ConditionalSpec,
        CustomSpec {

  /** The {@code type} this kind is written with. */
  String type();

  /** {@code visitor}'s answer for this kind. */
  <R> R accept(Visitor<R> visitor);

  /** What to do for each kind of distribution spec. */
  interface Visitor<R> {
    R normal(NormalSpec spec);

    R logNormal(LogNormalSpec spec);

    /** Both {@code uniform} and {@code uniform_int} ({@link UniformSpec#integer()}). */
    R uniform(UniformSpec spec);

    R categorical(CategoricalSpec spec);

    R ageBands(AgeBandsSpec spec);

    R explicit(ExplicitSpec spec);

    R conditional(ConditionalSpec spec);

    /** A kind registered by a user, by its {@code type}. */
    R custom(CustomSpec spec);
  }
}
