package org.healthsim.generation.internal.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table in a {@link TableBatch}: its columns, fixed by its first row, and the rows'
 * values in column order ({@code null} for a missing value), kept or handed to a {@link RowEncoder}
 * as they come.
 */
public final class Table {

  private final String name;
  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final RowEncoder encoder;
  private int count;
  private Encoded encoded;

  Table(String name, List<Column> columns, RowEncoder encoder) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.encoder = encoder;
  }

  /** The table's name, such as {@code claim} or {@code entity_condition}. */
  public String name() {
    return name;
  }

  /** The columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows, each with a value per column; none when an encoder took them. */
  public List<Object[]> rows() {
    return rows;
  }

  /** How many rows were added, kept or encoded. */
  public int rowCount() {
    return count;
  }

  /** The encoder the rows went to, or null when the table keeps them. */
  public RowEncoder encoder() {
    return encoder;
  }

  /**
   * The rows as the writer that will write them encoded them on the generating thread (CSV text,
   * Parquet pages); each writer knows its own kind.
   */
  public interface Encoded {}

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
    if (values.length != columns.size()) {
      throw new IllegalStateException(
          "table "
              + name
              + ": a row of "
              + values.length
              + " values for "
              + columns.size()
              + " columns");
    }
    count++;
    if (encoder != null) {
      encoder.add(values);
    } else {
      rows.add(values);
    }
  }
}
