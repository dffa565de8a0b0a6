package org.healthsim.generation.internal.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row count comes from any writer's footer: DuckDB's, with its statistics, key-value metadata
 * and several row groups, to skip; and a file that is not Parquet is named in the error.
 */
class ParquetFooterTest {

  @TempDir Path dir;

  @Test
  void readsTheRowCountOfAFileDuckDbWrote() throws IOException, SQLException {
    Path file = dir.resolve("duck.parquet").toAbsolutePath();
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = conn.createStatement()) {
      s.execute(
          "COPY (SELECT i, 'x' || i AS label, [i, i + 1] AS pair, i % 2 = 0 AS even"
              + " FROM range(300007) t(i)) TO '"
              + file
              + "' (FORMAT parquet, ROW_GROUP_SIZE 100000, KV_METADATA {origin: 'test'})");
    }
    assertThat(ParquetFooter.rows(file)).isEqualTo(300_007);
  }

  @Test
  void aFileThatIsNotParquetIsNamed() throws IOException {
    Path text = Files.writeString(dir.resolve("claim.parquet"), "entity_id,claim_id\nE1,C1\n");
    assertThatThrownBy(() -> ParquetFooter.rows(text))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not a Parquet file");

    Path cut = dir.resolve("cut.parquet");
    Files.write(
        cut, new byte[] {'P', 'A', 'R', '1', 0, 0, 0, 0, 0x7f, 0, 0, 0, 'P', 'A', 'R', '1'});
    assertThatThrownBy(() -> ParquetFooter.rows(cut))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("does not fit");
  }
}
