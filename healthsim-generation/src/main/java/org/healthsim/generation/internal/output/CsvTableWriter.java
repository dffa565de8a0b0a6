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
import java.util.stream.Stream;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;
import org.healthsim.generation.internal.table.TableBatch;

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

  /** Encodes the batch's rows as CSV on the generating thread; {@link #write} copies the bytes. */
  @Override
  public void prepare(TableBatch batch) {
    for (Table table : batch.tables()) {
      table.encode(CsvTableWriter::encode);
    }
  }

  @Override
  public void write(TableBatch batch) throws IOException {
    for (Table table : batch.tables()) {
      OutputStream out = stream(table);
      byte[] rows = table.encoded();
      out.write(rows != null ? rows : encode(table));
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

  /** The rows of {@code table} as CSV lines, UTF-8. */
  static byte[] encode(Table table) {
    StringBuilder text = new StringBuilder(64 * table.rows().size() + 16);
    for (Object[] row : table.rows()) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append(',');
        }
        cell(row[i], text);
      }
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Appends a value: empty for null, lists joined with {@code ;}, decimals with their fixed
   * decimals, dates in ISO form, anything else as its {@code toString}; quoted when it must be.
   */
  private static void cell(Object value, StringBuilder line) {
    if (value == null) {
      return;
    }
    if (value instanceof String) {
      appendField((String) value, line);
    } else if (value instanceof Long || value instanceof Integer) {
      line.append(((Number) value).longValue());
    } else if (value instanceof LocalDate) {
      date((LocalDate) value, line);
    } else if (value instanceof BigDecimal) {
      line.append(((BigDecimal) value).toPlainString());
    } else if (value instanceof List) {
      int start = line.length();
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          line.append(';');
        }
        line.append(items.get(i));
      }
      if (needsQuotes(line, start)) {
        String joined = line.substring(start);
        line.setLength(start);
        appendField(joined, line);
      }
    } else {
      appendField(value.toString(), line);
    }
  }

  /** {@code date.toString()}, without making the string for years 0 to 9999. */
  private static void date(LocalDate date, StringBuilder line) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      line.append(date);
      return;
    }
    digits(year / 100, line);
    digits(year % 100, line);
    line.append('-');
    digits(date.getMonthValue(), line);
    line.append('-');
    digits(date.getDayOfMonth(), line);
  }

  private static void digits(int twoDigits, StringBuilder line) {
    line.append((char) ('0' + twoDigits / 10)).append((char) ('0' + twoDigits % 10));
  }

  private static boolean needsQuotes(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Appends {@code text} as a field: quoted when it holds a comma, quote or line break. */
  public static void appendField(String text, StringBuilder line) {
    if (needsQuotes(text, 0)) {
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
