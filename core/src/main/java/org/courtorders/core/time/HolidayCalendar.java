package org.courtorders.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of holidays, asked by date or by year. Calendars compose, so a court's state holidays and
 * closures can be laid over the federal calendar.
 *
 * <pre>{@code
 * HolidayCalendar newYork = HolidayCalendar.of(List.of(
 *     Holiday.of(LocalDate.of(2024, 2, 12), "Lincoln's Birthday", HolidayKind.STATE)));
 * boolean closed = FederalHolidays.calendar().and(newYork).isHoliday(LocalDate.of(2024, 2, 12));
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface HolidayCalendar {
  /** The holidays whose observed {@link Holiday#date()} falls in {@code year}, by date. */
  List<Holiday> holidaysIn(int year);

  /** The holidays observed on {@code date}; usually none or one. */
  default List<Holiday> holidaysOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Holiday> found = new ArrayList<>(1);
    for (Holiday h : holidaysIn(date.getYear())) {
      if (h.date().equals(date)) {
        found.add(h);
      }
    }
    return found;
  }

  /** The first holiday observed on {@code date}, if any. */
  default Optional<Holiday> holiday(LocalDate date) {
    return holidaysOn(date).stream().findFirst();
  }

  default boolean isHoliday(LocalDate date) {
    return !holidaysOn(date).isEmpty();
  }

  /** This calendar's holidays together with {@code other}'s. */
  default HolidayCalendar and(HolidayCalendar other) {
    Objects.requireNonNull(other, "other");
    HolidayCalendar self = this;
    return year -> {
      List<Holiday> all = new ArrayList<>(self.holidaysIn(year));
      all.addAll(other.holidaysIn(year));
      all.sort(null);
      return List.copyOf(all);
    };
  }

  /** A calendar with no holidays. */
  static HolidayCalendar none() {
    return year -> List.of();
  }

  /** A calendar of exactly the given holidays, such as a state's list or a court's closures. */
  static HolidayCalendar of(Collection<Holiday> holidays) {
    Map<Integer, List<Holiday>> byYear = new TreeMap<>();
    for (Holiday h : holidays) {
      byYear.computeIfAbsent(h.date().getYear(), y -> new ArrayList<>()).add(h);
    }
    byYear.replaceAll(
        (y, list) -> {
          list.sort(null);
          return List.copyOf(list);
        });
    Map<Integer, List<Holiday>> frozen = Map.copyOf(byYear);
    return year -> frozen.getOrDefault(year, List.of());
  }
}
