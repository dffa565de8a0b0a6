package org.healthsim.core.expression;

/**
 * Comparison rules. Numbers compare by value whatever their Java type; strings compare with
 * strings; a missing value (null) equals only null and is neither less nor greater than anything.
 * Values of different kinds are unequal and unordered: {@code age == '65'} is false.
 */
final class Values {

  private Values() {}

  static boolean truth(Object value) {
    return Boolean.TRUE.equals(value);
  }

  static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return a.equals(b);
  }

  static boolean compare(String operator, Object a, Object b) {
    switch (operator) {
      case "==":
        return equal(a, b);
      case "!=":
        return !equal(a, b);
      default:
        break;
    }
    Integer order = order(a, b);
    if (order == null) {
      return false;
    }
    switch (operator) {
      case "<":
        return order < 0;
      case "<=":
        return order <= 0;
      case ">":
        return order > 0;
      case ">=":
        return order >= 0;
      default:
        throw new IllegalStateException("operator " + operator + " passed the parser");
    }
  }

  private static Integer order(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return Double.isNaN(x) || Double.isNaN(y) ? null : Double.compare(x, y);
    }
    if (a instanceof String && b instanceof String) {
      return ((String) a).compareTo((String) b);
    }
    return null;
  }
}
