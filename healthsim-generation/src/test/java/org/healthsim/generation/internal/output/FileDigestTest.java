package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.healthsim.generation.output.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest taken while writing is the digest of the file as read back. */
class FileDigestTest {

  @TempDir Path dir;

  private Path write(String name, String... chunks) throws IOException {
    Path target = dir.resolve(name);
    try (CompleteFile file = CompleteFile.create(target, true)) {
      for (String chunk : chunks) {
        file.stream().write(chunk.getBytes(StandardCharsets.UTF_8));
      }
      file.commit();
    }
    return target;
  }

  @Test
  void anNdjsonFileDigestedAsWrittenEqualsItsDigestReadBack() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      big.append("{\"entity_id\":\"E").append(i).append("\",\"age\":").append(i % 90).append("}\n");
    }
    Path file = write("entities.ndjson", big.toString(), "{\"last\":true}\n");

    RunManifest.Entry written = FileDigest.ofWritten(file);
    assertThat(written).isEqualTo(FileDigest.of(file, true));
    assertThat(written.rows()).isEqualTo(60_001);
    assertThat(written.bytes()).isGreaterThan(1 << 20);
  }

  @Test
  void aCsvRecordWithAQuotedLineBreakCountsOnce() throws IOException {
    Path file = write("claim.csv", "id,note\n1,\"two\nlines\"\n", "2,plain\n");

    RunManifest.Entry written = FileDigest.ofWritten(file);
    assertThat(written).isEqualTo(FileDigest.of(file, true));
    assertThat(written.rows()).isEqualTo(2);
  }

  @Test
  void aFileChangedAfterItsCommitIsReadAgain() throws IOException {
    Path file = write("events.ndjson", "{\"a\":1}\n");
    Files.writeString(file, "{\"b\":2}\n", StandardOpenOption.APPEND);

    RunManifest.Entry entry = FileDigest.ofWritten(file);
    assertThat(entry.rows()).isEqualTo(2);
    assertThat(entry).isEqualTo(FileDigest.of(file, true));
  }
}
