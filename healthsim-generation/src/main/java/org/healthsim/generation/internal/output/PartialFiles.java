package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hidden {@code .partial} files a run writes before renaming them into place, and the one lock
 * that keeps a stopping run from leaving any behind.
 *
 * <p>On SIGTERM the run directory's shutdown hook removes its partial files while the run's threads
 * keep running until the JVM halts. A partial file created after the hook listed the directory
 * would survive. So every partial file is created through {@link #create}, and the hook calls
 * {@link #stop}: both hold this class's lock, and once a directory is stopped no partial file is
 * created in it again (creating one throws).
 */
public final class PartialFiles {

  /** Directories whose run is stopping (absolute, normalized). Guarded by the class. */
  private static final Set<Path> STOPPED = new HashSet<>();

  private PartialFiles() {}

  /** Creates a partial file ({@code creation} makes it), unless its directory's run is stopping. */
  public static synchronized <T> T create(Path partial, Creation<T> creation) throws IOException {
    Path dir = directory(partial.toAbsolutePath().getParent());
    if (STOPPED.contains(dir)) {
      throw new IOException(
          dir + ": the run is stopping; " + partial.getFileName() + " was not created");
    }
    return creation.create();
  }

  /**
   * Removes the partial files of dead runs from {@code dir}, which a new run now holds (its lock
   * taken), and lets partial files be created in it again.
   *
   * @return how many were removed
   */
  public static synchronized int removeStale(Path dir) throws IOException {
    STOPPED.remove(directory(dir));
    return removeAll(dir);
  }

  /**
   * Stops {@code dir}'s run: removes its partial files, and refuses every partial file created in
   * it from now on.
   */
  public static synchronized void stop(Path dir) throws IOException {
    STOPPED.add(directory(dir));
    removeAll(dir);
  }

  /** Whether {@code file}'s name is a HealthSim partial file's (a DuckDB write-ahead log too). */
  public static boolean isPartial(Path file) {
    String n = file.getFileName().toString();
    return n.startsWith(".") && (n.endsWith(".partial") || n.endsWith(".partial.wal"));
  }

  private static int removeAll(Path dir) throws IOException {
    List<Path> partials = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(PartialFiles::isPartial).forEach(partials::add);
    }
    for (Path p : partials) {
      Files.deleteIfExists(p);
    }
    return partials.size();
  }

  private static Path directory(Path dir) {
    return dir.toAbsolutePath().normalize();
  }

  /** Makes a partial file. */
  @FunctionalInterface
  public interface Creation<T> {
    T create() throws IOException;
  }
}
