package org.healthsim.generation.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthsim.generation.HealthSim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several formats in one run: each entity's timeline is built once for all of them, each format's
 * files are the bytes it writes alone, and the manifest lists every format.
 */
class CombinedFormatTest {

  @TempDir Path dir;

  private static HealthSim cohort(AtomicInteger timelines) {
    return HealthSim.cohort("medicare-diabetic")
        .journeys("diabetic-first-year")
        .count(300)
        .seed(11)
        .threads(2)
        .observe((entity, timeline) -> timelines.incrementAndGet());
  }

  @Test
  void eachFormatWritesWhatItWritesAloneFromTimelinesBuiltOnce() throws IOException {
    AtomicInteger built = new AtomicInteger();
    cohort(built)
        .writeTo(
            OutputFormats.combined(List.of(OutputFormat.NDJSON, OutputFormat.CSV)),
            dir.resolve("both"));
    assertThat(built).hasValue(300);

    cohort(new AtomicInteger()).writeTo(OutputFormat.NDJSON, dir.resolve("ndjson"));
    cohort(new AtomicInteger()).writeTo(OutputFormat.CSV, dir.resolve("csv"));
    for (String file : List.of("entities.ndjson", "events.ndjson")) {
      assertThat(dir.resolve("both").resolve(file))
          .hasSameBinaryContentAs(dir.resolve("ndjson").resolve(file));
    }
    try (var csv = Files.list(dir.resolve("csv"))) {
      for (Path f : csv.filter(p -> p.toString().endsWith(".csv")).toList()) {
        assertThat(dir.resolve("both").resolve(f.getFileName())).hasSameBinaryContentAs(f);
      }
    }
    RunManifest manifest = RunManifest.read(dir.resolve("both")).orElseThrow();
    assertThat(manifest.run().formats()).containsExactly("ndjson", "csv");
    assertThat(RunManifest.verify(dir.resolve("both"))).isEmpty();
  }

  @Test
  void aFormatNamedTwiceOrAloneIsRefused() {
    assertThatThrownBy(
            () ->
                OutputFormats.combined(
                    List.of(OutputFormat.CSV, OutputFormat.NDJSON, OutputFormat.CSV)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format csv given twice");
    assertThatThrownBy(() -> OutputFormats.combined(List.of(OutputFormat.CSV)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two formats");
  }
}
