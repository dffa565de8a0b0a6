package org.healthsim.reference.internal.store;

/** SQL fragments the loaders share; {@code $} stands for a trimmed text cell. */
final class Sql {

  /** A number. */
  static final String NUMBER = "TRY_CAST($ AS DOUBLE) IS NOT NULL";

  /** A percentage: a number from 0 to 100. */
  static final String PERCENTAGE = "TRY_CAST($ AS DOUBLE) BETWEEN 0 AND 100";

  /** SVI's missing-value code. */
  private static final String SVI_MISSING = " OR $ = '-999'";

  /** A percentage, or SVI's missing-value code -999. */
  static final String SVI_PERCENTAGE = PERCENTAGE + SVI_MISSING;

  /** A percentile rank: a number from 0 to 1, or SVI's missing-value code -999. */
  static final String SVI_RANK = "TRY_CAST($ AS DOUBLE) BETWEEN 0 AND 1" + SVI_MISSING;

  /** The FIPS codes files key their rows by; a file may have lost one leading zero. */
  enum Code {
    STATE(2, "state FIPS"),
    COUNTY(5, "county FIPS"),
    TRACT(11, "tract FIPS");

    final int digits;
    final String name;

    Code(int digits, String name) {
      this.digits = digits;
      this.name = name;
    }

    /** Whether a cell is such a code, with or without its leading zero. */
    String pattern() {
      return "regexp_full_match($, '[0-9]{" + (digits - 1) + "," + digits + "}')";
    }

    /** {@code column}'s code, left-padded with zeros to its digits. */
    String of(String column) {
      return "lpad(trim(" + CsvStage.quote(column) + "), " + digits + ", '0')";
    }
  }

  /** A confidence interval as PLACES writes it: {@code (12.1, 13.2)}. */
  static final String INTERVAL =
      "regexp_full_match($, '\\(\\s*[0-9]+(\\.[0-9]+)?\\s*,\\s*[0-9]+(\\.[0-9]+)?\\s*\\)')";

  /** A confidence interval of percentages: both bounds from 0 to 100, the low one first. */
  static final String PERCENTAGE_INTERVAL =
      boundOf("$", 1) + " <= " + boundOf("$", 2) + " AND " + boundOf("$", 2) + " <= 100";

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

  /** {@code column}'s county FIPS code and its state's, as two select items. */
  static String countyAndState(String column) {
    return Code.COUNTY.of(column) + ", left(" + Code.COUNTY.of(column) + ", 2)";
  }

  /** Bound {@code group} (1 low, 2 high) of a PLACES interval in {@code column}. */
  static String bound(String column, int group) {
    return boundOf(text(column), group);
  }

  /** Bound {@code group} (1 low, 2 high) of the PLACES interval that SQL {@code cell} holds. */
  private static String boundOf(String cell, int group) {
    int index = group == 1 ? 1 : 3;
    return "TRY_CAST(regexp_extract("
        + cell
        + ", '\\(\\s*([0-9]+(\\.[0-9]+)?)\\s*,\\s*([0-9]+(\\.[0-9]+)?)\\s*\\)', "
        + index
        + ") AS DOUBLE)";
  }
}
