package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.ColumnType;
import org.healthsim.generation.internal.table.TableBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database is loaded on several threads; what goes wrong on one of them reaches the run. */
class DuckDbTableWriterTest {

  private static final List<Column> NOTE =
      List.of(Column.of("id", ColumnType.TEXT), Column.of("n", ColumnType.WHOLE));

  @TempDir Path dir;

  private static TableBatch batch(String table, int from, int to) {
    TableBatch batch = new TableBatch();
    for (int i = from; i < to; i++) {
      batch.add(table, NOTE, new Object[] {"N" + i, (long) i});
    }
    return batch;
  }

  @Test
  void tablesOnDifferentThreadsEachKeepTheirRowsInOrder() throws IOException, SQLException {
    Path db = dir.resolve("out.duckdb");
    try (DuckDbTableWriter writer = new DuckDbTableWriter(db, false)) {
      for (int start = 0; start < 50_000; start += 5_000) {
        writer.write(batch("a", start, start + 5_000));
        writer.write(batch("b", start, start + 5_000));
      }
      writer.commit();
    }
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = conn.createStatement()) {
      for (String table : List.of("a", "b")) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE n <> rowid), max(n) FROM " + table)) {
          r.next();
          assertThat(r.getLong(1)).isEqualTo(50_000);
          assertThat(r.getLong(2)).as(table + ": rows out of order").isZero();
          assertThat(r.getLong(3)).isEqualTo(49_999);
        }
      }
    }
  }

  @Test
  void aFailureOnAnAppendingThreadEndsTheLoadAndLeavesNoFile() throws IOException {
    Path db = dir.resolve("bad.duckdb");
    TableBatch bad = new TableBatch();
    bad.add("note", NOTE, new Object[] {42L, 1L});

    try (DuckDbTableWriter writer = new DuckDbTableWriter(db, false)) {
      writer.write(batch("note", 0, 10));
      writer.write(bad);
      assertThatThrownBy(writer::commit).isInstanceOf(ClassCastException.class);
    }

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
