package org.healthsim.generation.internal.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits one line of the project's CSV resources: comma separated, double quotes around commas. */
public final class CsvLine {

  private CsvLine() {}

  /**
   * The data rows of the CSV resource {@code name} beside {@code owner}: comment lines ({@code #})
   * and blank lines skipped, the header (the first other line) checked and dropped.
   *
   * @param header the expected column names, comma separated
   * @throws IllegalStateException naming the resource and line when the header or a row's column
   *     count is not the expected
   */
  public static List<List<String>> rows(Class<?> owner, String name, String header) {
    int columns = split(header).size();
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      boolean headerSeen = false;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].replace("\r", "");
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!line.equals(header)) {
            throw new IllegalStateException(
                name + " line " + (i + 1) + ": expected the header " + header);
          }
          headerSeen = true;
          continue;
        }
        List<String> cells = split(line);
        if (cells.size() != columns) {
          throw new IllegalStateException(
              name + " line " + (i + 1) + ": expected " + columns + " columns (" + header + ")");
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return rows;
  }

  /** The fields of {@code line}. */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c != '\r') {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
