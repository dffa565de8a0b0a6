package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A tmpfs of a few megabytes mounted for a test, to fill a disk on purpose. Mounting needs root:
 * where it is not allowed the test is skipped (an assumption, not a pass).
 */
final class SmallFileSystem implements AutoCloseable {

  private final Path dir;

  private SmallFileSystem(Path dir) {
    this.dir = dir;
  }

  /** Mounts a tmpfs of {@code megabytes} on a new directory {@code dir}. */
  static SmallFileSystem mount(Path dir, int megabytes) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Process mount =
        new ProcessBuilder(
                "mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", "" + dir)
            .redirectErrorStream(true)
            .start();
    mount.getInputStream().readAllBytes();
    Assumptions.assumeTrue(mount.waitFor() == 0, "mounting a small tmpfs needs root");
    return new SmallFileSystem(dir);
  }

  /** The mounted directory. */
  Path dir() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    try {
      new ProcessBuilder("umount", dir.toString()).start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted unmounting " + dir, e);
    }
  }
}
