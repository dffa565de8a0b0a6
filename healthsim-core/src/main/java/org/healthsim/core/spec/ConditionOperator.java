package org.healthsim.core.spec;

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
  EXISTS
}
