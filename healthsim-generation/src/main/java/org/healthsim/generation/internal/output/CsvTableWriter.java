package org.healthsim.generation.internal.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private final Map<String, Writer> writers = new LinkedHashMap<>();
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

  @Override
  public void write(TableBatch batch) throws IOException {
    StringBuilder line = new StringBuilder(256);
    for (Table table : batch.tables()) {
      Writer out = writer(table);
      for (Object[] row : table.rows()) {
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            line.append(',');
          }
          cell(row[i], line);
        }
        line.append('\n');
        out.append(line);
      }
    }
  }

  private Writer writer(Table table) throws IOException {
    Writer out = writers.get(table.name());
    if (out != null) {
      TableSchemas.check(headers.get(table.name()), table);
    } else {
      headers.put(table.name(), table.columns());
      CompleteFile file = CompleteFile.create(dir.resolve(table.name() + ".csv"), overwrite);
      files.put(table.name(), file);
      out =
          new BufferedWriter(
              new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
      writers.put(table.name(), out);
      StringBuilder header = new StringBuilder();
      for (Column c : table.columns()) {
        if (header.length() > 0) {
          header.append(',');
        }
        header.append(c.name());
      }
      out.append(header).append('\n');
    }
    return out;
  }

  private static void cell(Object value, StringBuilder line) {
    if (value == null) {
      return;
    }
    String text;
    if (value instanceof List) {
      StringBuilder joined = new StringBuilder();
      for (Object item : (List<?>) value) {
        if (joined.length() > 0) {
          joined.append(';');
        }
        joined.append(item);
      }
      text = joined.toString();
    } else if (value instanceof java.math.BigDecimal) {
      text = ((java.math.BigDecimal) value).toPlainString();
    } else {
      text = value.toString();
    }
    appendField(text, line);
  }

  /** Appends {@code text} as a field: quoted when it holds a comma, quote or line break. */
  public static void appendField(String text, StringBuilder line) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char ch = text.charAt(i);
      quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    if (quote) {
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
    for (Writer w : writers.values()) {
      w.flush();
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
