package org.healthsim.reference.internal.store;

import java.util.List;

/**
 * A table an import wrote.
 *
 * @param table the table name
 * @param release the release or vintage recorded for it
 * @param rows data rows imported
 * @param detail what was taken from the file (for PLACES, the measures)
 * @param ignoredColumns header columns the import does not use
 */
public record ImportedTable(
    String table, String release, long rows, String detail, List<String> ignoredColumns) {

  public ImportedTable {
    ignoredColumns = List.copyOf(ignoredColumns);
  }
}
