package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;
import org.healthsim.generation.internal.table.TableBatch;

/**
 * A DuckDB database file with one table per kind of row, written through DuckDB's appender on a
 * lane per core ({@link AppenderLanes}). The database is built under a temporary name beside the
 * target and renamed by {@link #commit}.
 */
public final class DuckDbTableWriter implements TableWriter {

  /** DuckDB's buffer pool while writing. */
  static final String MEMORY_LIMIT = "512MB";

  /** Lanes at most (one per core up to this); a cohort has about 25 tables. */
  private static final int MAX_LANES = 8;

  private final Path target;
  private final Path partial;
  private final boolean overwrite;
  private final Connection conn;
  private final AppenderLanes lanes;
  private final Map<String, List<Column>> schemas = new LinkedHashMap<>();
  private boolean loaded;
  private boolean finished;
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
    Connection opened = null;
    try {
      opened = PartialFiles.create(partial, this::connect);
      try (Statement s = opened.createStatement()) {
        // Bounded, so the cohort is never held in memory: DuckDB writes full row groups to the
        // file and evicts them.
        s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
      }
      // Each lane loads its tables in one transaction: DuckDB then writes full row groups straight
      // to the database file instead of logging every appender flush to the WAL (1.7x faster).
      this.lanes =
          new AppenderLanes(
              opened.unwrap(DuckDBConnection.class),
              Math.min(Runtime.getRuntime().availableProcessors(), MAX_LANES),
              partial);
      this.conn = opened;
    } catch (SQLException e) {
      try {
        if (opened != null) {
          opened.close();
        }
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IOException(partial + ": " + e.getMessage(), e);
    }
  }

  private Connection connect() throws IOException {
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + partial);
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
    for (Table table : batch.tables()) {
      List<Column> first = schemas.putIfAbsent(table.name(), table.columns());
      if (first != null) {
        TableSchemas.check(first, table);
      }
      lanes.append(table);
    }
  }

  /** Waits for every row to be appended and commits every table. */
  void load() throws IOException {
    if (!loaded) {
      lanes.finish();
      loaded = true;
    }
  }

  /** Loads, checkpoints and closes the database, still under its temporary name. */
  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    load();
    try (Statement s = conn.createStatement()) {
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IOException(partial + ": " + e.getMessage(), e);
    }
    closeConnection();
    finished = true;
  }

  @Override
  public List<Path> targets() {
    return List.of(target);
  }

  @Override
  public void commit() throws IOException {
    finish();
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
        lanes.abandon();
        closeConnection();
      } finally {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(wal(partial));
      }
    }
  }
}
