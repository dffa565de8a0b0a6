package org.healthsim.generation.internal.table;

/** The types a table column can have, with their DuckDB (and Parquet) SQL types. */
public enum ColumnType {
  /** Text; {@code String}. */
  TEXT("VARCHAR"),
  /** A whole number; {@code Long}. */
  WHOLE("BIGINT"),
  /** A number of any precision; a {@code Double}, or a {@code BigDecimal} at its precision. */
  NUMBER("DOUBLE"),
  /** A number with fixed decimals, such as dollars; {@code BigDecimal}. */
  DECIMAL("DECIMAL(18, %d)"),
  /** True or false; {@code Boolean}. */
  BOOLEAN("BOOLEAN"),
  /** A date; {@code LocalDate}. */
  DATE("DATE"),
  /** A list of texts; {@code List<String>}. */
  TEXT_LIST("VARCHAR[]"),
  /** A list of whole numbers; {@code List<Integer>}. */
  WHOLE_LIST("INTEGER[]");

  private final String sql;

  ColumnType(String sql) {
    this.sql = sql;
  }

  /** The SQL type of a column of this type with {@code decimals} decimals. */
  String sql(int decimals) {
    return this == DECIMAL ? String.format(java.util.Locale.ROOT, sql, decimals) : sql;
  }
}
