package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthsim.generation.output.RunManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format csv|duckdb|parquet} hold what the NDJSON of the same run holds: DuckDB reads each
 * back with the NDJSON's row counts (entities, their conditions, medications and labs, events,
 * every kind of record, claim lines) and the same paid total.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputFormatsTest {

  private static final int COUNT = 1500;

  @TempDir static Path dir;

  /** What the NDJSON run holds: row counts by table or record type, and the claims' paid sum. */
  private final Map<String, Long> expected = new TreeMap<>();

  private BigDecimal paid = BigDecimal.ZERO;

  private static Path generate(String format) {
    return generate(format, format);
  }

  private static Path generate(String format, String name) {
    Path out = dir.resolve(name);
    Cli.Run run =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--journey",
            "diabetic-first-year",
            "--count",
            String.valueOf(COUNT),
            "--format",
            format,
            "--quiet",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  @BeforeAll
  void countTheNdjson() throws IOException {
    Path out = generate("ndjson");
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(out.resolve("entities.ndjson"))) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode e = json.readTree(line);
        add("entity", 1);
        add("entity_condition", e.get("conditions").size());
        add("entity_medication", e.get("medications").size());
        add("entity_lab_value", e.get("lab_values").size());
      }
    }
    try (BufferedReader in = Files.newBufferedReader(out.resolve("events.ndjson"))) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode e = json.readTree(line);
        add("event", 1);
        for (JsonNode r : e.get("outputs")) {
          add("record " + r.get("record_type").asText(), 1);
          if (r.has("lines")) {
            add("claim_line", r.get("lines").size());
            paid = paid.add(r.get("paid").decimalValue());
          }
          if (r.has("adjustments")) {
            add("remittance_adjustment", r.get("adjustments").size());
          }
        }
      }
    }
    assertThat(expected.get("entity")).isEqualTo(COUNT);
    assertThat(expected.get("event")).isGreaterThan(10L * COUNT);
  }

  private void add(String key, long n) {
    if (n > 0) {
      expected.merge(key, n, Long::sum);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "duckdb", "parquet"})
  void duckdbReadsBackTheNdjsonRowCounts(String format) throws SQLException {
    assertHoldsTheNdjsonRows(generate(format), format);
  }

  @Test
  void severalFormatsInOneRunWriteWhatEachWritesAlone() throws IOException, SQLException {
    Path combined = generate("ndjson,parquet,fhir", "combined");
    Path ndjson = dir.resolve("ndjson");
    for (String file : List.of("entities.ndjson", "events.ndjson")) {
      assertThat(combined.resolve(file)).hasSameBinaryContentAs(ndjson.resolve(file));
    }
    assertHoldsTheNdjsonRows(combined, "parquet");
    try (var patients = Files.lines(combined.resolve("Patient.ndjson"))) {
      assertThat(patients.count()).isEqualTo(COUNT);
    }
    RunManifest manifest = RunManifest.read(combined).orElseThrow();
    assertThat(manifest.run().formats()).containsExactly("ndjson", "parquet", "fhir");
    assertThat(RunManifest.verify(combined)).isEmpty();
  }

  @Test
  void aFormatNamedTwiceIsRefusedBeforeAnythingIsWritten() {
    Path out = dir.resolve("twice");
    Cli.Run run =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--count",
            "5",
            "--format",
            "csv,fhir,csv",
            "--out",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("format csv given twice").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  private void assertHoldsTheNdjsonRows(Path out, String format) throws SQLException {
    try (Connection conn =
        DriverManager.getConnection(
            format.equals("duckdb")
                ? "jdbc:duckdb:" + out.resolve("healthsim.duckdb")
                : "jdbc:duckdb:")) {
      Map<String, String> tables = tables(conn, out, format);
      Map<String, Long> actual = new TreeMap<>();
      BigDecimal actualPaid = BigDecimal.ZERO;
      for (Map.Entry<String, String> t : tables.entrySet()) {
        String name = t.getKey();
        String from = t.getValue();
        if (List.of(
                "entity",
                "entity_condition",
                "entity_medication",
                "entity_lab_value",
                "event",
                "claim_line",
                "remittance_adjustment")
            .contains(name)) {
          actual.put(name, count(conn, "SELECT count(*) FROM " + from));
        } else {
          try (Statement s = conn.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT record_type, count(*) FROM " + from + " GROUP BY record_type")) {
            while (r.next()) {
              actual.merge("record " + r.getString(1), r.getLong(2), Long::sum);
            }
          }
        }
        if (name.equals("claim")) {
          try (Statement s = conn.createStatement();
              ResultSet r =
                  s.executeQuery("SELECT sum(CAST(paid AS DECIMAL(18, 2))) FROM " + from)) {
            r.next();
            actualPaid = r.getBigDecimal(1);
          }
        }
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(actualPaid).isEqualByComparingTo(paid);
    }
  }

  /** Table name to what SQL reads it from. */
  private static Map<String, String> tables(Connection conn, Path out, String format)
      throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    if (format.equals("duckdb")) {
      try (Statement s = conn.createStatement();
          ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables")) {
        while (r.next()) {
          tables.put(r.getString(1), '"' + r.getString(1) + '"');
        }
      }
      return tables;
    }
    try (var files = Files.list(out)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith("." + format)) {
          String table = name.substring(0, name.length() - format.length() - 1);
          tables.put(
              table,
              (format.equals("csv") ? "read_csv('" : "read_parquet('") + f.toAbsolutePath() + "')");
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  private static long count(Connection conn, String sql) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void anExistingOutputNeedsOverwriteAndAFailedRunLeavesNoFile() throws IOException {
    Path out = generate("duckdb", "existing");
    long size = Files.size(out.resolve("healthsim.duckdb"));
    Cli.Run again =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--count",
            "10",
            "--format",
            "duckdb",
            "--quiet",
            "--out",
            out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("holds an earlier run (manifest.json); pass --overwrite");
    assertThat(Files.size(out.resolve("healthsim.duckdb"))).isEqualTo(size);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "healthsim.duckdb",
              "validation.txt",
              "calibration.txt",
              "calibration.json",
              "manifest.json",
              ".healthsim.lock");
    }
  }
}
