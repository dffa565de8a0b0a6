package org.healthsim.generation.output;

import java.io.IOException;

/**
 * An output directory a run may not use: another run holds it, it holds an earlier run and
 * overwriting was not asked for, or it holds files that no manifest names.
 */
public final class RunDirectoryException extends IOException {

  private static final long serialVersionUID = 1L;

  public RunDirectoryException(String message) {
    super(message);
  }
}
