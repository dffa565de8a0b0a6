package org.healthsim.interchange.internal.sdtm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.healthsim.generation.json.JsonBytes;

/**
 * A chunk's rows of each domain, in both forms: as Dataset-JSON (each row a JSON array on its own
 * line, preceded by a comma, which the writing thread drops before a file's first row) and as CSV
 * (a line each), with how many rows each holds.
 */
final class Rows {

  private final Map<Domain, JsonBytes> json = new EnumMap<>(Domain.class);
  private final Map<Domain, StringBuilder> csv = new EnumMap<>(Domain.class);
  private final Map<Domain, Integer> counts = new EnumMap<>(Domain.class);
  private long events;

  /** Starts a row of {@code domain}: write its values with {@link Row}. */
  Row start(Domain domain) {
    JsonBytes out = json.computeIfAbsent(domain, d -> new JsonBytes(4096));
    StringBuilder line = csv.computeIfAbsent(domain, d -> new StringBuilder(1024));
    counts.merge(domain, 1, Integer::sum);
    out.raw(',').raw('\n').raw('[');
    return new Row(out, line);
  }

  Map<Domain, JsonBytes> json() {
    return json;
  }

  /** The CSV lines of {@code domain}, UTF-8. */
  byte[] csv(Domain domain) {
    return csv.get(domain).toString().getBytes(StandardCharsets.UTF_8);
  }

  int count(Domain domain) {
    return counts.getOrDefault(domain, 0);
  }

  void countEvents(int n) {
    events += n;
  }

  long events() {
    return events;
  }

  /** The values of one row, in the domain's column order. */
  static final class Row {
    private final JsonBytes json;
    private final StringBuilder csv;
    private boolean first = true;

    Row(JsonBytes json, StringBuilder csv) {
      this.json = json;
      this.csv = csv;
    }

    /** A text value; null is written as JSON null and an empty CSV field. */
    Row text(String value) {
      comma();
      json.string(value);
      Csv.cell(value, csv);
      return this;
    }

    /** A whole number. */
    Row number(long value) {
      comma();
      json.number(value);
      csv.append(value);
      return this;
    }

    /** A whole number, null when absent. */
    Row number(Integer value) {
      comma();
      json.number(value);
      if (value != null) {
        csv.append(value.intValue());
      }
      return this;
    }

    /**
     * A decimal number given as its plain text ({@code 7.2}), written as a JSON number; null, or
     * text that is not a number, is written as null.
     */
    Row decimal(String plain) {
      comma();
      if (plain == null || !isNumber(plain)) {
        json.nullValue();
      } else {
        json.raw(plain.getBytes(StandardCharsets.US_ASCII));
        csv.append(plain);
      }
      return this;
    }

    /** An ISO 8601 date as text, null when absent. */
    Row date(LocalDate value) {
      comma();
      json.date(value);
      if (value != null) {
        csv.append(value);
      }
      return this;
    }

    /** Closes the row. */
    void end() {
      json.raw(']');
      csv.append('\n');
    }

    private void comma() {
      if (!first) {
        json.raw(',');
        csv.append(',');
      }
      first = false;
    }

    /** An optional minus, digits, and at most one decimal point between digits. */
    private static boolean isNumber(String s) {
      int i = s.startsWith("-") ? 1 : 0;
      int digits = 0;
      boolean point = false;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if (c == '.' && !point && digits > 0 && i < s.length() - 1) {
          point = true;
        } else {
          return false;
        }
      }
      return digits > 0;
    }
  }
}
