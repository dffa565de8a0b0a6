package org.healthsim.junit5;

/**
 * Attached to a failing test's exception as a suppressed one: the seed its fixtures were drawn
 * with, and how to replay them.
 */
public final class FixtureSeedReport extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FixtureSeedReport(String message) {
    super(message, null, false, false);
  }
}
