package org.courtorders.parser.internal.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One date or time written in the text, as written: month, day and year are kept separately so that
 * a missing year or an impossible date ("February 30") is recorded rather than guessed or thrown.
 * Offsets are UTF-16 indices into the text given to the recognizer, end exclusive; when a time is
 * attached the span covers both ("February 19, 2021 at 2:00 p.m.").
 *
 * @param start first offset, inclusive
 * @param end offset past the mention
 * @param kind a full or year-less date, a month and year only, or a time alone
 * @param form how the date was written
 * @param month 1-12, or 0 for a time alone
 * @param day 1-31, or 0 when not written (month-year, time alone)
 * @param year the written year (two-digit years expanded), or 0 when absent
 * @param weekday the weekday written beside the date, if any; never corrected
 * @param time the attached or lone time, if any
 * @param zone the time zone written after the time ("ET"), if any
 * @param flags what is missing or wrong
 */
public record DateMention(
    int start,
    int end,
    Kind kind,
    Form form,
    int month,
    int day,
    int year,
    Optional<DayOfWeek> weekday,
    Optional<LocalTime> time,
    Optional<String> zone,
    Set<Flag> flags) {

  /** What a mention holds. */
  public enum Kind {
    /** A day of a month, with or without a year. */
    DATE,
    /** A month and year only ("February 2021"); not a full date. */
    MONTH_YEAR,
    /** A time with no date beside it. */
    TIME
  }

  /** The written form, for diagnostics and tests. */
  public enum Form {
    /** "July 17, 2023", "Jan. 5", "July 17th". */
    MONTH_DAY,
    /** "17 July 2023". */
    DAY_MONTH,
    /** "the 17th day of July, 2023". */
    ORDINAL_DAY_OF_MONTH,
    /** "7/17/23", "07/17/2023". */
    SLASHED,
    /** "10-13-2023". */
    DASHED,
    /** "2023-07-17". */
    ISO,
    /** "February 2021". */
    MONTH_YEAR,
    /** "2:00 p.m.", "noon". */
    TIME
  }

  /** Problems a mention carries instead of throwing or guessing. */
  public enum Flag {
    /** No year was written; see {@link DateRecognizer#resolveYear}. */
    YEAR_ABSENT,
    /** The year was written with two digits and expanded (70-99 to 19xx, else 20xx). */
    TWO_DIGIT_YEAR,
    /** No such day exists ("February 30", "2/29/2023"). */
    INVALID_DATE,
    /** The written weekday is not the date's weekday. */
    WEEKDAY_MISMATCH
  }

  public DateMention {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  public boolean yearPresent() {
    return year != 0;
  }

  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /** The date, when the text gives a whole valid one, year included. */
  public Optional<LocalDate> date() {
    if (kind != Kind.DATE || !yearPresent()) {
      return Optional.empty();
    }
    return valid(year, month, day);
  }

  /** The text of the mention. */
  public String text(CharSequence source) {
    return source.subSequence(start, end).toString();
  }

  static Optional<LocalDate> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  DateMention withTime(int newStart, int newEnd, LocalTime t, Optional<String> z) {
    return new DateMention(
        newStart, newEnd, kind, form, month, day, year, weekday, Optional.of(t), z, flags);
  }
}
