package org.healthsim.core.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.expression.EvaluationContext;

/** A distribution over whole numbers in {@code [lowest(), highest()]}, with its exact mass. */
public interface DiscreteDistribution extends Distribution {

  /** Draws one value. */
  int sampleInt(UniformRandomProvider rng);

  /** P(X = k), exact. */
  double probability(int k);

  /** The smallest value that can be drawn. */
  int lowest();

  /** The largest value that can be drawn. */
  int highest();

  @Override
  default Object sample(UniformRandomProvider rng, EvaluationContext context) {
    return sampleInt(rng);
  }
}
