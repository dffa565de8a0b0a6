package org.healthsim.core.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The operators of an {@link EventCondition}. */
public enum ConditionOperator {
  /** Equal. */
  EQ,
  /** Not equal. */
  NE,
  /** Greater than. */
  GT,
  /** Greater than or equal. */
  GTE,
  /** Less than. */
  LT,
  /** Less than or equal. */
  LTE,
  /** The field's value is one of a list. */
  IN,
  /** The field's value is none of a list. */
  NOT_IN,
  /** The field's value (a list or text) contains the value. */
  CONTAINS,
  /** The field has a value ({@code "value": false} for "has none"). */
  EXISTS;

  /** The name as written in specifications, such as {@code gte}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The operator written as {@code name}, if there is one. */
  public static Optional<ConditionOperator> fromWireName(String name) {
    return Arrays.stream(values()).filter(o -> o.wireName().equals(name)).findFirst();
  }

  /** Every wire name, in declaration order. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(ConditionOperator::wireName).collect(Collectors.toList());
  }
}
