package org.healthsim.generation.internal.table;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows a chunk of entities makes, table by table, in the order the tables first appear. */
public final class TableBatch {

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private long events;

  /** Adds a row to {@code table}, whose columns are {@code columns}. */
  public void add(String table, List<Column> columns, Object[] values) {
    Table t = tables.get(table);
    if (t == null) {
      t = new Table(table, columns);
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
