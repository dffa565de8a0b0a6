package org.healthsim.core.spec;

import java.util.Collection;
import java.util.Objects;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"field": "entity.age", "operator": "gte", "value": 65}}: a test on one attribute of the
 * entity.
 *
 * @param field dotted path of the attribute ({@code entity.age}, {@code age}, {@code labs.a1c})
 * @param operator how to compare
 * @param value what to compare with: a list for {@code in} and {@code not_in}; for {@code exists} a
 *     boolean or {@code null} (meaning true)
 */
public record EventCondition(String field, ConditionOperator operator, Object value)
    implements java.io.Serializable {

  public EventCondition {
    Objects.requireNonNull(operator, "operator");
    Problems problems = new Problems();
    if (field == null || field.isBlank()) {
      problems.add("field", "is required");
    }
    switch (operator) {
      case IN:
      case NOT_IN:
        if (!(value instanceof Collection)) {
          problems.add("value", value, "must be a list for operator " + WireNames.of(operator));
        }
        break;
      case EXISTS:
        if (value != null && !(value instanceof Boolean)) {
          problems.add("value", value, "must be true, false or absent for operator exists");
        }
        break;
      default:
        if (value == null) {
          problems.add("value", "is required for operator " + WireNames.of(operator));
        }
        break;
    }
    problems.throwIfAny();
  }
}
