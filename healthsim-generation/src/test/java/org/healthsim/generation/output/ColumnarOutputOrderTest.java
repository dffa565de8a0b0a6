package org.healthsim.generation.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.healthsim.generation.HealthSim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB and Parquet output hold every table's rows in entity order, the same whatever the thread
 * count: the database is loaded by several appending threads (a table per thread), so this is what
 * could go wrong. Two chunks of entities, so each table gets several batches.
 */
class ColumnarOutputOrderTest {

  private static final HealthSim COHORT =
      HealthSim.cohort("medicare-diabetic")
          .journeys("year-of-care")
          .seed(5)
          .count(1100)
          .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 21));

  @TempDir static Path dir;

  private static Map<String, String> oneThread;

  @BeforeAll
  static void writeOnOneThread() throws IOException, SQLException {
    COHORT.threads(1).writeTo(OutputFormat.DUCKDB, dir.resolve("one"));
    oneThread = duckdbTables(dir.resolve("one"));
  }

  @Test
  void theDatabaseHoldsEachTableInEntityOrderOnAnyThreadCount() throws Exception {
    COHORT.threads(2).writeTo(OutputFormat.DUCKDB, dir.resolve("two"));

    assertThat(oneThread).containsKeys("entity", "event", "claim", "claim_line", "fill");
    assertThat(duckdbTables(dir.resolve("two"))).isEqualTo(oneThread);
    try (Connection conn = database(dir.resolve("one"));
        Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE position < previous) FROM ("
                    + "SELECT p.position, lag(p.position) OVER (ORDER BY ev.rowid) AS previous"
                    + " FROM event ev JOIN (SELECT entity_id, rowid AS position FROM entity) p"
                    + " USING (entity_id))")) {
      r.next();
      assertThat(r.getLong(1)).isGreaterThan(5_000);
      assertThat(r.getLong(2)).as("events out of entity order").isZero();
    }
  }

  @Test
  void parquetHoldsTheDatabasesRowsInTheSameOrder() throws Exception {
    Path out = dir.resolve("parquet");
    COHORT.threads(2).writeTo(OutputFormat.PARQUET, out);

    Map<String, String> tables = new TreeMap<>();
    try (Connection conn = reader("", new Properties())) {
      for (String table : oneThread.keySet()) {
        Path file = out.resolve(table + ".parquet").toAbsolutePath();
        tables.put(table, digest(conn, "read_parquet('" + file + "')"));
      }
    }
    assertThat(tables).containsKeys("entity", "event", "claim").isEqualTo(oneThread);
  }

  /** Each table's rows, in stored order, as one MD5. */
  private static Map<String, String> duckdbTables(Path run) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (Connection conn = database(run)) {
      List<String> names = new ArrayList<>();
      try (Statement s = conn.createStatement();
          ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables")) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      for (String name : names) {
        tables.put(name, digest(conn, '"' + name + '"'));
      }
    }
    return tables;
  }

  private static Connection database(Path run) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return reader(run.resolve("healthsim.duckdb").toAbsolutePath().toString(), readOnly);
  }

  /** A connection scanning on one thread, so rows are read in the order they are stored. */
  private static Connection reader(String database, Properties properties) throws SQLException {
    Connection conn = DriverManager.getConnection("jdbc:duckdb:" + database, properties);
    try (Statement s = conn.createStatement()) {
      s.execute("SET threads = 1");
    }
    return conn;
  }

  /** The rows of {@code from} (column names and values), in stored order, as one MD5. */
  private static String digest(Connection conn, String from) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT md5(string_agg(CAST(t AS VARCHAR), chr(10))) FROM " + from + " t")) {
      r.next();
      return r.getString(1);
    }
  }
}
