package org.healthsim.generation.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.generation.profile.EntitySink;

/**
 * Where a generation run writes, in one of the {@link OutputFormat}s: the sink the executor streams
 * entities to (their events are built and written with them), then {@link #commit} to give every
 * file its final name. Closing without committing leaves no file that looks complete.
 *
 * <pre>{@code
 * try (CohortOutput out = OutputFormat.CSV.open(dir, false, timelines)) {
 *   executor.generate(profile, 1_000_000, out.sink(), progress);
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

  /** Gives every file its final name. */
  void commit() throws IOException;

  /** The files written, after {@link #commit}. */
  List<Path> files();
}
