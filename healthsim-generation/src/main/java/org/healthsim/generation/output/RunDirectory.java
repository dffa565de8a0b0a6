package org.healthsim.generation.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.CrashPoints;
import org.healthsim.generation.internal.output.FileDigest;
import org.healthsim.generation.internal.output.PartialFiles;

/**
 * An output directory that holds one complete run, provably (docs/output-schema.md, "The
 * manifest"). Opening it takes an exclusive lock ({@code .healthsim.lock}), so a second run into
 * the same directory fails at once; removes the hidden {@code .partial} files of runs that died;
 * and refuses a directory that holds files no manifest names. The run writes its files under
 * temporary names (the {@link OutputFormat}s do), then:
 *
 * <ol>
 *   <li>{@link #put}: the output finishes its files under temporary names; then {@code
 *       manifest.json} is rewritten with {@code complete: false}, naming the earlier run's files
 *       and the output's, before the output renames its files into place; reports are written the
 *       same way ({@link #writeText});
 *   <li>{@link #commit}: files of the earlier run that this run did not write are removed, and
 *       {@code manifest.json} is written last, with {@code complete: true}, every file's size, rows
 *       and SHA-256.
 * </ol>
 *
 * A run that fails or is killed before step 1 rewrites the manifest (while writing or finishing its
 * files included) leaves the earlier run as it was; one killed after it leaves a manifest that says
 * incomplete (or none). Hidden files other than HealthSim's own are left alone and never count as a
 * run's files.
 *
 * <pre>{@code
 * try (RunDirectory run = RunDirectory.open(dir, overwrite);
 *     CohortOutput out = OutputFormat.CSV.open(dir, true, timelines)) {
 *   executor.generate(profile, n, out.sink(), progress);
 *   run.put(out);
 *   run.commit(description);
 * }
 * }</pre>
 */
public final class RunDirectory implements Closeable {

  /** The lock file's name. It stays in the directory (removing it would race with the next run). */
  public static final String LOCK = ".healthsim.lock";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Set<String> earlier;
  private final int partialsRemoved;
  private final Set<String> written = new LinkedHashSet<>();
  private final Set<String> declared;
  private final Thread cleanUp;
  private boolean markedIncomplete;

  private RunDirectory(
      Path dir, FileChannel lockChannel, FileLock lock, Set<String> earlier, int partialsRemoved) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.earlier = earlier;
    this.declared = new TreeSet<>(earlier);
    this.partialsRemoved = partialsRemoved;
    this.cleanUp = new Thread(this::removePartialsQuietly, "healthsim-partials-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUp);
  }

  /**
   * Takes {@code dir} for a run: creates it, locks it, removes stale partial files, and checks what
   * is already there.
   *
   * @param overwrite whether an earlier run in {@code dir} may be replaced
   * @throws RunDirectoryException when another run holds the directory, when it holds an earlier
   *     run and {@code overwrite} is false, or files that no manifest names
   */
  public static RunDirectory open(Path dir, boolean overwrite) throws IOException {
    if (dir.toString().isEmpty()) {
      throw new RunDirectoryException("the output directory must not be empty");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new RunDirectoryException(dir + ": is a file, not a directory");
    }
    Files.createDirectories(dir);
    Path lockFile = dir.resolve(LOCK);
    FileChannel channel =
        FileChannel.open(
            lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = holder(lockFile);
      channel.close();
      throw new RunDirectoryException(
          dir + ": another run is writing here" + (holder.isEmpty() ? "" : " (" + holder + ")"));
    }
    try {
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n")
                  .getBytes(StandardCharsets.UTF_8)));
      int removed = PartialFiles.removeStale(dir);
      Set<String> earlier = earlierRun(dir, overwrite);
      CrashPoints.reached();
      return new RunDirectory(dir, channel, lock, earlier, removed);
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /** The directory. */
  public Path dir() {
    return dir;
  }

  /** How many partial files of dead runs opening removed. */
  public int partialsRemoved() {
    return partialsRemoved;
  }

