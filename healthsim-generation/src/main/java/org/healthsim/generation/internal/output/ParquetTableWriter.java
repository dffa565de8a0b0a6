package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.healthsim.generation.internal.table.TableBatch;

/**
 * One Parquet file per table in a directory, exported with DuckDB's {@code COPY ... (FORMAT
 * parquet)} from a temporary DuckDB database (on disk, beside the output, so the cohort is never
 * held in memory) that is deleted afterwards.
 */
public final class ParquetTableWriter implements TableWriter {

  private final Path dir;
  private final boolean overwrite;
  private final DuckDbTableWriter staging;
  private final List<Path> written = new ArrayList<>();
  private final List<Path> partials = new ArrayList<>();
  private boolean finished;

  /**
   * @throws FileAlreadyExistsException when {@code dir} holds Parquet files and {@code overwrite}
   *     is false
   */
  public ParquetTableWriter(Path dir, boolean overwrite) throws IOException {
    this.dir = dir;
    this.overwrite = overwrite;
    Files.createDirectories(dir);
    if (!overwrite) {
      try (Stream<Path> existing = Files.list(dir)) {
        Path file =
            existing.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElse(null);
        if (file != null) {
          throw new FileAlreadyExistsException(
              file + " exists; pass --overwrite to replace the Parquet files in " + dir);
        }
      }
    }
    this.staging = new DuckDbTableWriter(dir.resolve("parquet-staging.duckdb"), true);
  }

  @Override
  public void write(TableBatch batch) throws IOException {
    staging.write(batch);
  }

  @Override
  public List<Path> targets() {
    return staging.tables().stream().map(t -> dir.resolve(t + ".parquet")).toList();
  }

  /** Exports every table to a hidden partial file, then deletes the staging database. */
  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    // No checkpoint: the staging database is read once, by COPY, and then deleted.
    staging.load();
    try (Statement s = staging.connection().createStatement()) {
      for (String table : staging.tables()) {
        Path partial = dir.resolve("." + table + ".parquet.partial");
        partials.add(partial);
        s.execute(
            "COPY \""
                + table
                + "\" TO '"
                + partial.toAbsolutePath().toString().replace("'", "''")
                + "' (FORMAT parquet)");
      }
    } catch (SQLException e) {
      throw new IOException(dir + ": " + e.getMessage(), e);
    }
    staging.close();
    finished = true;
  }

  @Override
  public void commit() throws IOException {
    finish();
    for (Path partial : partials) {
      String name = partial.getFileName().toString();
      Path target = dir.resolve(name.substring(1, name.length() - ".partial".length()));
      if (!overwrite && Files.exists(target)) {
        throw new FileAlreadyExistsException(target + " appeared while writing; not replaced");
      }
      CrashPoints.reached();
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      written.add(target);
      CrashPoints.reached();
    }
    partials.clear();
  }

  @Override
  public List<Path> files() {
    return List.copyOf(written);
  }

  @Override
  public void close() throws IOException {
    try {
      staging.close();
    } finally {
      for (Path partial : partials) {
        Files.deleteIfExists(partial);
      }
    }
  }
}
