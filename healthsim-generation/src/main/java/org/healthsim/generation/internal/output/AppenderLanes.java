package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;

/**
 * Appends rows to one DuckDB database on several threads at once. Each table belongs to one lane: a
 * thread with its own connection and transaction, which creates the table and appends its rows in
 * the order they are handed over. DuckDB's side of an append (copying the chunk into the table,
 * compressing full row groups) is native work of the appending thread, so with one lane the
 * database takes one core however many generate; with a lane per core it keeps up.
 *
 * <p>A new table goes to the lane with the fewest rows so far. Which lane a table is on changes
 * nothing in it: its rows are appended by one thread, in order.
 */
final class AppenderLanes {

  /** Batches waiting for a lane at most; the rest wait in the run's own queue. */
  private static final int WAITING_PER_LANE = 8;

  private final Path database;
  private final List<Lane> lanes = new ArrayList<>();
  private final Map<String, Lane> laneOfTable = new HashMap<>();

  /** The first failure of any lane; once set, the lanes append nothing more. */
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private volatile boolean abandoned;

  /**
   * @param conn the database; each lane opens its own connection to it
   * @param count how many lanes
   * @param database the database's file, for messages
   */
  AppenderLanes(DuckDBConnection conn, int count, Path database) throws SQLException {
    this.database = database;
    try {
      for (int i = 0; i < count; i++) {
        lanes.add(new Lane(conn.duplicate(), i));
      }
    } catch (SQLException e) {
      abandon();
      throw e;
    }
  }

  /** Hands {@code table}'s rows to its lane; waits while that lane is behind. */
  void append(Table table) throws IOException {
    rethrowFailure();
    Lane lane = laneOfTable.computeIfAbsent(table.name(), name -> leastLoaded());
    lane.rows += table.rows().size();
    try {
      lane.waiting.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(database + ": interrupted while appending");
    }
    lane.thread.execute(
        () -> {
          try {
            if (failure.get() == null && !abandoned) {
              lane.append(table);
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          } finally {
            lane.waiting.release();
          }
        });
  }

  private Lane leastLoaded() {
    Lane least = lanes.get(0);
    for (Lane lane : lanes) {
      if (lane.rows < least.rows) {
        least = lane;
      }
    }
    return least;
  }

  /** Waits for every lane, closes the appenders and commits each lane's transaction. */
  void finish() throws IOException {
    List<Future<?>> commits = new ArrayList<>();
    for (Lane lane : lanes) {
      commits.add(
          lane.thread.submit(
              () -> {
                if (failure.get() == null) {
                  lane.commit();
                }
                return null;
              }));
    }
    for (Future<?> commit : commits) {
      try {
        commit.get();
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(database + ": interrupted while committing");
      }
    }
    rethrowFailure();
    stopThreads();
  }

  private void rethrowFailure() throws IOException {
    Throwable f = failure.get();
    if (f instanceof SQLException) {
      throw new IOException(database + ": " + f.getMessage(), f);
    }
    if (f instanceof RuntimeException) {
      throw (RuntimeException) f;
    }
    if (f instanceof Error) {
      throw (Error) f;
    }
    if (f != null) {
      throw new IOException(database + ": " + f, f);
    }
  }

  /** Stops the lanes without committing and closes their connections. */
  void abandon() {
    abandoned = true;
    stopThreads();
    for (Lane lane : lanes) {
      lane.discard();
    }
  }

  private void stopThreads() {
    boolean interrupted = false;
    for (Lane lane : lanes) {
      lane.thread.shutdown();
      while (true) {
        try {
          if (lane.thread.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One thread with its own connection, transaction and appenders. */
  private static final class Lane {
    final ExecutorService thread;
    final DuckDBConnection conn;
    final Semaphore waiting = new Semaphore(WAITING_PER_LANE);
    final Map<String, DuckDBAppender> appenders = new HashMap<>();

    /** Rows handed to this lane (counted by the handing thread). */
    long rows;

    Lane(DuckDBConnection conn, int index) throws SQLException {
      this.conn = conn;
      conn.setAutoCommit(false);
      this.thread =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "healthsim-duckdb-" + index);
                t.setDaemon(true);
                return t;
              });
    }

    void append(Table table) throws SQLException {
      DuckDBAppender appender = appenders.get(table.name());
      if (appender == null) {
        appender = create(table);
      }
      List<Column> columns = table.columns();
      for (Object[] row : table.rows()) {
        appender.beginRow();
        for (int i = 0; i < row.length; i++) {
          value(appender, columns.get(i), row[i]);
        }
        appender.endRow();
      }
    }

    private DuckDBAppender create(Table table) throws SQLException {
      StringBuilder ddl = new StringBuilder("CREATE TABLE \"").append(table.name()).append("\" (");
      for (int i = 0; i < table.columns().size(); i++) {
        Column c = table.columns().get(i);
        ddl.append(i > 0 ? ", " : "")
            .append('"')
            .append(c.name())
            .append("\" ")
            .append(c.sqlType());
      }
      try (Statement s = conn.createStatement()) {
        s.execute(ddl.append(')').toString());
      }
      DuckDBAppender appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name());
      appenders.put(table.name(), appender);
      return appender;
    }

    private static void value(DuckDBAppender a, Column column, Object value) throws SQLException {
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

    void commit() throws SQLException {
      for (DuckDBAppender a : appenders.values()) {
        a.close();
      }
      appenders.clear();
      conn.commit();
      conn.close();
    }

    /** After the thread has stopped: closes what is open, keeping nothing. */
    void discard() {
      for (DuckDBAppender a : appenders.values()) {
        try {
          a.close();
        } catch (SQLException e) {
          // discarding anyway
        }
      }
      appenders.clear();
      // Closing rolls back; a failed commit may have ended the transaction already.
      try {
        conn.close();
      } catch (SQLException e) {
        // discarding anyway
      }
    }
  }
}