  /**
   * Puts {@code out}'s files in place: first {@code manifest.json} says {@code complete: false} and
   * names them (an output's {@link CohortOutput#targets}) beside the earlier run's, so that a run
   * killed from here on is seen as incomplete and the next run may replace everything it left; then
   * {@code out} renames them into place.
   */
  public void put(CohortOutput out) throws IOException {
    out.finish();
    declare(names(out.targets()));
    out.commit();
    written.addAll(names(out.files()));
  }

  /** Writes a report ({@code validation.txt}, ...) into the directory, complete or not at all. */
  public Path writeText(String name, String text) throws IOException {
    declare(List.of(name));
    Path target = dir.resolve(name);
    try (CompleteFile file = CompleteFile.create(target, true)) {
      file.stream().write(text.getBytes(StandardCharsets.UTF_8));
      file.commit();
    }
    written.add(name);
    return target;
  }

  /**
   * Names {@code names} in the incomplete manifest before they appear; the first call marks the
   * directory incomplete even when it names nothing new.
   */
  private void declare(Collection<String> names) throws IOException {
    if (declared.addAll(names) || !markedIncomplete) {
      writeManifest(RunManifest.incomplete(declared));
      markedIncomplete = true;
    }
  }

  private static List<String> names(Collection<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  /**
   * Finishes the run: removes the earlier run's files that this run did not write, and writes
   * {@code manifest.json} with {@code complete: true}.
   */
  public RunManifest commit(RunManifest.Run run) throws IOException {
    declare(List.of());
    for (String name : new TreeSet<>(earlier)) {
      if (!written.contains(name)) {
        CrashPoints.reached();
        Files.deleteIfExists(dir.resolve(name));
      }
    }
    List<RunManifest.Entry> entries = new ArrayList<>();
    for (String name : new TreeSet<>(written)) {
      entries.add(FileDigest.ofWritten(dir.resolve(name)));
    }
    RunManifest manifest = RunManifest.complete(run, entries);
    writeManifest(manifest);
    return manifest;
  }

  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanUp);
    } catch (IllegalStateException e) {
      // shutting down: the hook runs
    }
    try {
      lock.release();
    } finally {
      lockChannel.close();
    }
  }

  /** The names of the files in {@code dir} that a run may have written: every visible file. */
  static List<String> runFilesIn(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && !n.equals(RunManifest.FILE))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  private void writeManifest(RunManifest manifest) throws IOException {
    CrashPoints.reached();
    try (CompleteFile file = CompleteFile.create(dir.resolve(RunManifest.FILE), true)) {
      file.stream().write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
      file.commit();
    }
  }

  /**
   * The earlier run's files in {@code dir}: those its manifest names (an incomplete manifest names
   * every file its run was about to write). Any other file is refused.
   */
  private static Set<String> earlierRun(Path dir, boolean overwrite) throws IOException {
    List<String> present = runFilesIn(dir);
    Optional<RunManifest> manifest = RunManifest.read(dir);
    Set<String> ours = new LinkedHashSet<>();
    manifest.ifPresent(m -> ours.addAll(m.names()));
    List<String> foreign = present.stream().filter(n -> !ours.contains(n)).toList();
    if (!foreign.isEmpty()) {
      throw new RunDirectoryException(
          dir
              + ": holds files that no HealthSim manifest names ("
              + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
              + (foreign.size() > 5 ? ", ... " + foreign.size() + " in all" : "")
              + "); choose an empty or new directory, or remove them");
    }
    if (manifest.isPresent() && !overwrite) {
      throw new RunDirectoryException(
          dir
              + ": holds an earlier run ("
              + RunManifest.FILE
              + "); pass --overwrite to replace it");
    }
    ours.retainAll(present);
    return ours;
  }

  /**
   * On SIGINT or SIGTERM: no partial file of this run stays behind, including one its threads would
   * create while the hook runs ({@link PartialFiles#stop}).
   */
  void removePartialsQuietly() {
    try {
      PartialFiles.stop(dir);
    } catch (IOException e) {
      // the process is ending; the next run into the directory removes them
    }
  }

  private static String holder(Path lockFile) {
    try {
      return Files.readString(lockFile).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
