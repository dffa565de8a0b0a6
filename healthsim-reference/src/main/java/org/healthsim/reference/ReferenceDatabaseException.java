package org.healthsim.reference;

/**
 * A reference database that cannot answer: not a reference database (no CDC tables), or a file
 * DuckDB cannot read (truncated, corrupted). The message names the database when it is known and
 * says what to do; the command line prints it as one line.
 */
public final class ReferenceDatabaseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** A problem with the database, {@code message} saying which and what to do. */
  public ReferenceDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
