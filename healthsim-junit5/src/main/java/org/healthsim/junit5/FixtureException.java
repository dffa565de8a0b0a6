package org.healthsim.junit5;

import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * A fixture that cannot be made: an unknown template, a spec that does not validate, an unsupported
 * type. Its message is the whole story (for a bad spec, the spec's own validation message), so it
 * carries no stack trace of the extension's.
 */
public final class FixtureException extends ParameterResolutionException {

  private static final long serialVersionUID = 1L;

  FixtureException(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
