package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.spec.DistributionSpec;

/** A sampler built from a {@link DistributionSpec}. */
public interface Distribution {

  /**
   * Draws one value. {@code context} is what a {@link ConditionalDistribution} tests its rules
   * against; other distributions ignore it.
   *
   * @return a {@link Double}, {@link Integer}, {@link String} or {@link Boolean}, depending on the
   *     distribution
   */
  Object sample(UniformRandomProvider rng, EvaluationContext context);

  /** Draws one value with an empty context. */
  default Object sample(UniformRandomProvider rng) {
    return sample(rng, EvaluationContext.EMPTY);
  }

  /** The spec this sampler was built from. */
  DistributionSpec spec();
}
