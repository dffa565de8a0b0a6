package org.healthsim.generation.internal.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.healthsim.generation.json.FieldWriter;

/**
 * Takes a record's fields as one table row, after key columns given up front. A list of objects (a
 * claim's lines) becomes rows of a child table, {@code <table>_<name without its final s>} ({@code
 * claim_line}), each carrying the parent's key columns first.
 *
 * <p>A table's column list is interned per column sequence, so rows of one kind share one list. A
 * row is first matched, field by field, against the last list its table had: while it follows that
 * list no column is made and nothing is hashed (almost every row of a kind has the same columns);
 * the first field that differs builds the row's own list.
 */
public final class RowWriter implements FieldWriter {

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  private static final Map<List<Column>, List<Column>> INTERNED = new ConcurrentHashMap<>();

  /** The column list each table's rows last had. */
  private static final Map<String, List<Column>> LAST = new ConcurrentHashMap<>();

  private final TableBatch batch;
  private final String table;
  private final List<Column> keyColumns;
  private final Object[] keyValues;

  /** The row's values so far, {@link #size} of them: sized for the expected columns. */
  private Object[] values;

  private int size;

  /** The list this row follows so far, or null once it left it (then {@link #columns} holds). */
  private List<Column> expected;

  private List<Column> columns;

  /**
   * @param keyColumns the first columns of the row, and of any child row
   * @param keyValues their values
   */
  public RowWriter(TableBatch batch, String table, List<Column> keyColumns, Object[] keyValues) {
    this.batch = batch;
    this.table = table;
    this.keyColumns = keyColumns;
    this.keyValues = keyValues;
    List<Column> last = LAST.get(table);
    if (last != null
        && last.size() >= keyColumns.size()
        && last.subList(0, keyColumns.size()).equals(keyColumns)) {
      expected = last;
    } else {
      columns = new ArrayList<>(keyColumns);
    }
    values = new Object[Math.max(expected != null ? expected.size() : 0, keyValues.length + 8)];
    System.arraycopy(keyValues, 0, values, 0, keyValues.length);
    size = keyValues.length;
  }

  /** A column of {@code type} holding {@code value}, which may be null. */
  RowWriter put(String name, ColumnType type, Object value) {
    return put(name, type, 0, value);
  }

  private RowWriter put(String name, ColumnType type, int decimals, Object value) {
    int position = size;
    if (expected != null) {
      Column next = position < expected.size() ? expected.get(position) : null;
      if (next != null
          && next.type() == type
          && next.decimals() == decimals
          && next.name().equals(name)) {
        add(value);
        return this;
      }
      columns = new ArrayList<>(expected.subList(0, position));
      expected = null;
    }
    columns.add(new Column(name, type, decimals));
    add(value);
    return this;
  }

  private void add(Object value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  @Override
  public RowWriter field(String name, String value) {
    return put(name, ColumnType.TEXT, 0, value);
  }

  @Override
  public RowWriter field(String name, long value) {
    return put(name, ColumnType.WHOLE, 0, value);
  }

  @Override
  public RowWriter field(String name, boolean value) {
    return put(name, ColumnType.BOOLEAN, 0, value);
  }

  @Override
  public RowWriter field(String name, LocalDate value) {
    return put(name, ColumnType.DATE, 0, value);
  }

  /** A number of any precision, {@code null} when absent. */
  public RowWriter number(String name, Double value) {
    return put(name, ColumnType.NUMBER, 0, value);
  }

  @Override
  public RowWriter money(String name, long cents) {
    return put(name, ColumnType.DECIMAL, 2, BigDecimal.valueOf(cents, 2));
  }

  /** Rounded as the JSON output rounds it: half away from zero, to {@code decimals}. */
  @Override
  public RowWriter decimal(String name, double value, int decimals) {
    return put(name, ColumnType.DECIMAL, decimals, rounded(value, decimals));
  }

  /** A DOUBLE column, since the precision varies by row; the value rounded as in JSON. */
  @Override
  public RowWriter measurement(String name, double value, int decimals) {
    return put(name, ColumnType.NUMBER, 0, rounded(value, decimals));
  }

  private static BigDecimal rounded(double value, int decimals) {
    if (Double.isFinite(value) && decimals <= 6 && Math.abs(value) <= 1e12) {
      long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
      return BigDecimal.valueOf(value < 0 ? -scaled : scaled, decimals);
    }
    return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
  }

  @Override
  public RowWriter strings(String name, List<String> values) {
    return put(name, ColumnType.TEXT_LIST, 0, List.copyOf(values));
  }

  @Override
  public RowWriter integers(String name, List<Integer> values) {
    return put(name, ColumnType.WHOLE_LIST, 0, List.copyOf(values));
  }

  @Override
  public <T> RowWriter objects(String name, List<T> items, BiConsumer<T, FieldWriter> fields) {
    String child = table + "_" + (name.endsWith("s") ? name.substring(0, name.length() - 1) : name);
    for (T item : items) {
      RowWriter row = new RowWriter(batch, child, keyColumns, keyValues);
      fields.accept(item, row);
      row.end();
    }
    return this;
  }

  /** Adds the row to the batch. */
  public void end() {
    List<Column> shared;
    if (expected != null && expected.size() == size) {
      shared = expected;
    } else {
      if (expected != null) {
        columns = new ArrayList<>(expected.subList(0, size));
      }
      shared = INTERNED.computeIfAbsent(List.copyOf(columns), c -> c);
      LAST.put(table, shared);
    }
    // Rows of a kind fill their array exactly, which the table then keeps as it is.
    batch.add(table, shared, size == values.length ? values : Arrays.copyOf(values, size));
  }
}
