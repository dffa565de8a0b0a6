package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.healthsim.generation.output.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example writes one complete run that its own manifest verifies. */
class LibraryQuickStartTest {

  @TempDir Path dir;

  @Test
  void writesACompleteRunWithItsManifest() throws Exception {
    String out = MainOutput.of(LibraryQuickStart::main, dir.toString());

    assertThat(out).isEqualTo("seed 42: 1,000 members in " + dir + " (validation ok)\n");
    RunManifest manifest = RunManifest.read(dir).orElseThrow();
    assertThat(manifest.complete()).isTrue();
    assertThat(manifest.files())
        .extracting(RunManifest.Entry::name)
        .containsExactly(
            "calibration.json",
            "calibration.txt",
            "entities.ndjson",
            "events.ndjson",
            "validation.txt");
    assertThat(RunManifest.verify(dir)).isEmpty();
  }
}
