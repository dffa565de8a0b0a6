package org.healthsim.core.spec;

import java.time.LocalDate;

/**
 * The dates a run may start at and the span its events may cover, so that every date written is a
 * four-digit {@code YYYY-MM-DD}: an as-of or start date from {@link #EARLIEST} to {@link #LATEST},
 * and events at most {@link #MAX_SPAN_DAYS} after the journey start (before the move to a business
 * day). Births lie up to 120 years before the as-of date, so from 1779 on.
 */
public final class DateLimits {

  /** The earliest as-of, start or end date. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest as-of, start or end date. */
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  /** The most days an event may fall after its journey's start: 100 years. */
  public static final int MAX_SPAN_DAYS = 36_525;

  private DateLimits() {}

  /** True when {@code date} lies from {@link #EARLIEST} to {@link #LATEST}. */
  public static boolean inRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  /** Why {@code date} is refused, for a message after its name and value. */
  public static String outOfRange() {
    return "must lie from " + EARLIEST + " to " + LATEST;
  }

  /**
   * {@code date}, when it lies within these limits: the check of a library entry point.
   *
   * @throws IllegalArgumentException naming {@code name} and the range otherwise
   */
  public static LocalDate require(String name, LocalDate date) {
    if (!inRange(date)) {
      throw new IllegalArgumentException(name + " = " + date + ": " + outOfRange());
    }
    return date;
  }

  /**
   * {@code until}, when it lies at most {@link #MAX_SPAN_DAYS} after {@code start}.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static LocalDate requireSpan(LocalDate start, LocalDate until) {
    if (until.isAfter(start.plusDays(MAX_SPAN_DAYS))) {
      throw new IllegalArgumentException(
          "until = "
              + until
              + ": more than "
              + MAX_SPAN_DAYS
              + " days (100 years) after the start "
              + start);
    }
    return until;
  }
}
