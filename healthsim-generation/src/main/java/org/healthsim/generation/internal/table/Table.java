package org.healthsim.generation.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.json.JsonBytes;

/**
 * Rows of one table in a {@link TableBatch}: its columns, fixed by its first row, and the rows'
 * values in column order ({@code null} for a missing value).
 */
public final class Table {

  private final String name;
  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private Encoded encoded;

  Table(String name, List<Column> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** The table's name, such as {@code claim} or {@code entity_condition}. */
  public String name() {
    return name;
  }

  /** The columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows, each with a value per column. */
  public List<Object[]> rows() {
    return rows;
  }

  /**
   * Bytes {@code from} to {@code to} of {@code buffer}: the rows as the writer that will write them
   * encoded them (CSV text), on the generating thread.
   */
  public record Encoded(JsonBytes buffer, int from, int to) {}

  /** Replaces the rows by their encoding, {@code encoded}; the row objects are let go. */
  public void encode(Encoded encoded) {
    this.encoded = encoded;
    rows.clear();
  }

  /** The rows as {@link #encode} was given them, or null when they were not encoded. */
  public Encoded encoded() {
    return encoded;
  }

  void add(List<Column> rowColumns, Object[] values) {
    if (rowColumns != columns && !rowColumns.equals(columns)) {
      throw new IllegalStateException(
          "table " + name + ": a row has columns " + rowColumns + ", the table " + columns);
    }
    rows.add(values);
  }
}
