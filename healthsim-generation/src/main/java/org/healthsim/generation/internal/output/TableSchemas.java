package org.healthsim.generation.internal.output;

import java.util.List;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;

/** A table keeps the columns of its first batch. */
final class TableSchemas {

  private TableSchemas() {}

  static void check(List<Column> first, Table later) {
    if (first != later.columns() && !first.equals(later.columns())) {
      throw new IllegalStateException(
          "table " + later.name() + " changed columns from " + first + " to " + later.columns());
    }
  }
}
