package org.healthsim.generation.internal.table;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The rows a chunk of entities makes, table by table, in the order the tables first appear. */
public final class TableBatch {

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final BiFunction<String, List<Column>, RowEncoder> encoders;
  private long events;

  /** A batch whose tables keep their rows. */
  public TableBatch() {
    this(null);
  }

  /**
   * A batch whose tables hand each row, as it is added, to the encoder {@code encoders} gives for
   * the table's name and columns, keeping none.
   */
  public TableBatch(BiFunction<String, List<Column>, RowEncoder> encoders) {
    this.encoders = encoders;
  }

  /** Adds a row to {@code table}, whose columns are {@code columns}. */
  public void add(String table, List<Column> columns, Object[] values) {
    Table t = tables.get(table);
    if (t == null) {
      t = new Table(table, columns, encoders == null ? null : encoders.apply(table, columns));
      tables.put(table, t);
    }
    t.add(columns, values);
  }

  /** The tables with rows. */
  public Collection<Table> tables() {
    return tables.values();
  }

  /** Counts an event. */
  void countEvent() {
    events++;
  }

  /** How many events the batch holds. */
  public long events() {
    return events;
  }
}
