package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.profile.EntitySink;

/**
 * The built-in output formats (docs/output-schema.md): one instance of each {@link Kind}, the
 * constant of the same name in {@link OutputFormat}. Each streams: none holds the cohort in memory.
 *
 * <ul>
 *   <li>{@link Kind#NDJSON}: {@code entities.ndjson} and, with journeys, {@code events.ndjson};
 *   <li>{@link Kind#CSV}: one CSV file per table;
 *   <li>{@link Kind#DUCKDB}: {@code healthsim.duckdb}, one table per kind of row, through DuckDB's
 *       appender;
 *   <li>{@link Kind#PARQUET}: one Parquet file per table, encoded by {@code internal.parquet}.
 * </ul>
 *
 * <p>Not an enum implementing {@code OutputFormat}: initializing such an enum initializes {@code
 * OutputFormat} first (it has a default method), whose constants would then read the enum's
 * constants before they exist, and stay {@code null} for the rest of the run whenever the enum was
 * used before {@code OutputFormat}. {@code OutputFormat}'s constants construct these instances
 * instead, which needs nothing of this class initialized.
 */
public final class BuiltInFormat implements OutputFormat {

  /** Which built-in format. */
  public enum Kind {
    NDJSON,
    CSV,
    DUCKDB,
    PARQUET
  }

  private final Kind kind;

  private BuiltInFormat(Kind kind) {
    this.kind = kind;
  }

  /** The format of {@code kind}: for {@link OutputFormat}'s constants, which are the only ones. */
  public static OutputFormat constant(Kind kind) {
    return new BuiltInFormat(kind);
  }

  @Override
  public String wireName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return kind.name();
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    switch (kind) {
      case NDJSON:
        return new NdjsonOutput(dir, overwrite, timelines);
      case CSV:
        return new TableOutput(new CsvTableWriter(dir, overwrite), timelines);
      case DUCKDB:
        return new TableOutput(
            duckdb(() -> new DuckDbTableWriter(dir.resolve(DATABASE), overwrite)), timelines);
      case PARQUET:
        return new TableOutput(new ParquetTableWriter(dir, overwrite), timelines);
      default:
        throw new IllegalStateException("unknown format " + kind);
    }
  }

  /** A writer that needs DuckDB: a clear error when DuckDB JDBC is not on the class path. */
  private static TableWriter duckdb(WriterFactory factory) throws IOException {
    try {
      Class.forName("org.duckdb.DuckDBConnection");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "DuckDB output needs org.duckdb:duckdb_jdbc on the class path", e);
    }
    return factory.open();
  }

  private interface WriterFactory {
    TableWriter open() throws IOException;
  }

  /** NDJSON files. */
  private static final class NdjsonOutput implements CohortOutput {
    private final CompleteFile entities;
    private final CompleteFile events;
    private final EntitySink<?> sink;

    NdjsonOutput(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
      java.nio.file.Files.createDirectories(dir);
      this.entities = CompleteFile.create(dir.resolve("entities.ndjson"), overwrite);
      try {
        this.events =
            timelines == null ? null : CompleteFile.create(dir.resolve("events.ndjson"), overwrite);
      } catch (IOException e) {
        entities.close();
        throw e;
      }
      this.sink =
          timelines == null
              ? new NdjsonEntitySink(entities.stream())
              : new NdjsonCohortSink(entities.stream(), events.stream(), timelines);
    }

    @Override
    public EntitySink<?> sink() {
      return sink;
    }

    @Override
    public long eventsWritten() {
      return sink instanceof NdjsonCohortSink ? ((NdjsonCohortSink) sink).eventsWritten() : 0;
    }

    @Override
    public List<Path> targets() {
      List<Path> files = new ArrayList<>(List.of(entities.target()));
      if (events != null) {
        files.add(events.target());
      }
      return files;
    }

    @Override
    public void finish() throws IOException {
      entities.finish();
      if (events != null) {
        events.finish();
      }
    }

    @Override
    public void commit() throws IOException {
      entities.commit();
      if (events != null) {
        events.commit();
      }
    }

    @Override
    public List<Path> files() {
      return targets();
    }

    @Override
    public void close() throws IOException {
      try {
        entities.close();
      } finally {
        if (events != null) {
          events.close();
        }
      }
    }
  }

  /** Tables through a {@link TableWriter}. */
  private static final class TableOutput implements CohortOutput {
    private final TableWriter writer;
    private final TableCohortSink sink;

    TableOutput(TableWriter writer, EntityTimelines timelines) {
      this.writer = writer;
      this.sink = new TableCohortSink(writer, timelines);
    }

    @Override
    public EntitySink<?> sink() {
      return sink;
    }

    @Override
    public long eventsWritten() {
      return sink.eventsWritten();
    }

    @Override
    public List<Path> targets() {
      return writer.targets();
    }

    @Override
    public void finish() throws IOException {
      writer.finish();
    }

    @Override
    public void commit() throws IOException {
      writer.commit();
    }

    @Override
    public List<Path> files() {
      return writer.files();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
