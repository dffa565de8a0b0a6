package org.healthsim.generation.journey;

import java.util.Arrays;
import java.util.Collection;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.spec.EventCondition;
import org.healthsim.core.spec.WireNames;

/**
 * Tests an {@link EventCondition} against an entity. Numbers compare by value, text with text; a
 * missing attribute satisfies only {@code ne}, {@code not_in} and {@code exists: false}.
 */
final class ConditionEvaluator {

  private ConditionEvaluator() {}

  static boolean holds(EventCondition c, EvaluationContext entity) {
    Object actual = entity.value(Arrays.asList(c.field().split("\\.")));
    Object expected = c.value();
    switch (c.operator()) {
      case EQ:
        return equal(actual, expected);
      case NE:
        return !equal(actual, expected);
      case GT:
        return order(actual, expected) > 0;
      case GTE:
        return order(actual, expected) >= 0;
      case LT:
        return order(expected, actual) > 0;
      case LTE:
        return order(expected, actual) >= 0;
      case IN:
        return contains((Collection<?>) expected, actual);
      case NOT_IN:
        return !contains((Collection<?>) expected, actual);
      case CONTAINS:
        if (actual instanceof Collection) {
          return contains((Collection<?>) actual, expected);
        }
        return actual instanceof String && ((String) actual).contains(String.valueOf(expected));
      case EXISTS:
        return (actual != null) == (expected == null || Boolean.TRUE.equals(expected));
      default:
        throw new IllegalStateException("operator " + c.operator());
    }
  }

  /** The condition as a reason reads it: {@code entity.age gte 65}. */
  static String describe(EventCondition c) {
    return c.field()
        + " "
        + WireNames.of(c.operator())
        + (c.value() == null ? "" : " " + c.value());
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return a != null && a.equals(b);
  }

  /**
   * The sign of {@code a - b} for two numbers or two texts. Any other pair is unordered and gets
   * {@code -2}, which every comparison rejects: {@code <} and {@code <=} ask whether the expected
   * value is the greater.
   */
  private static int order(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return Double.isNaN(x) || Double.isNaN(y) ? UNORDERED : Integer.signum(Double.compare(x, y));
    }
    if (a instanceof String && b instanceof String) {
      return Integer.signum(((String) a).compareTo((String) b));
    }
    return UNORDERED;
  }

  private static final int UNORDERED = -2;

  private static boolean contains(Collection<?> collection, Object value) {
    for (Object item : collection) {
      if (equal(item, value)) {
        return true;
      }
    }
    return false;
  }
}
