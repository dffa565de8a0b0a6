package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A full disk is reported with the file being written, not only "No space left on device". */
class NamedOutputStreamTest {

  @Test
  void aFullDiskNamesTheFile() throws IOException {
    Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC
    Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full on this machine");
    Path target = Path.of("out", "events.ndjson");

    try (OutputStream out = new NamedOutputStream(new FileOutputStream(full.toFile()), target)) {
      assertThatThrownBy(() -> out.write(new byte[] {'{', '}', '\n'}, 0, 3))
          .isInstanceOf(IOException.class)
          .hasMessage(target + ": No space left on device");
    }
  }
}
