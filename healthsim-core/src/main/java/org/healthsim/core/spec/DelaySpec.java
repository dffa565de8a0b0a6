package org.healthsim.core.spec;

import org.healthsim.core.validation.Problems;

/**
 * When an event happens relative to its {@code depends_on} event (or the journey start): {@code
 * {"days": 7, "days_min": 3, "days_max": 10, "distribution": "uniform"}}.
 *
 * <ul>
 *   <li>{@code fixed}: exactly {@code days}.
 *   <li>{@code uniform}: a whole number of days in {@code [days_min, days_max]}, each equally
 *       likely.
 *   <li>{@code normal}: mean {@code days}, standard deviation {@code (days_max - days_min) / 4},
 *       truncated to {@code [days_min, days_max]} and rounded to whole days.
 * </ul>
 *
 * When {@code distribution} is not written it is {@code uniform} if either bound is written and
 * {@code fixed} otherwise, so bounds are never silently ignored. A missing bound defaults to {@code
 * days}.
 *
 * @param days the fixed delay, or the mean of a normal delay; {@code >= 0}
 * @param daysMin the shortest delay
 * @param daysMax the longest delay
 * @param distribution how the delay is drawn
 */
public record DelaySpec(int days, int daysMin, int daysMax, Distribution distribution)
    implements java.io.Serializable {

  /** No delay. */
  public static final DelaySpec NONE = fixed(0);

  /** How a delay is drawn. */
  public enum Distribution {
    FIXED,
    UNIFORM,
    NORMAL
  }

  public DelaySpec {
    Problems problems = new Problems();
    if (days < 0) {
      problems.add("days", days, "must be >= 0: an event cannot come before what it depends on");
    }
    if (daysMin < 0) {
      problems.add("days_min", daysMin, "must be >= 0");
    }
    if (daysMin > daysMax) {
      problems.add("days_min", daysMin, "must be <= days_max (" + daysMax + ")");
    }
    if (distribution == Distribution.NORMAL && (days < daysMin || days > daysMax)) {
      problems.add("days", days, "the mean of a normal delay must lie in [days_min, days_max]");
    }
    problems.throwIfAny();
  }

  /** Exactly {@code days} days. */
  public static DelaySpec fixed(int days) {
    return new DelaySpec(days, days, days, Distribution.FIXED);
  }

  /** A whole number of days in {@code [min, max]}. */
  public static DelaySpec uniform(int min, int max) {
    return new DelaySpec(min, min, max, Distribution.UNIFORM);
  }

  /**
   * A delay as written, applying the defaults described above.
   *
   * @param days {@code days}, or {@code null} for 0
   * @param daysMin {@code days_min}, or {@code null}
   * @param daysMax {@code days_max}, or {@code null}
   * @param distribution {@code distribution}, or {@code null}
   */
  public static DelaySpec of(
      Integer days, Integer daysMin, Integer daysMax, Distribution distribution) {
    int d = days == null ? 0 : days;
    boolean bounded = daysMin != null || daysMax != null;
    Distribution kind =
        distribution != null ? distribution : bounded ? Distribution.UNIFORM : Distribution.FIXED;
    if (kind == Distribution.FIXED) {
      if (bounded) {
        new Problems()
            .add(
                "distribution",
                "fixed",
                "a fixed delay ignores days_min and days_max; use uniform or normal")
            .throwIfAny();
      }
      return fixed(d);
    }
    return new DelaySpec(d, daysMin == null ? d : daysMin, daysMax == null ? d : daysMax, kind);
  }
}
