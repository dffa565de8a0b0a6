package org.healthsim.generation.internal.table;

/**
 * Takes a table's rows as they are made, instead of the {@link Table} keeping them: a writer that
 * encodes rows column by column reads each row while its values are still in the processor's cache,
 * and the row objects are garbage at once.
 */
public interface RowEncoder {

  /** Encodes a row, its values in the table's column order ({@code null} for a missing value). */
  void add(Object[] row);
}
