package org.courtorders.parser.internal.date;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtorders.parser.internal.FoldedKeys;

/**
 * The words of dates and periods, as one table of facts: month names and their abbreviations,
 * weekday names, cardinal number words and ordinal words. Keys are lower case; matching of case
 * (months must be capitalized so that "may" the verb is not May) happens in the recognizers.
 */
final class DateWords {
  private DateWords() {}

  /** Month names and the abbreviations orders use ("Sept." as well as "Sep."). */
  private static final String[][] MONTHS = {
    {"january", "jan"},
    {"february", "feb"},
    {"march", "mar"},
    {"april", "apr"},
    {"may"},
    {"june", "jun"},
    {"july", "jul"},
    {"august", "aug"},
    {"september", "sep", "sept"},
    {"october", "oct"},
    {"november", "nov"},
    {"december", "dec"},
  };

  private static final String[][] WEEKDAYS = {
    {"monday", "mon"},
    {"tuesday", "tue", "tues"},
    {"wednesday", "wed"},
    {"thursday", "thu", "thur", "thurs"},
    {"friday", "fri"},
    {"saturday", "sat"},
    {"sunday", "sun"},
  };

  /** Cardinals 0-19; the tens follow. "twenty-one" and "twenty one" are composed from both. */
  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
  };

  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  };

  /** Ordinals 1-19 by value; the tens' ordinals follow. "thirty-first" is composed. */
  private static final String[] ORDINAL_UNITS = {
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
  };

  private static final String[] ORDINAL_TENS = {"", "", "twentieth", "thirtieth"};

  /** The suffixes of "1st", "2nd", "3rd", "17th". */
  private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"};

  private static final Map<String, Integer> MONTH = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAY = new HashMap<>();
  private static final Map<String, Integer> UNIT = new HashMap<>();
  private static final Map<String, Integer> TEN = new HashMap<>();
  private static final Map<String, Integer> ORDINAL_UNIT = new HashMap<>();
  private static final Map<String, Integer> ORDINAL_TEN = new HashMap<>();

  /** Every word above, each mapped to itself: {@link Tokens#dateWord} looks words up in place. */
  static final FoldedKeys<String> ALL;

  static {
    for (int m = 0; m < MONTHS.length; m++) {
      for (String w : MONTHS[m]) {
        MONTH.put(w, m + 1);
      }
    }
    for (int d = 0; d < WEEKDAYS.length; d++) {
      for (String w : WEEKDAYS[d]) {
        WEEKDAY.put(w, DayOfWeek.of(d + 1));
      }
    }
    for (int n = 0; n < UNITS.length; n++) {
      UNIT.put(UNITS[n], n);
    }
    for (int n = 2; n < TENS.length; n++) {
      TEN.put(TENS[n], n * 10);
    }
    for (int n = 1; n < ORDINAL_UNITS.length; n++) {
      ORDINAL_UNIT.put(ORDINAL_UNITS[n], n);
    }
    for (int n = 2; n < ORDINAL_TENS.length; n++) {
      ORDINAL_TEN.put(ORDINAL_TENS[n], n * 10);
    }
    Set<String> all = new HashSet<>();
    for (Map<String, ?> m : List.of(MONTH, WEEKDAY, UNIT, TEN, ORDINAL_UNIT, ORDINAL_TEN)) {
      all.addAll(m.keySet());
    }
    all.addAll(List.of(ORDINAL_SUFFIXES));
    ALL = FoldedKeys.of(all);
  }

  /** The month (1-12) a lower-case word names, or 0. */
  static int month(String w) {
    return w == null ? 0 : MONTH.getOrDefault(w, 0);
  }

  /** Whether {@code w} names a month by abbreviation ("Sept"), which may take a period. */
  static boolean monthAbbreviation(String w) {
    int m = month(w);
    return m > 0 && !MONTHS[m - 1][0].equals(w);
  }

  static DayOfWeek weekday(String w) {
    return w == null ? null : WEEKDAY.get(w);
  }

  /** 0-19 for "zero" to "nineteen", or -1. */
  static int unit(String w) {
    return w == null ? -1 : UNIT.getOrDefault(w, -1);
  }

  /** 20, 30, ... 90 for "twenty" to "ninety", or -1. */
  static int ten(String w) {
    return w == null ? -1 : TEN.getOrDefault(w, -1);
  }

  /** 1-19 for "first" to "nineteenth", or -1. */
  static int ordinalUnit(String w) {
    return w == null ? -1 : ORDINAL_UNIT.getOrDefault(w, -1);
  }

  /** 20 or 30 for "twentieth" and "thirtieth", or -1. */
  static int ordinalTen(String w) {
    return w == null ? -1 : ORDINAL_TEN.getOrDefault(w, -1);
  }

  static boolean ordinalSuffix(String w) {
    if (w == null) {
      return false;
    }
    for (String s : ORDINAL_SUFFIXES) {
      if (s.equals(w)) {
        return true;
      }
    }
    return false;
  }
}
