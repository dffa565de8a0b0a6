package org.healthsim.reference.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file read by DuckDB's own CSV reader into a staging table of text columns, inside the
 * import's transaction. Rows keep file order, so a row's line is its {@code rowid} + 2 (the header
 * is line 1). Rows DuckDB cannot parse (too few or too many cells, an unterminated quote: a
 * truncated file) fail the import with their line and column.
 */
final class CsvStage {

  /** Header names that can be quoted into SQL as they are. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Connection conn;
  private final Path file;
  private final String table;
  private final List<String> columns;
  private final long rows;
  private final long firstRowid;

  private CsvStage(
      Connection conn, Path file, String table, List<String> columns, long rows, long firstRowid) {
    this.conn = conn;
    this.file = file;
    this.table = table;
    this.columns = columns;
    this.rows = rows;
    this.firstRowid = firstRowid;
  }

  /** Reads {@code file} into staging table {@code table}. */
  static CsvStage load(Connection conn, Path file, String table) throws SQLException {
    String rejects = table + "_rejects";
    try (PreparedStatement read =
        conn.prepareStatement(
            "CREATE TABLE "
                + table
                + " AS SELECT * FROM read_csv(?, header = true, all_varchar = true,"
                + " delim = ',', quote = '\"', escape = '\"', store_rejects = true,"
                + " rejects_table = '"
                + rejects
                + "', rejects_scan = '"
                + rejects
                + "_scan')")) {
      read.setString(1, file.toString());
      read.execute();
    } catch (SQLException e) {
      throw new ReferenceImportException(file, 0, null, firstLine(e.getMessage()));
    }
    try (Statement s = conn.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT line, column_name, error_type, error_message FROM "
                  + rejects
                  + " ORDER BY line LIMIT 1")) {
        if (r.next()) {
          throw new ReferenceImportException(
              file,
              r.getLong(1),
              r.getString(2),
              r.getString(3).toLowerCase(Locale.ROOT) + ": " + firstLine(r.getString(4)));
        }
      }
      s.execute("DROP TABLE " + rejects);
      s.execute("DROP TABLE " + rejects + "_scan");
    }
    List<String> columns = new ArrayList<>();
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE " + table)) {
      while (r.next()) {
        columns.add(r.getString(1));
      }
    }
    long rows;
    long firstRowid;
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), min(rowid) FROM " + table)) {
      r.next();
      rows = r.getLong(1);
      firstRowid = r.getLong(2);
    }
    if (rows == 0) {
      throw new ReferenceImportException(file, 0, null, "has a header but no data rows");
    }
    return new CsvStage(conn, file, table, List.copyOf(columns), rows, firstRowid);
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline);
  }

  Path file() {
    return file;
  }

  String table() {
    return table;
  }

  long rows() {
    return rows;
  }

  /** The header's column names that can be used in SQL, in file order. */
  List<String> columns() {
    return columns.stream()
        .filter(c -> IDENTIFIER.matcher(c).matches())
        .collect(Collectors.toList());
  }

  /** The header's column names that cannot be used in SQL (and are ignored). */
  List<String> unusableColumns() {
    return columns.stream()
        .filter(c -> !IDENTIFIER.matcher(c).matches())
        .collect(Collectors.toList());
  }

  /** The header's name for {@code name}, ignoring case, if present. */
  Optional<String> column(String name) {
    return columns().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
  }

  /** The header's name for {@code name}, ignoring case; an import error when absent. */
  String requiredColumn(String name, String what) {
    return column(name)
        .orElseThrow(
            () ->
                new ReferenceImportException(
                    file, 1, null, "no " + name + " column; is this " + what + "?"));
  }

  /** {@code column} quoted for SQL (its name was checked to be an identifier). */
  static String quote(String column) {
    return '"' + column + '"';
  }

  /**
   * Fails the import at the first cell of {@code columns} that is neither empty nor matches {@code
   * sql}, a boolean SQL expression in which {@code $} stands for the cell.
   */
  void check(List<String> columns, String sql, String rule) throws SQLException {
    if (columns.isEmpty()) {
      return;
    }
    String union =
        columns.stream()
            .map(
                c ->
                    "SELECT rowid AS r, '"
                        + c
                        + "' AS c, "
                        + quote(c)
                        + " AS v FROM "
                        + table
                        + " WHERE "
                        + quote(c)
                        + " IS NOT NULL AND trim("
                        + quote(c)
                        + ") <> '' AND NOT coalesce("
                        + sql.replace("$", "trim(" + quote(c) + ")")
                        + ", false)")
            .collect(Collectors.joining(" UNION ALL "));
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(union + " ORDER BY r, c LIMIT 1")) {
      if (r.next()) {
        throw new ReferenceImportException(
            file, line(r.getLong(1)), r.getString(2), "'" + r.getString(3) + "' " + rule);
      }
    }
  }

  /**
   * Fails the import at the first cell of key column {@code column} that is empty, is not a {@code
   * code}, or repeats an earlier one.
   */
  void checkKey(String column, Sql.Code code) throws SQLException {
    checkPresent(column);
    check(List.of(column), code.pattern(), "is not a " + code.name + " code");
    checkUnique(code.of(column), column, code.name);
  }

  /** Fails the import at the first cell of {@code column} that is empty. */
  void checkPresent(String column) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT min(rowid) FROM "
                    + table
                    + " WHERE "
                    + quote(column)
                    + " IS NULL OR trim("
                    + quote(column)
                    + ") = ''")) {
      r.next();
      long row = r.getLong(1);
      if (!r.wasNull()) {
        throw new ReferenceImportException(file, line(row), column, "is empty");
      }
    }
  }

  /** Fails the import at the second line holding a value of {@code sql} seen before. */
  void checkUnique(String sql, String column, String what) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT rowid, k FROM (SELECT rowid, "
                    + sql
                    + " AS k, row_number() OVER (PARTITION BY "
                    + sql
                    + " ORDER BY rowid) AS n FROM "
                    + table
                    + ") WHERE n = 2 ORDER BY rowid LIMIT 1")) {
      if (r.next()) {
        throw new ReferenceImportException(
            file, line(r.getLong(1)), column, what + " " + r.getString(2) + " appears twice");
      }
    }
  }

  /** The file line of the row with {@code rowid}. */
  private long line(long rowid) {
    return rowid - firstRowid + 2;
  }

  /** Drops the staging table. */
  void drop() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("DROP TABLE " + table);
    }
  }
}
