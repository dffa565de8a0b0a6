package org.healthsim.generation.internal.table;

/**
 * A table column.
 *
 * @param name snake_case name
 * @param type the values' type
 * @param decimals for {@link ColumnType#DECIMAL}, the decimals; else 0
 */
public record Column(String name, ColumnType type, int decimals) {

  /** A column of {@code type} with no decimals. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, 0);
  }

  /** The column's SQL type. */
  public String sqlType() {
    return type.sql(decimals);
  }
}
