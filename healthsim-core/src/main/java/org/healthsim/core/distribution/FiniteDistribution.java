package org.healthsim.core.distribution;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.random.Randoms;

/**
 * A choice among a fixed list of values by weight ({@link CategoricalDistribution}, {@link
 * ExplicitDistribution}), drawn with Walker's alias method (one table built here, shared by every
 * draw).
 */
public abstract class FiniteDistribution implements Distribution {

  private final List<Object> values;
  private final double[] probabilities;
  private final SharedStateDiscreteSampler prototype;

  FiniteDistribution(List<?> values, double[] probabilities) {
    this.values = List.copyOf(values);
    this.probabilities = probabilities.clone();
    // The prototype's own generator is never drawn from: each draw binds the caller's.
    this.prototype = AliasMethodDiscreteSampler.of(Randoms.forSeed(0), this.probabilities);
  }

  /** The values, in the order written. */
  public List<Object> values() {
    return values;
  }

  /** The probability of the value at {@code index}. */
  public double probability(int index) {
    return probabilities[index];
  }

  /** Draws the index of a value. */
  public int sampleIndex(UniformRandomProvider rng) {
    return prototype.withUniformRandomProvider(rng).sample();
  }

  @Override
  public Object sample(UniformRandomProvider rng, EvaluationContext context) {
    return values.get(sampleIndex(rng));
  }
}
