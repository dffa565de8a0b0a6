package org.healthsim.generation.care;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Business days: no Saturdays, Sundays or US federal holidays (5 U.S.C. 6103, with a holiday on a
 * Saturday observed the Friday before and on a Sunday the Monday after). Office visits, labs and
 * elective procedures are held on business days.
 */
public final class CareCalendar {

  private CareCalendar() {}

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
    int year = date.getYear();
    for (int y = year - 1; y <= year + 1; y++) {
      for (LocalDate fixed :
          new LocalDate[] {
            LocalDate.of(y, 1, 1),
            LocalDate.of(y, 6, 19),
            LocalDate.of(y, 7, 4),
            LocalDate.of(y, 11, 11),
            LocalDate.of(y, 12, 25)
          }) {
        if (observed(fixed).equals(date)) {
          return true;
        }
      }
    }
    Month m = date.getMonth();
    return date.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))
        || date.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
        || (m == Month.MAY
            && date.equals(
                LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))))
        || date.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
        || date.equals(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2))
        || date.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
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
