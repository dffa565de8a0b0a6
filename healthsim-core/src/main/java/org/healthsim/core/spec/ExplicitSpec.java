package org.healthsim.core.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "explicit", "values": [...]}}: one of a fixed list of values. Written as a bare
 * list (equal weights), a list of {@code {"value": v, "weight": w}}, or a map {@code {v: w}}.
 * Weights follow the categorical rules; values are strings, numbers or booleans, each listed once.
 *
 * @param values the values with normalised weights, in the order written
 */
public record ExplicitSpec(List<WeightedValue> values) implements DistributionSpec {

  /**
   * One value and its share.
   *
   * @param value a {@link String}, {@link Number} or {@link Boolean}
   * @param weight its share, normalised
   */
  public record WeightedValue(Object value, double weight) implements java.io.Serializable {}

  public ExplicitSpec {
    Problems problems = new Problems();
    Map<Object, Double> weights = new LinkedHashMap<>();
    for (WeightedValue v : values) {
      if (!(v.value() instanceof String
          || v.value() instanceof Number
          || v.value() instanceof Boolean)) {
        problems.add("values", v.value(), "a value must be a string, number or boolean");
      } else if (weights.put(v.value(), v.weight()) != null) {
        problems.add("values", v.value(), "is listed more than once");
      }
    }
    if (values.isEmpty()) {
      problems.add("values", "must have at least one value");
    }
    if (problems.isEmpty()) {
      Map<Object, Double> normalised = Checks.weights(problems, "values", weights);
      values =
          normalised.entrySet().stream()
              .map(e -> new WeightedValue(e.getKey(), e.getValue()))
              .collect(Collectors.toList());
    }
    problems.throwIfAny();
    values = List.copyOf(values);
  }

  /** Equally likely values. */
  public static ExplicitSpec equallyLikely(List<?> values) {
    double w = 1.0 / Math.max(1, values.size());
    return new ExplicitSpec(
        values.stream().map(v -> new WeightedValue(v, w)).collect(Collectors.toList()));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.explicit(this);
  }

  @Override
  public String type() {
    return "explicit";
  }

  private Object writeReplace() {
    return new Serialized(values);
  }

  /** The serialized form: the values with their normalised weights, kept when read back. */
  private record Serialized(List<WeightedValue> values) implements java.io.Serializable {
    private Object readResolve() {
      return Checks.normalised(() -> new ExplicitSpec(values));
    }
  }
}
