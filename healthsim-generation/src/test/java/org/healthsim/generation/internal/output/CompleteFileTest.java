package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompleteFileTest {

  @TempDir Path dir;

  @Test
  void theFileAppearsOnlyWhenCommitted() throws IOException {
    Path target = dir.resolve("entities.ndjson");
    try (CompleteFile file = CompleteFile.create(target, false)) {
      file.stream().write("line\n".getBytes(StandardCharsets.UTF_8));
      assertThat(target).doesNotExist();
      file.commit();
    }
    assertThat(target).hasContent("line");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void theFileHasThePermissionsOfAnyNewFile() throws IOException {
    // A temporary file would be owner-only; output should be as readable as anything else written.
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path target = dir.resolve("entities.ndjson");
    try (CompleteFile file = CompleteFile.create(target, false)) {
      file.commit();
    }
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(target))
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  @Test
  void aFailedRunLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("entities.ndjson");
    assertThatThrownBy(
            () -> {
              try (CompleteFile file = CompleteFile.create(target, false)) {
                file.stream().write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
              }
            })
        .hasMessage("disk full");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anExistingFileIsKeptUnlessOverwriting() throws IOException {
    Path target = dir.resolve("entities.ndjson");
    Files.writeString(target, "precious");
    assertThatThrownBy(() -> CompleteFile.create(target, false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(target).hasContent("precious");
    try (CompleteFile file = CompleteFile.create(target, true)) {
      file.stream().write("new".getBytes(StandardCharsets.UTF_8));
      assertThat(target).hasContent("precious");
      file.commit();
    }
    assertThat(target).hasContent("new");
  }
}
