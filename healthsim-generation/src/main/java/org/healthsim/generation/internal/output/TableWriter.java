package org.healthsim.generation.internal.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.generation.internal.table.TableBatch;

/**
 * Writes batches of table rows, in order, to some storage (CSV files, a DuckDB database, Parquet
 * files). Nothing appears under its final name before {@link #commit}; closing without committing
 * discards what was written and leaves existing files alone.
 */
public interface TableWriter extends Closeable {

  /**
   * A batch for the rows of a chunk of entities, made on the generating thread: by default one
   * whose tables keep their rows; a writer that encodes rows as they come gives its encoders.
   */
  default TableBatch newBatch() {
    return new TableBatch();
  }

  /**
   * Called on the generating thread that made {@code batch}, before the batches are handed to
   * {@link #write} in order: a writer that encodes rows into bytes does it here, in parallel (CSV
   * does; see {@link org.healthsim.generation.internal.table.Table#encode}). By default nothing.
   */
  default void prepare(TableBatch batch) {}

  /** Appends {@code batch}'s rows. Tables are created when their first row comes. */
  void write(TableBatch batch) throws IOException;

  /** The files {@link #commit} will put in place, for what has been written so far. */
  List<Path> targets();

  /**
   * Completes every file or database under its temporary name (flushes, commits, exports): what can
   * still fail, before anything is renamed. By default nothing.
   */
  default void finish() throws IOException {}

  /** Finishes when not yet finished: every file or database appears under its final name. */
  void commit() throws IOException;

  /** The files written (after {@link #commit}). */
  List<Path> files();
}
