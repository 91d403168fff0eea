package org.courtorders.core.time;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One holiday on one date. {@link #date()} is the day set aside for it, which Rule 6(a)(6)(A)
 * treats as the legal holiday; {@link #actualDate()} is the nominal day, which differs when a
 * fixed-date holiday falls on a weekend (New Year's Day 2022 fell on Saturday January 1 and was
 * observed Friday December 31, 2021).
 *
 * <pre>{@code
 * Holiday closure = Holiday.of(LocalDate.of(2023, 1, 30), "Clerk's office closed (snow)",
 *     HolidayKind.COURT_CLOSURE);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Holiday extends Comparable<Holiday> {
  /** The day observed as the holiday. */
  LocalDate date();

  /** The nominal day of the holiday, before any weekend shift. */
  @Value.Default
  default LocalDate actualDate() {
    return date();
  }

  String name();

  HolidayKind kind();

  /** The statute, executive order or other source that makes this day a holiday. */
  @Value.Default
  default String source() {
    return "";
  }

  /** Whether the holiday was moved from a weekend to {@link #date()}. */
  default boolean shifted() {
    return !date().equals(actualDate());
  }

  static Holiday of(LocalDate date, String name, HolidayKind kind) {
    return new Builder().date(date).name(name).kind(kind).build();
  }

  @Override
  default int compareTo(Holiday o) {
    int c = date().compareTo(o.date());
    return c != 0 ? c : name().compareTo(o.name());
  }

  class Builder extends ImmutableHoliday.Builder {}
}
