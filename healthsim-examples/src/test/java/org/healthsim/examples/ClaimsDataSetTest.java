package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsim.generation.output.RunDirectory;
import org.healthsim.generation.output.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsDataSetTest {

  @TempDir Path dir;

  @Test
  void writesTenThousandMembersToDuckDbAndPrintsTheAggregates() throws Exception {
    String out = MainOutput.of(ClaimsDataSet::main, dir.toString());
    assertThat(dir.resolve("healthsim.duckdb")).exists();
    assertThat(out)
        .startsWith("seed 42: 10,000 members of medicare-diabetic, ")
        .contains("claims per member:")
        .containsPattern("members_with_claims\\n +1[3-8]\\.\\d +\\d+ +\\d+(\\.\\d)? +\\d+ +10000")
        .contains("paid per month (plan payments, dollars):")
        .contains("2025-01 ")
        .contains("2025-12 ")
        .contains("top diagnoses on claims:")
        .containsPattern("E11\\.9 +Type 2 diabetes mellitus without complications");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "healthsim.duckdb",
              "validation.txt",
              "calibration.txt",
              "calibration.json",
              RunManifest.FILE,
              RunDirectory.LOCK);
    }
    assertThat(RunManifest.verify(dir)).isEmpty();
    // Same seed, same rows: ColumnarOutputOrderTest (healthsim-generation) holds DuckDB to it.
  }
}
