package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.expression.EvaluationContext;

/** A distribution over real numbers, with its exact cumulative distribution function. */
public interface ContinuousDistribution extends Distribution {

  /** Draws one value. */
  double sampleDouble(UniformRandomProvider rng);

  /** {@code P(X <= x)}, exact (truncation included). */
  double cumulativeProbability(double x);

  /** The value below which a share {@code p} of draws fall. */
  double inverseCumulativeProbability(double p);

  /** The mean of the distribution (truncation included). */
  double mean();

  @Override
  default Object sample(UniformRandomProvider rng, EvaluationContext context) {
    return sampleDouble(rng);
  }
}
