package org.healthsim.core.distribution;

/**
 * No rule of a conditional distribution held and it has no {@code else}. Callers that know which
 * entity was being drawn for add that to the message.
 */
public class NoMatchingRuleException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public NoMatchingRuleException(String message) {
    super(message);
  }
}
