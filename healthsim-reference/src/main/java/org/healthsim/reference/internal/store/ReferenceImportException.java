package org.healthsim.reference.internal.store;

import java.nio.file.Path;

/**
 * A reference file that cannot be imported, with where: the file, and the line and column when the
 * problem is in one cell. The database is left as it was.
 */
public final class ReferenceImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String column;

  /**
   * @param file the file being imported
   * @param line the 1-based line (the header is line 1), or 0 when the problem is the whole file
   * @param column the column named in the header, or {@code null}
   * @param problem what is wrong
   */
  public ReferenceImportException(Path file, long line, String column, String problem) {
    super(location(file, line, column) + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  private static String location(Path file, long line, String column) {
    StringBuilder s = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      s.append(", line ").append(line);
    }
    if (column != null) {
      s.append(", column ").append(column);
    }
    return s.toString();
  }

  /** The file being imported. */
  public Path file() {
    return file;
  }

  /** The 1-based line (the header is line 1), or 0 when the problem is the whole file. */
  public long line() {
    return line;
  }

  /** The column, or {@code null}. */
  public String column() {
    return column;
  }
}
