package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;
import org.healthsim.generation.internal.table.TableBatch;

/**
 * A DuckDB database file with one table per kind of row, written through DuckDB's appender. The
 * database is built under a temporary name beside the target and renamed by {@link #commit}.
 */
public final class DuckDbTableWriter implements TableWriter {

  /** DuckDB's buffer pool while writing. */
  static final String MEMORY_LIMIT = "512MB";

  private final Path target;
  private final Path partial;
  private final boolean overwrite;
  private final Connection conn;
  private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
  private final Map<String, List<Column>> schemas = new LinkedHashMap<>();
  private boolean committed;

  /**
   * @throws FileAlreadyExistsException when {@code target} exists and {@code overwrite} is false
   */
  public DuckDbTableWriter(Path target, boolean overwrite) throws IOException {
    this.target = target;
    this.overwrite = overwrite;
    if (!overwrite && Files.exists(target)) {
      throw new FileAlreadyExistsException(target + " exists; pass --overwrite to replace it");
    }
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    this.partial = parent.resolve("." + target.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Files.deleteIfExists(wal(partial));
    try {
      this.conn = DriverManager.getConnection("jdbc:duckdb:" + partial);
      // One transaction for the whole load: DuckDB then writes full row groups straight to the
      // database file instead of logging every appender flush to the WAL (1.7x faster).
      conn.setAutoCommit(false);
      try (Statement s = conn.createStatement()) {
        // Bounded, so the cohort is never held in memory: DuckDB writes full row groups to the
        // file and evicts them.
        s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
      }
    } catch (SQLException e) {
      throw new IOException(partial + ": " + e.getMessage(), e);
    }
  }

  private static Path wal(Path db) {
    return db.resolveSibling(db.getFileName() + ".wal");
  }

  /** The connection to the database being written (for a writer that exports it). */
  Connection connection() {
    return conn;
  }

  /** The tables created so far, in order. */
  List<String> tables() {
    return new ArrayList<>(schemas.keySet());
  }

  @Override
  public void write(TableBatch batch) throws IOException {
    try {
      for (Table table : batch.tables()) {
        DuckDBAppender appender = appender(table);
        List<Column> columns = table.columns();
        for (Object[] row : table.rows()) {
          appender.beginRow();
          for (int i = 0; i < row.length; i++) {
            append(appender, columns.get(i), row[i]);
          }
          appender.endRow();
        }
      }
    } catch (SQLException e) {
      throw new IOException(partial + ": " + e.getMessage(), e);
    }
  }

  private DuckDBAppender appender(Table table) throws SQLException {
    DuckDBAppender appender = appenders.get(table.name());
    if (appender != null) {
      TableSchemas.check(schemas.get(table.name()), table);
      return appender;
    }
    StringBuilder ddl = new StringBuilder("CREATE TABLE \"").append(table.name()).append("\" (");
    for (int i = 0; i < table.columns().size(); i++) {
      Column c = table.columns().get(i);
      ddl.append(i > 0 ? ", " : "").append('"').append(c.name()).append("\" ").append(c.sqlType());
    }
    try (Statement s = conn.createStatement()) {
      s.execute(ddl.append(')').toString());
    }
    appender =
        conn.unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name());
    appenders.put(table.name(), appender);
    schemas.put(table.name(), table.columns());
    return appender;
  }

  private static void append(DuckDBAppender a, Column column, Object value) throws SQLException {
    if (value == null) {
      a.appendNull();
      return;
    }
    switch (column.type()) {
      case TEXT:
        a.append((String) value);
        break;
      case WHOLE:
        a.append(((Number) value).longValue());
        break;
      case NUMBER:
        a.append(((Number) value).doubleValue());
        break;
      case DECIMAL:
        a.append((BigDecimal) value);
        break;
      case BOOLEAN:
        a.append((boolean) (Boolean) value);
        break;
      case DATE:
        a.append((LocalDate) value);
        break;
      case TEXT_LIST:
      case WHOLE_LIST:
        a.append((Collection<?>) value);
        break;
      default:
        throw new IllegalStateException("no appender for " + column.type());
    }
  }

  /** Flushes every table and closes the database, still under its temporary name. */
  void finish() throws IOException {
    try {
      for (DuckDBAppender a : appenders.values()) {
        a.close();
      }
      appenders.clear();
      conn.commit();
      conn.setAutoCommit(true);
      try (Statement s = conn.createStatement()) {
        s.execute("CHECKPOINT");
      }
    } catch (SQLException e) {
      throw new IOException(partial + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Path> targets() {
    return List.of(target);
  }

  @Override
  public void commit() throws IOException {
    finish();
    closeConnection();
    if (!overwrite && Files.exists(target)) {
      throw new FileAlreadyExistsException(target + " appeared while writing; not replaced");
    }
    CrashPoints.reached();
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    committed = true;
    CrashPoints.reached();
  }

  private void closeConnection() throws IOException {
    try {
      if (!conn.isClosed()) {
        conn.close();
      }
    } catch (SQLException e) {
      throw new IOException(partial + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Path> files() {
    return committed ? List.of(target) : List.of();
  }

  /** The database file being written, before {@link #commit}. */
  Path partial() {
    return partial;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        for (DuckDBAppender a : appenders.values()) {
          try {
            a.close();
          } catch (SQLException e) {
            // discarding anyway
          }
        }
        closeConnection();
      } finally {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(wal(partial));
      }
    }
  }
}
