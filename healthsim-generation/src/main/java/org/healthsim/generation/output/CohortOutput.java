package org.healthsim.generation.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.generation.profile.EntitySink;

/**
 * Where a generation run writes, in one of the {@link OutputFormat}s: the sink the executor streams
 * entities to (their events are built and written with them), then {@link #finish} to complete
 * every file under a temporary name and {@link #commit} to give each its final name. Closing
 * without committing leaves no file that looks complete.
 *
 * <pre>{@code
 * try (CohortOutput out = OutputFormat.CSV.open(dir, false, timelines)) {
 *   executor.generate(profile, 1_000_000, out.sink(), progress);
 *   out.finish();
 *   out.commit();
 * }
 * }</pre>
 */
public interface CohortOutput extends Closeable {

  /** The sink to give {@code ProfileExecutor.generate}. */
  EntitySink<?> sink();

  /** How many events have been written. */
  long eventsWritten();

  /** The files {@link #commit} will put in place, known once the sink has been written. */
  List<Path> targets();

  /**
   * Completes every file under its temporary name: whatever can still fail (the last buffers, a
   * database's commit and checkpoint, an export) happens here, before any file is renamed, so a
   * full disk leaves the earlier run in the directory as it was. {@link #commit} calls it when it
   * has not been called. By default nothing.
   */
  default void finish() throws IOException {}

  /** Finishes when not yet finished, and gives every file its final name. */
  void commit() throws IOException;

  /** The files written, after {@link #commit}. */
  List<Path> files();
}
