package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.healthsim.generation.internal.parquet.ParquetTableFile;
import org.healthsim.generation.internal.parquet.TableEncoder;
import org.healthsim.generation.internal.parquet.TablePages;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;
import org.healthsim.generation.internal.table.TableBatch;

/**
 * One Parquet file per table in a directory ({@code entity.parquet}, {@code claim.parquet}, ...).
 * Each batch's rows are encoded into Snappy-compressed pages on the generating thread that made
 * them ({@link #prepare}); the writing thread gathers them into row groups of about 122,880 rows
 * and writes each file's footer at the end. Each file is written under a temporary name and renamed
 * by {@link #commit}.
 */
public final class ParquetTableWriter implements TableWriter {

  private final Path dir;
  private final boolean overwrite;
  private final Map<String, TableFile> files = new LinkedHashMap<>();
  private final List<Path> committed = new ArrayList<>();
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
  }

  /** A table's file being written, and the columns of its first batch. */
  private record TableFile(CompleteFile file, ParquetTableFile parquet, List<Column> columns) {}

  /** A batch whose rows are encoded column by column as they are made. */
  @Override
  public TableBatch newBatch() {
    return new TableBatch(TableEncoder::new);
  }

  /** Ends each table's pages, on the generating thread. */
  @Override
  public void prepare(TableBatch batch) {
    for (Table table : batch.tables()) {
      table.encode(TablePages.of(table));
    }
  }

  @Override
  public void write(TableBatch batch) throws IOException {
    for (Table table : batch.tables()) {
      TableFile file = files.get(table.name());
      if (file == null) {
        CompleteFile complete =
            CompleteFile.create(dir.resolve(table.name() + ".parquet"), overwrite);
        file =
            new TableFile(
                complete,
                new ParquetTableFile(table.columns(), complete.stream()),
                table.columns());
        files.put(table.name(), file);
      } else {
        TableSchemas.check(file.columns(), table);
      }
      TablePages pages =
          table.encoded() == null ? TablePages.of(table) : (TablePages) table.encoded();
      file.parquet().add(pages);
    }
  }

  @Override
  public List<Path> targets() {
    return files.values().stream().map(f -> f.file().target()).toList();
  }

  /** Writes each file's last row group and footer, still under its temporary name. */
  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    for (TableFile f : files.values()) {
      f.parquet().finish();
      f.file().rows(f.parquet().rows());
      f.file().finish();
    }
    finished = true;
  }

  @Override
  public void commit() throws IOException {
    finish();
    for (TableFile f : files.values()) {
      f.file().commit();
      committed.add(f.file().target());
    }
  }

  @Override
  public List<Path> files() {
    return List.copyOf(committed);
  }

  @Override
  public void close() throws IOException {
    Closeables.closeAll(files.values().stream().map(TableFile::file).toList());
  }
}
