package org.healthsim.core.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.validation.Problems;

/** Rules shared by several records. */
final class Checks {

  /** How far a set of weights may sum from 1 before it is an error. */
  static final double WEIGHT_SUM_TOLERANCE = 0.01;

  private Checks() {}

  /**
   * The largest magnitude a distribution's parameter or bound may have. Up to it every value drawn
   * stays finite and is written as drawn (to its decimals); the largest real measurement is far
   * below it.
   */
  static final double MAGNITUDE_LIMIT = 1e15;

  static void finite(Problems problems, String path, double value) {
    if (!Double.isFinite(value)) {
      problems.add(path, value, "must be a finite number");
    } else if (Math.abs(value) > MAGNITUDE_LIMIT) {
      problems.add(path, format(value), beyondLimit());
    }
  }

  static void positive(Problems problems, String path, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      problems.add(path, format(value), "must be > 0 and finite");
    } else if (value > MAGNITUDE_LIMIT) {
      problems.add(path, format(value), beyondLimit());
    }
  }

  private static String beyondLimit() {
    return "is beyond the limit of 10^15 in magnitude that a distribution's numbers may have";
  }

  static void probability(Problems problems, String path, double value) {
    if (!(value >= 0 && value <= 1)) {
      problems.add(path, format(value), "must be a probability between 0 and 1");
    }
  }

  static void bounds(Problems problems, Double min, Double max) {
    if (min != null) {
      finite(problems, "min", min);
    }
    if (max != null) {
      finite(problems, "max", max);
    }
    if (min != null && max != null && min >= max) {
      problems.add("min", format(min), "must be less than max (" + format(max) + ")");
    }
  }

  /** Set while a spec read back from its serialized form is rebuilt. */
  private static final ThreadLocal<Boolean> READING_NORMALISED =
      ThreadLocal.withInitial(() -> Boolean.FALSE);

  /**
   * Builds a spec whose weights are normalised already ({@code rebuild}, from a serialized spec's
   * values), keeping them as they are, so a spec read back is equal to the one written.
   */
  static <T> T normalised(java.util.function.Supplier<T> rebuild) {
    READING_NORMALISED.set(Boolean.TRUE);
    try {
      return rebuild.get();
    } finally {
      READING_NORMALISED.set(Boolean.FALSE);
    }
  }

  /**
   * Checks weights (each positive and finite, summing to 1 within the tolerance) at {@code path}
   * and returns them normalised to sum to exactly 1, in the order given.
   */
  static <K> Map<K, Double> weights(Problems problems, String path, Map<K, Double> weights) {
    Objects.requireNonNull(weights, path);
    if (READING_NORMALISED.get()) {
      // Weights read back from a serialized spec are normalised already: dividing them by their
      // sum again would move them by an ulp, and a sampler's table with them.
      return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
    if (weights.isEmpty()) {
      problems.add(path, "must have at least one entry");
      return Map.of();
    }
    double sum = 0;
    boolean valid = true;
    for (Map.Entry<K, Double> e : weights.entrySet()) {
      double w = e.getValue() == null ? Double.NaN : e.getValue();
      if (!(w > 0) || !Double.isFinite(w)) {
        problems.add(
            JsonPath.key(path, String.valueOf(e.getKey())),
            format(w),
            "weight must be > 0 and finite");
        valid = false;
      } else {
        sum += w;
      }
    }
    if (valid && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      String gap = format(Math.abs(1 - sum)) + (sum < 1 ? " below" : " above") + " 1";
      problems.add(
          path, "sum " + format(sum), "weights must sum to 1 (within 0.01); they are " + gap);
      valid = false;
    }
    Map<K, Double> normalised = new LinkedHashMap<>();
    if (valid) {
      double total = sum;
      weights.forEach((k, w) -> normalised.put(k, w / total));
    }
    return java.util.Collections.unmodifiableMap(normalised);
  }

  /** A number as people write it: 0.9 rather than 0.8999999999999999, 72 rather than 72.0. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    String rounded = String.format(java.util.Locale.ROOT, "%.10g", value);
    return new java.math.BigDecimal(rounded).stripTrailingZeros().toPlainString();
  }
}
