package org.healthsim.generation.internal.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.RowEncoder;
import org.healthsim.generation.internal.table.Table;
import org.healthsim.generation.internal.table.TableBatch;
import org.healthsim.generation.json.JsonBytes;

/**
 * One CSV file per table ({@code entity.csv}, {@code event.csv}, {@code claim.csv}, ...) in a
 * directory: a header of column names, then RFC 4180 rows (UTF-8, comma, CRLF-free {@code \n} line
 * ends, fields quoted when they hold a comma, quote or line break). Empty means null; lists are
 * joined with {@code ;}; dates are ISO {@code YYYY-MM-DD}; decimals have their fixed decimals.
 */
public final class CsvTableWriter implements TableWriter {

  private final Path dir;
  private final boolean overwrite;
  private final Map<String, CompleteFile> files = new LinkedHashMap<>();
  private final Map<String, OutputStream> streams = new LinkedHashMap<>();
  private final Map<String, SpareBuffers> spares = new ConcurrentHashMap<>();
  private final Map<String, List<Column>> headers = new LinkedHashMap<>();
  private final List<Path> committed = new ArrayList<>();

  /**
   * @throws FileAlreadyExistsException when {@code dir} holds CSV files and {@code overwrite} is
   *     false
   */
  public CsvTableWriter(Path dir, boolean overwrite) throws IOException {
    this.dir = dir;
    this.overwrite = overwrite;
    Files.createDirectories(dir);
    if (!overwrite) {
      try (Stream<Path> existing = Files.list(dir)) {
        Path csv = existing.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
        if (csv != null) {
          throw new FileAlreadyExistsException(
              csv + " exists; pass --overwrite to replace the CSV files in " + dir);
        }
      }
    }
  }

  /**
   * A batch whose rows are encoded as CSV lines as they are made, on the generating thread, each
   * table into its own buffer: the row's values are still in the processor's cache.
   */
  @Override
  public TableBatch newBatch() {
    return new TableBatch((table, columns) -> new CsvLines(spares(table).take(1 << 12)));
  }

  /** Ends each table's lines (encoding them now if the table kept its rows). */
  @Override
  public void prepare(TableBatch batch) {
    for (Table table : batch.tables()) {
      table.encode(lines(table));
    }
  }

  private CsvLines lines(Table table) {
    if (table.encoder() instanceof CsvLines lines) {
      return lines;
    }
    CsvLines lines = new CsvLines(spares(table.name()).take(1 << 12));
    table.rows().forEach(lines::add);
    return lines;
  }

  /**
   * A table's spare buffers: each table's own, so a buffer keeps the size its table's batches need.
   */
  private SpareBuffers spares(String table) {
    return spares.computeIfAbsent(table, t -> new SpareBuffers(8));
  }

  /** A table's rows of one batch as CSV lines, encoded as they come. */
  private static final class CsvLines implements RowEncoder, Table.Encoded {
    final JsonBytes buffer;

    CsvLines(JsonBytes buffer) {
      this.buffer = buffer;
    }

    @Override
    public void add(Object[] row) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          buffer.raw(',');
        }
        cell(row[i], buffer);
      }
      buffer.raw('\n');
    }
  }

  @Override
  public void write(TableBatch batch) throws IOException {
    for (Table table : batch.tables()) {
      OutputStream out = stream(table);
      CsvLines lines = table.encoded() == null ? lines(table) : (CsvLines) table.encoded();
      lines.buffer.writeTo(out);
      spares(table.name()).give(lines.buffer);
    }
  }

  private OutputStream stream(Table table) throws IOException {
    OutputStream out = streams.get(table.name());
    if (out != null) {
      TableSchemas.check(headers.get(table.name()), table);
    } else {
      headers.put(table.name(), table.columns());
      CompleteFile file = CompleteFile.create(dir.resolve(table.name() + ".csv"), overwrite);
      files.put(table.name(), file);
      out = new BufferedOutputStream(file.stream(), 1 << 16);
      streams.put(table.name(), out);
      StringBuilder header = new StringBuilder();
      for (Column c : table.columns()) {
        if (header.length() > 0) {
          header.append(',');
        }
        header.append(c.name());
      }
      out.write(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /**
   * Appends a value: empty for null, lists joined with {@code ;}, decimals with their fixed
   * decimals, dates in ISO form, anything else as its {@code toString}; quoted when it must be.
   */
  private static void cell(Object value, JsonBytes out) {
    if (value == null) {
      return;
    }
    if (value instanceof Long || value instanceof Integer) {
      out.number(((Number) value).longValue());
    } else if (value instanceof LocalDate) {
      out.isoDate((LocalDate) value);
    } else if (value instanceof BigDecimal) {
      out.text(((BigDecimal) value).toPlainString());
    } else if (value instanceof List) {
      StringBuilder joined = new StringBuilder();
      for (Object item : (List<?>) value) {
        if (joined.length() > 0) {
          joined.append(';');
        }
        joined.append(item);
      }
      field(joined.toString(), out);
    } else {
      field(value.toString(), out);
    }
  }

  /** Appends {@code text} as a field: quoted when it holds a comma, quote or line break. */
  private static void field(String text, JsonBytes out) {
    if (needsQuotes(text)) {
      out.raw('"').text(text.replace("\"", "\"\"")).raw('"');
    } else {
      out.text(text);
    }
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Appends {@code text} as a field: quoted when it holds a comma, quote or line break. */
  public static void appendField(String text, StringBuilder line) {
    if (needsQuotes(text)) {
      line.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      line.append(text);
    }
  }

  @Override
  public List<Path> targets() {
    return files.values().stream().map(CompleteFile::target).toList();
  }

  @Override
  public void finish() throws IOException {
    for (OutputStream out : streams.values()) {
      out.flush();
    }
    for (CompleteFile f : files.values()) {
      f.finish();
    }
  }

  @Override
  public void commit() throws IOException {
    finish();
    for (CompleteFile f : files.values()) {
      f.commit();
      committed.add(f.target());
    }
  }

  @Override
  public List<Path> files() {
    return List.copyOf(committed);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CompleteFile f : files.values()) {
      try {
        f.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
