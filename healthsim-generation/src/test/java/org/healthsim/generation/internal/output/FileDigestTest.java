package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
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

  /** Rows counted word by word equal rows counted byte by byte, at any offset and split. */
  @Test
  void rowsAreCountedAsByteByByteWhateverTheWritesSizes() {
    Random random = new Random(7);
    byte[] alphabet = "ab,\"\n\u00e9".getBytes(StandardCharsets.UTF_8);
    for (String name : List.of("claim.csv", "events.ndjson")) {
      for (int trial = 0; trial < 200; trial++) {
        byte[] text = new byte[random.nextInt(300)];
        for (int i = 0; i < text.length; i++) {
          text[i] = alphabet[random.nextInt(alphabet.length)];
        }
        FileDigest.Running running = new FileDigest.Running(name, true);
        for (int at = 0; at < text.length; ) {
          int length = Math.min(text.length - at, random.nextInt(40));
          running.update(text, at, length);
          at += length;
        }
        assertThat(running.entry().rows()).as(name + " " + trial).isEqualTo(rows(text, name));
      }
    }
  }

  /** The rule written out byte by byte: a line end outside quotes (CSV) ends a row. */
  private static long rows(byte[] text, String name) {
    boolean csv = name.endsWith(".csv");
    boolean quoted = false;
    long lines = 0;
    for (byte b : text) {
      if (csv && b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        lines++;
      }
    }
    return csv ? Math.max(0, lines - 1) : lines;
  }

  @Test
  void bytesEqualMarksExactlyTheEqualBytes() {
    Random random = new Random(3);
    for (int trial = 0; trial < 10_000; trial++) {
      long word = random.nextLong();
      if (trial % 3 == 0) {
        word = (word & 0xFF00FF00FF00FF00L) | 0x000A000A000A000AL;
      }
      long expected = 0;
      for (int i = 0; i < 8; i++) {
        if (((word >>> (8 * i)) & 0xFF) == 0x0A) {
          expected |= 0x80L << (8 * i);
        }
      }
      assertThat(FileDigest.Running.bytesEqual(word, 0x0A0A0A0A0A0A0A0AL)).isEqualTo(expected);
    }
  }
}
