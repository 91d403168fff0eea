package org.courtorders.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * One line of {@code federal-holidays.json}: a holiday on a fixed month and day, or on the n-th
 * (or, for {@code nth = -1}, the last) given weekday of a month, in force for a range of years.
 */
record HolidayRule(
    String id,
    String name,
    int month,
    int day,
    DayOfWeek weekday,
    int nth,
    int fromYear,
    int toYear,
    String source) {

  boolean fixedDate() {
    return weekday == null;
  }

  /** The nominal date of this holiday in {@code year}, if the rule was in force then. */
  Optional<LocalDate> actualDateIn(int year) {
    if (year < fromYear || year > toYear) {
      return Optional.empty();
    }
    if (fixedDate()) {
      return Optional.of(LocalDate.of(year, month, day));
    }
    YearMonth ym = YearMonth.of(year, month);
    LocalDate d =
        nth < 0
            ? ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday))
            : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
    return Optional.of(d);
  }
}
