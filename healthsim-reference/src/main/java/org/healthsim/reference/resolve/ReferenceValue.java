package org.healthsim.reference.resolve;

import java.math.BigDecimal;
import java.util.NoSuchElementException;

/**
 * One number from reference data with where it came from, or an explicit absence (never a silent
 * 0).
 *
 * @param value the number as in the source (a percentage 0-100, a rank 0-1, a count), or {@code
 *     null} when absent
 * @param low lower bound of its 95% confidence interval, or {@code null}
 * @param high upper bound of its 95% confidence interval, or {@code null}
 * @param source publisher and data set, such as {@code CDC PLACES}
 * @param release release or vintage, such as {@code 2022}
 * @param field the source column, such as {@code DIABETES_CrudePrev}, and how it was combined (for
 *     a state, {@code population-weighted over 254 counties})
 */
public record ReferenceValue(
    Double value, Double low, Double high, String source, String release, String field) {

  /** A value without an interval. */
  public static ReferenceValue of(Double value, String source, String release, String field) {
    return new ReferenceValue(value, null, null, source, release, field);
  }

  /** An absence: the source has no value for this place. */
  public static ReferenceValue absent(String source, String release, String field) {
    return new ReferenceValue(null, null, null, source, release, field);
  }

  /** Whether there is a value. */
  public boolean isPresent() {
    return value != null;
  }

  /**
   * The value.
   *
   * @throws NoSuchElementException when absent, naming the field and source
   */
  public double getAsDouble() {
    if (value == null) {
      throw new NoSuchElementException(
          field + " is absent from " + source + (release == null ? "" : " " + release));
    }
    return value;
  }

  /** The value rounded to a whole number (for counts). */
  public long asLong() {
    return Math.round(getAsDouble());
  }

  /**
   * The value as a share in [0, 1], from a percentage.
   *
   * @throws IllegalArgumentException naming the source when the value is not a percentage from 0 to
   *     100 (a database imported before the importer refused such values)
   */
  public double share() {
    double percent = getAsDouble();
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException(
          provenance()
              + " = "
              + this
              + ": is not a percentage from 0 to 100; import the file again (the importer"
              + " refuses such values)");
    }
    return percent / 100;
  }

  /** Source, release and field, as in {@code CDC PLACES 2022 DIABETES_CrudePrev}. */
  public String provenance() {
    return source + (release == null ? "" : " " + release) + " " + field;
  }

  /**
   * The value as the source writes it ({@code 12.6}, not {@code 12.600000000000001}), or "absent".
   */
  @Override
  public String toString() {
    return value == null ? "absent" : plain(value);
  }

  /** {@code v} without a trailing {@code .0} or floating-point noise. */
  static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
