package org.healthsim.core.spec;

import org.healthsim.core.validation.Problems;

/**
 * {@code "repeat": {"every_days": 90, "count": 4, "jitter_days": 7}}: {@code count} occurrences in
 * all, the first included; occurrence k (k >= 1) falls {@code every_days} after occurrence k-1,
 * plus a whole-day jitter drawn uniformly from {@code [-jitter_days, jitter_days]}.
 *
 * @param everyDays days between occurrences; {@code >= 1}
 * @param count total occurrences; {@code >= 1}
 * @param jitterDays maximum shift either way; {@code >= 0} and below {@code every_days}, so
 *     occurrences keep their order
 */
public record RepeatSpec(int everyDays, int count, int jitterDays) implements java.io.Serializable {

  public RepeatSpec {
    Problems problems = new Problems();
    if (everyDays < 1) {
      problems.add("every_days", everyDays, "must be at least 1");
    }
    if (count < 1) {
      problems.add("count", count, "must be at least 1 (the first occurrence counts)");
    }
    if (jitterDays < 0 || (everyDays >= 1 && jitterDays >= everyDays)) {
      problems.add("jitter_days", jitterDays, "must be >= 0 and less than every_days");
    }
    problems.throwIfAny();
  }
}
