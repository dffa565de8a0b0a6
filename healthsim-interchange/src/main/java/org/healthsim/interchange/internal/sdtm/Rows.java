package org.healthsim.interchange.internal.sdtm;

import java.util.EnumMap;
import java.util.Map;
import org.healthsim.generation.json.JsonBytes;

/**
 * A chunk's rows of each domain: each row a JSON array on its own line, preceded by a comma (the
 * writing thread drops the comma before a file's first row), with how many rows each holds.
 */
final class Rows {

  private final Map<Domain, JsonBytes> rows = new EnumMap<>(Domain.class);
  private final Map<Domain, Integer> counts = new EnumMap<>(Domain.class);
  private long events;

  /** Starts a row of {@code domain}: write its values with {@link Row}. */
  Row start(Domain domain) {
    JsonBytes out = rows.computeIfAbsent(domain, d -> new JsonBytes(4096));
    counts.merge(domain, 1, Integer::sum);
    out.raw(',').raw('\n').raw('[');
    return new Row(out);
  }

  Map<Domain, JsonBytes> rows() {
    return rows;
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
    private final JsonBytes out;
    private boolean first = true;

    Row(JsonBytes out) {
      this.out = out;
    }

    /** A text value; null is written as JSON null. */
    Row text(String value) {
      comma();
      out.string(value);
      return this;
    }

    /** A whole number. */
    Row number(long value) {
      comma();
      out.number(value);
      return this;
    }

    /** An ISO 8601 date as text, null when absent. */
    Row date(java.time.LocalDate value) {
      comma();
      out.date(value);
      return this;
    }

    /** Closes the row. */
    void end() {
      out.raw(']');
    }

    private void comma() {
      if (!first) {
        out.raw(',');
      }
      first = false;
    }
  }
}
