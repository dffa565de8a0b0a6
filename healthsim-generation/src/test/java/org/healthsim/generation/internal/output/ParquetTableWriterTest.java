package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.healthsim.generation.internal.parquet.ParquetFooter;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.ColumnType;
import org.healthsim.generation.internal.table.TableBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet files are our own encoding, so they are read back by another implementation, DuckDB's
 * Parquet reader: every column type with and without values, lists empty and absent, text beyond
 * ASCII, and row groups with their statistics.
 */
class ParquetTableWriterTest {

  private static final List<Column> EVERY_TYPE =
      List.of(
          Column.of("text", ColumnType.TEXT),
          Column.of("whole", ColumnType.WHOLE),
          Column.of("number", ColumnType.NUMBER),
          new Column("amount", ColumnType.DECIMAL, 2),
          Column.of("flag", ColumnType.BOOLEAN),
          Column.of("day", ColumnType.DATE),
          Column.of("codes", ColumnType.TEXT_LIST),
          Column.of("counts", ColumnType.WHOLE_LIST));

  /** Rows of every type; each column has a null somewhere, and the booleans fill 1.5 bytes. */
  private static final List<Object[]> ROWS =
      List.of(
          row("plain", 1L, 1.5, "12.35", true, "2025-03-01", List.of("E11.9", "I10"), List.of(1)),
          row(null, -7L, null, "-0.50", false, "1900-01-01", List.of(), List.of(2, 3)),
          row("Zoë, 東京 \"q\"", null, -0.0, null, null, null, null, null),
          row("", Long.MAX_VALUE, 1e300, "0.00", true, "2099-12-31", List.of("ü"), List.of()),
          row(
              "x",
              Long.MIN_VALUE + 1,
              2.0,
              "9999999999999999.99",
              false,
              "2025-12-31",
              List.of("a", "b", "c"),
              List.of(-1, 0, 1)),
          row("y", 0L, 3.25, "-9999999999999999.99", true, "1970-01-01", List.of("d"), List.of(7)),
          row("z", 5L, 4.0, "1.00", true, "2025-01-02", List.of("e"), List.of(8)),
          row("w", 6L, 5.0, "2.00", false, "2025-01-03", List.of("f"), List.of(9)),
          row("v", 7L, 6.0, "3.00", true, "2025-01-04", List.of("g"), List.of(10)),
          row("u", 8L, 7.0, "4.00", true, "2025-01-05", List.of("h"), List.of(11)),
          row("t", 9L, 8.0, "5.00", false, "2025-01-06", List.of("i"), List.of(12)),
          row("s", 10L, 9.0, "6.00", true, "2025-01-07", List.of("j"), List.of(13)),
          row(
              "r",
              11L,
              10.0,
              "7.00",
              false,
              "2025-01-08",
              Arrays.asList("k", null),
              Arrays.asList(null, 14)));

  @TempDir Path dir;

  private static Object[] row(
      String text,
      Long whole,
      Double number,
      String amount,
      Boolean flag,
      String day,
      List<String> codes,
      List<Integer> counts) {
    return new Object[] {
      text,
      whole,
      number,
      amount == null ? null : new BigDecimal(amount),
      flag,
      day == null ? null : LocalDate.parse(day),
      codes,
      counts
    };
  }

