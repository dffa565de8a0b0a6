package org.healthsim.generation.internal.parquet;

import org.healthsim.generation.internal.table.Table;

/**
 * A batch's rows of one table encoded as Parquet pages, a page per column: what a generating thread
 * hands the writing thread instead of the rows.
 *
 * @param rows how many rows the pages hold
 * @param pages a page per column, in column order
 */
public record TablePages(long rows, Page[] pages) implements Table.Encoded {

  /**
   * {@code table}'s rows as pages: those its {@link TableEncoder} took, or else those it kept,
   * encoded on this thread.
   */
  public static TablePages of(Table table) {
    if (table.encoder() instanceof TableEncoder encoder) {
      return encoder.finish();
    }
    TableEncoder encoder = new TableEncoder(table.name(), table.columns());
    for (Object[] row : table.rows()) {
      encoder.add(row);
    }
    return encoder.finish();
  }
}
