package org.healthsim.core.distribution;

import org.healthsim.core.spec.CustomSpec;

/**
 * A kind of distribution a user adds: specs may then write {@code {"type": "<type>", ...}} wherever
 * a distribution goes. Register it with {@link DistributionKinds#register}, or list the class in
 * {@code META-INF/services/org.healthsim.core.distribution.DistributionKind} to have it found on
 * the class path.
 *
 * <pre>{@code
 * public final class Triangular implements DistributionKind {
 *   public String type() { return "triangular"; }
 *   public Distribution create(CustomSpec spec) {
 *     double low = spec.number("min"), mode = spec.number("mode"), high = spec.number("max");
 *     if (!(low <= mode && mode <= high && low < high)) {
 *       throw new IllegalArgumentException("needs min <= mode <= max and min < max");
 *     }
 *     return new TriangularDistribution(spec, low, mode, high); // implements ContinuousDistribution
 *   }
 * }
 * }</pre>
 *
 * A sampler that implements {@link ContinuousDistribution} (with its {@code cdf}) or {@link
 * FiniteDistribution} is checked by the validation report like a built-in one; any other is
 * generated but not tested. Kinds must be deterministic: the same generator state gives the same
 * draw.
 */
public interface DistributionKind {

  /** The {@code type} specs write, such as {@code triangular}; lower case, not a built-in one. */
  String type();

  /**
   * The sampler for {@code spec}, whose parameters are as written. Called when a spec is read, to
   * check them, and again to generate.
   *
   * @throws IllegalArgumentException saying what is wrong with the parameters (reported with the
   *     spec's path)
   */
  Distribution create(CustomSpec spec);
}
