package org.healthsim.generation.output;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.BuiltInFormat;

/**
 * A way to write a cohort (docs/output-schema.md): the four built-in ones below, and any an
 * application adds ({@link OutputFormats#register}, docs/extending.md). Each streams: none holds
 * the cohort in memory.
 *
 * <ul>
 *   <li>{@link #NDJSON}: {@code entities.ndjson} and, with journeys, {@code events.ndjson};
 *   <li>{@link #CSV}: one CSV file per table;
 *   <li>{@link #DUCKDB}: {@code healthsim.duckdb}, one table per kind of row, through DuckDB's
 *       appender;
 *   <li>{@link #PARQUET}: one Parquet file per table, encoded by {@code internal.parquet}.
 * </ul>
 */
public interface OutputFormat {

  /** {@code entities.ndjson} and, with journeys, {@code events.ndjson}. */
  OutputFormat NDJSON = BuiltInFormat.constant(BuiltInFormat.Kind.NDJSON);

  /** One CSV file per table. */
  OutputFormat CSV = BuiltInFormat.constant(BuiltInFormat.Kind.CSV);

  /** {@code healthsim.duckdb}, one table per kind of row. */
  OutputFormat DUCKDB = BuiltInFormat.constant(BuiltInFormat.Kind.DUCKDB);

  /** One Parquet file per table. */
  OutputFormat PARQUET = BuiltInFormat.constant(BuiltInFormat.Kind.PARQUET);

  /** The database file name of {@link #DUCKDB} output. */
  String DATABASE = "healthsim.duckdb";

  /** The name written on the command line ({@code --format}): lower-case letters and digits. */
  String wireName();

  /**
   * The formats this one writes: itself, or for {@link OutputFormats#combined} each of its formats
   * (the run's manifest lists them).
   */
  default java.util.List<OutputFormat> parts() {
    return java.util.List.of(this);
  }

  /**
   * Opens an output in {@code dir}, creating the directory if needed. Nothing it writes may look
   * complete before {@link CohortOutput#commit}.
   *
   * @param timelines builds each entity's events, or {@code null} for entities only
   * @throws java.nio.file.FileAlreadyExistsException when output is already there and {@code
   *     overwrite} is false
   */
  CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException;
}
