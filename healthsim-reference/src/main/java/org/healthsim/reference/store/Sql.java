package org.healthsim.reference.store;

/** SQL fragments the loaders share; {@code $} stands for a trimmed text cell. */
final class Sql {

  /** A number. */
  static final String NUMBER = "TRY_CAST($ AS DOUBLE) IS NOT NULL";

  /** A county FIPS code, possibly without its leading zero. */
  static final String COUNTY_FIPS = "regexp_full_match($, '[0-9]{4,5}')";

  /** A tract FIPS code, possibly without its leading zero. */
  static final String TRACT_FIPS = "regexp_full_match($, '[0-9]{10,11}')";

  /** A two-digit state FIPS code, possibly without its leading zero. */
  static final String STATE_FIPS = "regexp_full_match($, '[0-9]{1,2}')";

  /** A confidence interval as PLACES writes it: {@code (12.1, 13.2)}. */
  static final String INTERVAL =
      "regexp_full_match($, '\\(\\s*[0-9]+(\\.[0-9]+)?\\s*,\\s*[0-9]+(\\.[0-9]+)?\\s*\\)')";

  private Sql() {}

  /** {@code column}'s trimmed text, or NULL when empty. */
  static String text(String column) {
    return "nullif(trim(" + CsvStage.quote(column) + "), '')";
  }

  /** {@code column} as a number, NULL when empty. */
  static String number(String column) {
    return "TRY_CAST(" + text(column) + " AS DOUBLE)";
  }

  /** {@code column} as a number, NULL when empty or the SVI missing-value code -999. */
  static String sviNumber(String column) {
    return "nullif(" + number(column) + ", -999)";
  }

  /** {@code column} left-padded with zeros to {@code digits}. */
  static String code(String column, int digits) {
    return "lpad(trim(" + CsvStage.quote(column) + "), " + digits + ", '0')";
  }

  /** Bound {@code group} (1 low, 2 high) of a PLACES interval in {@code column}. */
  static String bound(String column, int group) {
    int index = group == 1 ? 1 : 3;
    return "TRY_CAST(regexp_extract("
        + text(column)
        + ", '\\(\\s*([0-9]+(\\.[0-9]+)?)\\s*,\\s*([0-9]+(\\.[0-9]+)?)\\s*\\)', "
        + index
        + ") AS DOUBLE)";
  }
}
