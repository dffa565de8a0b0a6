package org.healthsim.generation.internal.parquet;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.RowEncoder;

/**
 * Encodes a table's rows of one batch, as they are made, into a {@link ColumnValues} per column;
 * {@link #finish} turns them into pages. Used on one thread, the generating thread that makes the
 * batch: the column scratch comes from, and goes back to, that thread's spares for the table, so
 * each column's buffers keep the size its own pages need.
 */
public final class TableEncoder implements RowEncoder {

  private static final ThreadLocal<Map<String, ArrayDeque<ColumnValues[]>>> SPARE =
      ThreadLocal.withInitial(HashMap::new);

  private final String table;
  private final ColumnValues[] columns;
  private int rows;

  /** An encoder of rows of {@code table}, with {@code columns}. */
  public TableEncoder(String table, List<Column> columns) {
    this.table = table;
    ColumnValues[] spare = SPARE.get().computeIfAbsent(table, t -> new ArrayDeque<>()).poll();
    if (spare == null || spare.length != columns.size()) {
      spare = new ColumnValues[columns.size()];
      for (int i = 0; i < spare.length; i++) {
        spare[i] = new ColumnValues();
      }
    }
    this.columns = spare;
    for (int i = 0; i < spare.length; i++) {
      spare[i].reset(table, new LeafColumn(columns.get(i)));
    }
  }

  @Override
  public void add(Object[] row) {
    for (int i = 0; i < columns.length; i++) {
      columns[i].add(row[i]);
    }
    rows++;
  }

  /** The rows added, a page per column; the encoder is spent. */
  public TablePages finish() {
    PageEncoder encoder = PageEncoder.onThisThread();
    Page[] pages = new Page[columns.length];
    for (int i = 0; i < columns.length; i++) {
      columns[i].end();
      pages[i] = encoder.page(columns[i]);
    }
    SPARE.get().computeIfAbsent(table, t -> new ArrayDeque<>()).push(columns);
    return new TablePages(rows, pages);
  }
}
