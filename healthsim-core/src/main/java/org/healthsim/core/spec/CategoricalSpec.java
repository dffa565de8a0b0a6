package org.healthsim.core.spec;

import java.util.Map;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "categorical", "weights": {"M": 0.48, "F": 0.52}}}: one of the keys, chosen by
 * weight. Weights are positive and finite and sum to 1 within 0.01; they are normalised to sum to
 * exactly 1, keeping the order written.
 *
 * @param weights value to weight, normalised
 */
public record CategoricalSpec(Map<String, Double> weights) implements DistributionSpec {

  public CategoricalSpec {
    Problems problems = new Problems();
    weights = Checks.weights(problems, "weights", weights);
    problems.throwIfAny();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.categorical(this);
  }

  @Override
  public String type() {
    return "categorical";
  }

  private Object writeReplace() {
    return new Serialized(weights);
  }

  /** The serialized form: the normalised weights, kept as they are when read back. */
  private record Serialized(Map<String, Double> weights) implements java.io.Serializable {
    private Object readResolve() {
      return Checks.normalised(() -> new CategoricalSpec(weights));
    }
  }
}
