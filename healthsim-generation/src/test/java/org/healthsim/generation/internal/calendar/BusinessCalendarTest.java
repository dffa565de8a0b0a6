package org.healthsim.generation.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Federal holidays as OPM lists them (opm.gov, "Federal Holidays" 2025, 2026 and 2027). */
class BusinessCalendarTest {

  private static List<LocalDate> holidays(int year) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (BusinessCalendar.isFederalHoliday(d)
          && d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void holidaysOf2025AsObserved() {
    assertThat(holidays(2025))
        .containsExactly(
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 20),
            LocalDate.of(2025, 2, 17),
            LocalDate.of(2025, 5, 26),
            LocalDate.of(2025, 6, 19),
            LocalDate.of(2025, 7, 4),
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 10, 13),
            LocalDate.of(2025, 11, 11),
            LocalDate.of(2025, 11, 27),
            LocalDate.of(2025, 12, 25));
  }

  @Test
  void weekendHolidaysMoveToTheNearestWeekday() {
    // July 4, 2026 is a Saturday: observed Friday July 3. Juneteenth 2027 is a Saturday: Friday
    // June 18. Christmas 2027 is a Saturday: Friday December 24; New Year 2028 too: December 31.
    assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 7, 3))).isTrue();
    assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2027, 6, 18))).isTrue();
    assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2027, 12, 24))).isTrue();
    assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(BusinessCalendar.isBusinessDay(LocalDate.of(2026, 7, 6))).isTrue();
    assertThat(BusinessCalendar.onOrAfter(LocalDate.of(2025, 12, 25)))
        .isEqualTo(LocalDate.of(2025, 12, 26));
    assertThat(BusinessCalendar.onOrAfter(LocalDate.of(2025, 1, 18)))
        .isEqualTo(LocalDate.of(2025, 1, 21));
  }
}
