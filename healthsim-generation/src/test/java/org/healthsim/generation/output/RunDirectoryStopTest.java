package org.healthsim.generation.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.PartialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shutdown hook of a run directory (SIGINT, SIGTERM) against the run's threads, which keep
 * creating files until the JVM halts.
 */
class RunDirectoryStopTest {

  @TempDir Path dir;

  @Test
  void aFileCreatedWhileTheHookRunsDoesNotSurviveIt() throws Exception {
    Path out = dir.resolve("run");
    try (RunDirectory run = RunDirectory.open(out, false)) {
      CountDownLatch creating = new CountDownLatch(10);
      AtomicReference<IOException> refused = new AtomicReference<>();
      // A run's thread: opens output files one after another, each left open as a killed run
      // leaves them, until it may not.
      Thread writer =
          new Thread(
              () -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                CompleteFile previous = null;
                try {
                  for (int i = 0; System.nanoTime() < deadline; i++) {
                    CompleteFile next = CompleteFile.create(out.resolve("part" + i), false);
                    if (previous != null) {
                      previous.close();
                    }
                    previous = next;
                    creating.countDown();
                  }
                } catch (IOException e) {
                  refused.set(e);
                } finally {
                  closeQuietly(previous);
                }
              });
      writer.start();
      assertThat(creating.await(10, TimeUnit.SECONDS)).isTrue();

      run.removePartialsQuietly(); // what the hook does, while the writer still creates files

      writer.join();
      assertThat(refused.get())
          .as("the writer was refused once the hook had run")
          .isNotNull()
          .hasMessageContaining("the run is stopping");
      assertThat(partialsIn(out)).as("partial files after the hook").isEmpty();
    }
  }

  @Test
  void aStoppedDirectoryTakesNoNewPartialFileUntilANewRunOpensIt() throws IOException {
    Path out = dir.resolve("run");
    try (RunDirectory run = RunDirectory.open(out, false)) {
      CompleteFile open = CompleteFile.create(out.resolve("entities.ndjson"), false);
      assertThat(partialsIn(out)).hasSize(1);

      run.removePartialsQuietly();

      assertThat(partialsIn(out)).isEmpty();
      assertThatThrownBy(() -> CompleteFile.create(out.resolve("events.ndjson"), false))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith(out.toAbsolutePath() + ": the run is stopping; .events.ndjson.");
      assertThat(partialsIn(out)).isEmpty();
      open.close();
    }
    try (RunDirectory next = RunDirectory.open(out, false);
        CompleteFile file = CompleteFile.create(out.resolve("entities.ndjson"), false)) {
      assertThat(next.dir()).isEqualTo(out);
      file.commit();
    }
    assertThat(out.resolve("entities.ndjson")).exists();
  }

  private static void closeQuietly(CompleteFile file) {
    try {
      if (file != null) {
        file.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> partialsIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(PartialFiles::isPartial).toList();
    }
  }
}
