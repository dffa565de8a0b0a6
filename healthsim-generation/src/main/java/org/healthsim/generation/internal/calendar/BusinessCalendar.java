package org.healthsim.generation.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days: no Saturdays, Sundays or US federal holidays (5 U.S.C. 6103, with a holiday on a
 * Saturday observed the Friday before and on a Sunday the Monday after). Office visits, labs and
 * elective procedures are held on business days.
 */
public final class BusinessCalendar {

  /** Each year's observed holidays, computed once per year. */
  private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

  private BusinessCalendar() {}

  /** True for a Monday to Friday that is not an observed federal holiday. */
  public static boolean isBusinessDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isFederalHoliday(date);
  }

  /** {@code date} if it is a business day, else the next one. */
  public static LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** True when {@code date} is a federal holiday or the day one is observed. */
  public static boolean isFederalHoliday(LocalDate date) {
    return HOLIDAYS.computeIfAbsent(date.getYear(), BusinessCalendar::observedIn).contains(date);
  }

  /**
   * The days of year {@code year} on which a holiday is observed, including a December 31 that
   * observes the next New Year's Day.
   */
  private static Set<LocalDate> observedIn(int year) {
    Set<LocalDate> days = new HashSet<>();
    for (int y = year - 1; y <= year + 1; y++) {
      for (LocalDate fixed :
          new LocalDate[] {
            LocalDate.of(y, 1, 1),
            LocalDate.of(y, 6, 19),
            LocalDate.of(y, 7, 4),
            LocalDate.of(y, 11, 11),
            LocalDate.of(y, 12, 25)
          }) {
        LocalDate observed = observed(fixed);
        if (observed.getYear() == year) {
          days.add(observed);
        }
      }
    }
    days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
    days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
    days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
    days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
    return Set.copyOf(days);
  }

  private static LocalDate observed(LocalDate holiday) {
    switch (holiday.getDayOfWeek()) {
      case SATURDAY:
        return holiday.minusDays(1);
      case SUNDAY:
        return holiday.plusDays(1);
      default:
        return holiday;
    }
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