  /** Each value as DuckDB gives it back as text, rows in file order. */
  private static List<String> readBack(Path file, int columns) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT * EXCLUDE (file_row_number) FROM read_parquet('"
                    + file
                    + "', file_row_number = true) ORDER BY file_row_number")) {
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? " | " : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /**
   * The rows as {@link #readBack} gives them: DuckDB's JDBC text is Java's for these values, but
   * for a null inside a list, which DuckDB prints as {@code NULL}.
   */
  private static List<String> printed(List<Object[]> rows) {
    List<String> printed = new ArrayList<>();
    for (Object[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String value =
            row[i] instanceof List<?> list
                ? list.stream().map(v -> v == null ? "NULL" : v.toString()).toList().toString()
                : String.valueOf(row[i]);
        line.append(i > 0 ? " | " : "").append(value);
      }
      printed.add(line.toString());
    }
    return printed;
  }

  private static List<String> typesOf(Path file) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = conn.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
      while (r.next()) {
        types.add(r.getString("column_name") + " " + r.getString("column_type"));
      }
    }
    return types;
  }

  @Test
  void everyColumnTypeReadsBackThroughDuckDb() throws IOException, SQLException {
    try (ParquetTableWriter writer = new ParquetTableWriter(dir, false)) {
      // Rows encoded as they are added (the generating path) and rows kept, then encoded.
      TableBatch streamed = writer.newBatch();
      TableBatch kept = new TableBatch();
      for (int i = 0; i < ROWS.size(); i++) {
        (i < 5 ? streamed : kept).add("note", EVERY_TYPE, ROWS.get(i));
      }
      writer.prepare(streamed);
      writer.write(streamed);
      writer.write(kept);
      writer.commit();
      assertThat(writer.files()).containsExactly(dir.resolve("note.parquet"));
    }
    Path file = dir.resolve("note.parquet");

    assertThat(typesOf(file))
        .containsExactly(
            "text VARCHAR",
            "whole BIGINT",
            "number DOUBLE",
            "amount DECIMAL(18,2)",
            "flag BOOLEAN",
            "day DATE",
            "codes VARCHAR[]",
            "counts INTEGER[]");
    List<String> expected = printed(ROWS);
    assertThat(expected.get(2))
        .isEqualTo("Zoë, 東京 \"q\" | null | -0.0 | null | null | null | null | null");
    assertThat(readBack(file, EVERY_TYPE.size())).containsExactlyElementsOf(expected);
  }

  @Test
  void largeTablesSplitIntoRowGroupsWithEachGroupsMinAndMax() throws IOException, SQLException {
    List<Column> columns =
        List.of(
            Column.of("id", ColumnType.WHOLE),
            Column.of("label", ColumnType.TEXT),
            Column.of("tags", ColumnType.TEXT_LIST));
    int batches = 25;
    int perBatch = 10_000;
    long nulls = 0;
    long tagCount = 0;
    try (ParquetTableWriter writer = new ParquetTableWriter(dir, false)) {
      for (int b = 0; b < batches; b++) {
        TableBatch batch = writer.newBatch();
        for (int i = b * perBatch; i < (b + 1) * perBatch; i++) {
          // Runs of nulls and values of many lengths: run-length and bit-packed levels alike.
          boolean absent = (i / 3) % 11 == 0 || (i % 1000 > 990);
          nulls += absent ? 1 : 0;
          List<String> tags =
              i % 5 == 0
                  ? null
                  : List.of("t" + i % 4, "u").subList(0, i % 3 == 0 ? 0 : i % 3 == 1 ? 1 : 2);
          tagCount += tags == null ? 0 : tags.size();
          batch.add("big", columns, new Object[] {(long) i, absent ? null : "L" + i, tags});
        }
        writer.prepare(batch);
        writer.write(batch);
      }
      writer.commit();
    }
    Path file = dir.resolve("big.parquet").toAbsolutePath();
    assertThat(ParquetFooter.rows(file)).isEqualTo((long) batches * perBatch);
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = conn.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*), count(*) FILTER (WHERE label IS NULL),"
                  + " count(*) FILTER (WHERE label <> 'L' || id),"
                  + " count(*) FILTER (WHERE id <> file_row_number), sum(len(tags))"
                  + " FROM read_parquet('"
                  + file
                  + "', file_row_number = true)")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo((long) batches * perBatch);
        assertThat(r.getLong(2)).isEqualTo(nulls);
        assertThat(r.getLong(3)).as("labels not matching their id").isZero();
        assertThat(r.getLong(4)).as("rows out of order").isZero();
        assertThat(r.getLong(5)).isEqualTo(tagCount);
      }
      // 13 batches reach 122,880 rows: a group of 130,000, then the other 120,000.
      List<String> groups = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT row_group_num_rows, stats_min_value, stats_max_value, stats_null_count"
                  + " FROM parquet_metadata('"
                  + file
                  + "') WHERE path_in_schema = 'id' ORDER BY row_group_id")) {
        while (r.next()) {
          groups.add(
              r.getLong(1) + " " + r.getString(2) + ".." + r.getString(3) + " " + r.getLong(4));
        }
      }
      assertThat(groups).containsExactly("130000 0..129999 0", "120000 130000..249999 0");
      // DuckDB prunes row groups by their min and max: the answer must not change.
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM read_parquet('" + file + "') WHERE id BETWEEN 5 AND 9")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(5);
      }
    }
  }

  @Test
  void anInterruptedRunLeavesNoFileAndExistingFilesNeedOverwrite() throws IOException {
    TableBatch batch = new TableBatch();
    batch.add("note", EVERY_TYPE, ROWS.get(0));
    try (ParquetTableWriter writer = new ParquetTableWriter(dir, false)) {
      writer.write(batch);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    Files.writeString(dir.resolve("note.parquet"), "keep me");
    assertThatThrownBy(() -> new ParquetTableWriter(dir, false))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("pass --overwrite");
    try (ParquetTableWriter writer = new ParquetTableWriter(dir, true)) {
      writer.write(batch);
    }
    assertThat(Files.readString(dir.resolve("note.parquet"))).isEqualTo("keep me");
  }

  @Test
  void aTableKeepsItsColumnsAndDecimalsMustFit() throws IOException {
    try (ParquetTableWriter writer = new ParquetTableWriter(dir, false)) {
      TableBatch first = new TableBatch();
      first.add("note", EVERY_TYPE, ROWS.get(0));
      writer.write(first);
      TableBatch other = new TableBatch();
      other.add("note", EVERY_TYPE.subList(0, 2), Arrays.copyOf(ROWS.get(0), 2));
      assertThatThrownBy(() -> writer.write(other))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("table note changed columns");
      assertThatThrownBy(() -> writer.newBatch().add("note", EVERY_TYPE, new Object[2]))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("table note: a row of 2 values for 8 columns");

      TableBatch tooLarge = new TableBatch();
      Object[] row = ROWS.get(0).clone();
      row[3] = new BigDecimal("10000000000000000.00");
      tooLarge.add("note", EVERY_TYPE, row);
      assertThatThrownBy(() -> writer.write(tooLarge))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("table note, column amount: 10000000000000000.00")
          .hasMessageContaining("does not fit DECIMAL(18, 2)");
      row[3] = new BigDecimal("1e30");
      TableBatch beyondLong = new TableBatch();
      beyondLong.add("note", EVERY_TYPE, row);
      assertThatThrownBy(() -> writer.write(beyondLong))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("column amount: 1E+30 does not fit");
    }
  }
}
