package org.healthsim.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A distribution of a kind registered by a user ({@code
 * org.healthsim.core.distribution.DistributionKind}): its {@code type} and every other field as
 * written, as JSON values (numbers, text, booleans, lists and objects). The kind checks the
 * parameters when the spec is read and builds the sampler.
 *
 * @param parameters the fields besides {@code type}, in the order written
 */
public record CustomSpec(String type, Map<String, Object> parameters) implements DistributionSpec {

  public CustomSpec {
    Objects.requireNonNull(type, "type");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.custom(this);
  }

  /**
   * The number parameter {@code name}.
   *
   * @throws IllegalArgumentException naming the parameter when it is missing or not a number
   */
  public double number(String name) {
    Object value = parameters.get(name);
    if (!(value instanceof Number)) {
      throw new IllegalArgumentException(
          name + (value == null ? ": is required" : " = " + value + ": must be a number"));
    }
    return ((Number) value).doubleValue();
  }
}
