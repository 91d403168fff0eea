package org.courtorders.parser.internal.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the dates and times written in normalized order text: "July 17, 2023", "Sept. 1", "the 17th
 * day of July, 2023", "17 July 2023", "7/17/23", "2023-07-17", "10-13-2023", "Friday, February 19,
 * 2021", "February 2021", "2:00 p.m.", "noon", "5:00 PM ET". A time next to a date ("February 19,
 * 2021 at 2:00 p.m.", "2:00 p.m. on February 19, 2021") is attached to it.
 *
 * <pre>{@code
 * List<DateMention> found = new DateRecognizer().find("due by July 20th at noon");
 * DateRecognizer.resolveYear(found.get(0), orderDate, YearPolicy.FORWARD);
 * }</pre>
 *
 * <p>Numbers that only look like dates are left alone: phone numbers ("212-465-1180"), case and
 * docket numbers ("18-cv-4476", "Dkt. No. 564"), "Page 1 of 2", fractions ("7/7") and bare years.
 * Numeric dates are read month first, as United States courts write them. The recognizer works on
 * tokens with bounded look-ahead and no regular expressions, so its time is linear in the length of
 * the region. Stateless and thread-safe.
 */
public final class DateRecognizer {
  static final int MIN_YEAR = 1800;
  static final int MAX_YEAR = 2199;

  /** Two-digit years from this value up are 19xx, below it 20xx. */
  private static final int CENTURY_PIVOT = 70;

  /** FORWARD looks this many years ahead at most, enough to reach a February 29. */
  private static final int FORWARD_YEARS = 8;

  private static final Set<String> ZONES =
      Set.of("et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt");

  /** Every mention in {@code text}. */
  public List<DateMention> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /**
   * Every mention wholly inside {@code [from, to)} of {@code text}, in text order; offsets are into
   * {@code text}.
   */
  public List<DateMention> find(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    Tokens t = Tokens.scan(text, from, to);
    List<Match> dates = new ArrayList<>();
    List<Match> times = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Match m = matchDate(t, i);
      if (m == null) {
        m = matchTime(t, i);
        if (m != null) {
          times.add(m);
        }
      } else {
        dates.add(m);
      }
      i = m == null ? i + 1 : m.next;
    }
    List<DateMention> found = attachTimes(t, dates, times);
    t.recycle();
    return found;
  }

  /**
   * The date of {@code mention}, supplying a missing year from {@code anchor} (the order's own
   * date) under {@code policy}. Empty for month-year and time mentions, and for a day that does not
   * exist in any year tried ("February 30").
   */
  public static Optional<LocalDate> resolveYear(
      DateMention mention, LocalDate anchor, YearPolicy policy) {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(policy, "policy");
    if (mention.kind() != DateMention.Kind.DATE) {
      return Optional.empty();
    }
    if (mention.yearPresent()) {
      return mention.date();
    }
    if (policy == YearPolicy.FORWARD) {
      for (int y = anchor.getYear(); y <= anchor.getYear() + FORWARD_YEARS; y++) {
        Optional<LocalDate> d = DateMention.valid(y, mention.month(), mention.day());
        if (d.isPresent() && !d.get().isBefore(anchor)) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (policy == YearPolicy.BACKWARD) {
      for (int y = anchor.getYear(); y >= anchor.getYear() - FORWARD_YEARS; y--) {
        Optional<LocalDate> d = DateMention.valid(y, mention.month(), mention.day());
        if (d.isPresent() && !d.get().isAfter(anchor)) {
          return d;
        }
      }
      return Optional.empty();
    }
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      Optional<LocalDate> d = DateMention.valid(y, mention.month(), mention.day());
      if (d.isPresent()) {
        long distance = Math.abs(ChronoUnit.DAYS.between(anchor, d.get()));
        if (distance < bestDistance) {
          best = d.get();
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The same as {@link #resolveYear(DateMention, LocalDate, YearPolicy)} with NEAREST. */
  public static Optional<LocalDate> resolveYear(DateMention mention, LocalDate anchor) {
    return resolveYear(mention, anchor, YearPolicy.NEAREST);
  }

  /** A mention and the tokens it took: {@code [first, next)}. */
  private record Match(int first, int next, DateMention mention) {}

  private static Match matchDate(Tokens t, int i) {
    Match m = weekdayFirst(t, i);
    if (m == null) {
      m = monthFirst(t, i);
    }
    if (m == null) {
      m = ordinalDayOf(t, i);
    }
    if (m == null) {
      m = dayMonthYear(t, i);
    }
    if (m == null) {
      m = dashedMonth(t, i);
    }
    if (m == null) {
      m = numeric(t, i);
    }
    return m;
  }

  /**
   * "28-Feb-2010", "16-Jun-06", "9-Apr", "2006-Jun-16": a month word between dashes, as docket
   * exports and spreadsheets print dates. The tokens must touch; a year, when written, has four
   * digits or two.
   */
  private static Match dashedMonth(Tokens t, int i) {
    if (!t.isDigits(i)
        || !t.isMark(i + 1, '-')
        || !t.isWord(i + 2)
        || !t.touches(i)
        || !t.touches(i + 1)) {
      return null;
    }
    if (t.touches(i - 1)
        && (t.isWord(i - 1) || t.isDigits(i - 1) || t.isMark(i - 1, '-') || t.isMark(i - 1, '/'))) {
      return null;
    }
    int month = DateWords.month(t.dateWord(i + 2));
    if (month == 0) {
      return null;
    }
    boolean more =
        t.touches(i + 2) && t.isMark(i + 3, '-') && t.touches(i + 3) && t.isDigits(i + 4);
    if (more && runsOn(t, i + 4)) {
      return null;
    }
    if (t.digitCount(i) == 4) {
      if (!more || t.digitCount(i + 4) > 2) {
        return null;
      }
      int year = t.number(i);
      int day = t.number(i + 4);
      if (year < MIN_YEAR || year > MAX_YEAR || day < 1 || day > 31) {
        return null;
      }
      return date(t, i, i + 5, DateMention.Form.DAY_MONTH, month, day, year, false);
    }
    int day = t.digitCount(i) <= 2 ? t.number(i) : 0;
    if (day < 1 || day > 31) {
      return null;
    }
    if (more) {
      int c = t.digitCount(i + 4);
      int year = t.number(i + 4);
      if (c == 2) {
        year += year >= CENTURY_PIVOT ? 1900 : 2000;
      } else if (c != 4 || year < MIN_YEAR || year > MAX_YEAR) {
        return null;
      }
      return date(t, i, i + 5, DateMention.Form.DAY_MONTH, month, day, year, c == 2);
    }
    // Without a year only after a word that sets a date ("due 9-Apr"): "Rule 26-Jun" is no date.
    if (runsOn(t, i + 2)
        || !(t.isWord(i - 1, "by")
            || t.isWord(i - 1, "on")
            || t.isWord(i - 1, "due")
            || t.isWord(i - 1, "until")
            || t.isWord(i - 1, "before")
            || t.isWord(i - 1, "through"))) {
      return null;
    }
    return date(t, i, i + 3, DateMention.Form.DAY_MONTH, month, day, 0, false);
  }

  /** A two-digit year after an apostrophe ("Jan. 10, '00"): the year, or 0. */
  private static int apostropheYear(Tokens t, int y) {
    if ((t.isMark(y, '\'') || t.isMark(y, '\u2019'))
        && t.touches(y)
        && t.digitCount(y + 1) == 2
        && !runsOn(t, y + 1)) {
      int yy = t.number(y + 1);
      return yy + (yy >= CENTURY_PIVOT ? 1900 : 2000);
    }
    return 0;
  }

  /** "Friday, February 19, 2021", "Fri. the 19th day of February". */
  private static Match weekdayFirst(Tokens t, int i) {
    DayOfWeek wd = DateWords.weekday(t.dateWord(i));
    if (wd == null) {
      return null;
    }
    // A lower-case weekday ("sun, 11/21/2010") counts only before a date with its year.
    boolean lower = !t.capitalized(i);
    int j = i + 1;
    if (t.isMark(j, '.') && t.touches(i)) {
      j++;
    }
    if (t.isMark(j, ',')) {
      j++;
    }
    if (t.isWord(j, "the")) {
      j++;
    }
    Match m = monthFirst(t, j);
    if (m == null) {
      m = ordinalDayOf(t, j);
    }
    if (m == null) {
      m = numeric(t, j);
    }
    if (m == null || m.mention.kind() != DateMention.Kind.DATE || lower && m.mention.year() == 0) {
      return null;
    }
    DateMention d = m.mention;
    EnumSet<DateMention.Flag> flags = flagsOf(d);
    Optional<LocalDate> date = d.date();
    if (date.isPresent() && date.get().getDayOfWeek() != wd) {
      flags.add(DateMention.Flag.WEEKDAY_MISMATCH);
    }
    return new Match(
        i,
        m.next,
        new DateMention(
            t.start(i),
            d.end(),
            d.kind(),
            d.form(),
            d.month(),
            d.day(),
            d.year(),
            Optional.of(wd),
            d.time(),
            d.zone(),
            flags));
  }

  /** "July 17, 2023", "July 17th", "Sept. 1", "Jan 5, 2024", "February 2021". */
  private static Match monthFirst(Tokens t, int i) {
    int month = monthAt(t, i);
    // A month in lower case ("oct 1, 1980") counts only with its day and year: "may" is a verb.
    boolean lower = false;
    if (month == 0 && t.isWord(i) && !t.capitalized(i) && DateWords.month(t.dateWord(i)) > 0) {
      month = DateWords.month(t.dateWord(i));
      lower = true;
    }
    if (month == 0 || (t.isDigits(i - 1) && t.touches(i - 1))) {
      return null;
    }
    int j = afterMonth(t, i);
    if (t.breaksParagraph(j - 1)) {
      return null;
    }
    int day = dayAt(t, j);
    if (day > 0) {
      int k = afterDay(t, j);
      if (k < 0) {
        return null;
      }
      int y = t.isMark(k, ',') ? k + 1 : k;
      if (isYear(t, y) && !t.breaksParagraph(y - 1)) {
        return date(t, i, y + 1, DateMention.Form.MONTH_DAY, month, day, t.number(y), false);
      }
      int apostrophe = t.breaksParagraph(y - 1) ? 0 : apostropheYear(t, y);
      if (apostrophe > 0) {
        return date(t, i, y + 2, DateMention.Form.MONTH_DAY, month, day, apostrophe, true);
      }
      return lower ? null : date(t, i, k, DateMention.Form.MONTH_DAY, month, day, 0, false);
    }
    if (lower) {
      return null;
    }
    int y = j;
    if (t.isMark(y, ',') || t.isWord(y, "of")) {
      y++;
    }
    if (isYear(t, y)) {
      DateMention m =
          new DateMention(
              t.start(i),
              t.end(y),
              DateMention.Kind.MONTH_YEAR,
              DateMention.Form.MONTH_YEAR,
              month,
              0,
              t.number(y),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Set.of());
      return new Match(i, y + 1, m);
    }
    return null;
  }

  /**
   * "the 17th day of July, 2023", "this twenty-sixth day of February, 2026": starts at the ordinal.
   */
  private static Match ordinalDayOf(Tokens t, int i) {
    int day;
    int k;
    if (t.isDigits(i)
        && t.digitCount(i) <= 2
        && t.touches(i)
        && DateWords.ordinalSuffix(t.dateWord(i + 1))) {
      day = t.number(i);
      k = i + 2;
    } else if (DateWords.ordinalUnit(t.dateWord(i)) > 0) {
      day = DateWords.ordinalUnit(t.dateWord(i));
      k = i + 1;
    } else if (DateWords.ordinalTen(t.dateWord(i)) > 0) {
      day = DateWords.ordinalTen(t.dateWord(i));
      k = i + 1;
    } else if (DateWords.ten(t.dateWord(i)) > 0) {
      int u = t.isMark(i + 1, '-') ? i + 2 : i + 1;
      int unit = DateWords.ordinalUnit(t.dateWord(u));
      if (unit <= 0 || unit > 9) {
        return null;
      }
      day = DateWords.ten(t.dateWord(i)) + unit;
      k = u + 1;
    } else {
      return null;
    }
    if (day < 1 || day > 31 || !t.isWord(k, "day") || !t.isWord(k + 1, "of")) {
      return null;
    }
    int m = k + 2;
    int month = monthAt(t, m);
    if (month == 0) {
      return null;
    }
    int j = afterMonth(t, m);
    int y = t.isMark(j, ',') ? j + 1 : j;
    if (isYear(t, y)) {
      return date(
          t, i, y + 1, DateMention.Form.ORDINAL_DAY_OF_MONTH, month, day, t.number(y), false);
    }
    return date(t, i, j, DateMention.Form.ORDINAL_DAY_OF_MONTH, month, day, 0, false);
  }

  /** "17 July 2023"; the year is required, which keeps "Rule 26 June" style noise out. */
  private static Match dayMonthYear(Tokens t, int i) {
    if (t.touches(i - 1) && !t.isMark(i - 1, '(')) {
      return null;
    }
    int day = dayAt(t, i);
    if (day == 0) {
      return null;
    }
    int k = afterDay(t, i);
    if (k < 0) {
      return null;
    }
    int month = monthAt(t, k);
    if (month == 0) {
      return null;
    }
    int j = afterMonth(t, k);
    int y = t.isMark(j, ',') ? j + 1 : j;
    if (!isYear(t, y)) {
      return null;
    }
    return date(t, i, y + 1, DateMention.Form.DAY_MONTH, month, day, t.number(y), false);
  }

  /** "7/17/23", "07/17/2023", "10-13-2023", "2023-07-17". */
  private static Match numeric(Tokens t, int i) {
    if (!t.isDigits(i) || !t.isDigits(i + 2) || !t.isDigits(i + 4)) {
      return null;
    }
    char sep = t.isMark(i + 1, '/') ? '/' : t.isMark(i + 1, '-') ? '-' : 0;
    if (sep == 0
        || !t.isMark(i + 3, sep)
        || !(t.touches(i) && t.touches(i + 1) && t.touches(i + 2) && t.touches(i + 3))) {
      return null;
    }
    if (t.touches(i - 1)
        && (t.isWord(i - 1)
            || t.isMark(i - 1, '/')
            || t.isMark(i - 1, '-')
            || t.isMark(i - 1, '.')
            || t.isMark(i - 1, ':'))) {
      return null;
    }
    if (t.touches(i + 4)
        && (t.isWord(i + 5)
            || t.isDigits(i + 5)
            || ((t.isMark(i + 5, '/') || t.isMark(i + 5, '-') || t.isMark(i + 5, '.'))
                && t.isDigits(i + 6)))) {
      return null;
    }
    int a = t.digitCount(i);
    int b = t.digitCount(i + 2);
    int c = t.digitCount(i + 4);
    int year;
    int month;
    int day;
    boolean twoDigit = false;
    DateMention.Form form;
    if (sep == '-' && a == 4 && b <= 2 && c <= 2) {
      year = t.number(i);
      month = t.number(i + 2);
      day = t.number(i + 4);
      form = DateMention.Form.ISO;
    } else if (a <= 2 && b <= 2 && (c == 4 || (sep == '/' && c == 2))) {
      month = t.number(i);
      day = t.number(i + 2);
      year = t.number(i + 4);
      if (c == 2) {
        year += year >= CENTURY_PIVOT ? 1900 : 2000;
        twoDigit = true;
      }
      form = sep == '/' ? DateMention.Form.SLASHED : DateMention.Form.DASHED;
    } else {
      return null;
    }
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return date(t, i, i + 5, form, month, day, year, twoDigit);
  }

  private static Match date(
      Tokens t,
      int first,
      int next,
      DateMention.Form form,
      int month,
      int day,
      int year,
      boolean twoDigitYear) {
    EnumSet<DateMention.Flag> flags = EnumSet.noneOf(DateMention.Flag.class);
    if (year == 0) {
      flags.add(DateMention.Flag.YEAR_ABSENT);
      // February 29 exists in leap years; only a day no year has is invalid here.
      if (DateMention.valid(2000, month, day).isEmpty()) {
        flags.add(DateMention.Flag.INVALID_DATE);
      }
    } else if (DateMention.valid(year, month, day).isEmpty()) {
      flags.add(DateMention.Flag.INVALID_DATE);
    }
    if (twoDigitYear) {
      flags.add(DateMention.Flag.TWO_DIGIT_YEAR);
    }
    DateMention m =
        new DateMention(
            t.start(first),
            t.end(next - 1),
            DateMention.Kind.DATE,
            form,
            month,
            day,
            year,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            flags);
    return new Match(first, next, m);
  }

  private static EnumSet<DateMention.Flag> flagsOf(DateMention m) {
    EnumSet<DateMention.Flag> flags = EnumSet.noneOf(DateMention.Flag.class);
    flags.addAll(m.flags());
    return flags;
  }

  /** The month a capitalized month word at {@code i} names, or 0; "may" the verb is not May. */
  private static int monthAt(Tokens t, int i) {
    return t.capitalized(i) ? DateWords.month(t.dateWord(i)) : 0;
  }

  /** The token after a month word, past an abbreviation's period ("Sept."). */
  private static int afterMonth(Tokens t, int i) {
    return DateWords.monthAbbreviation(t.dateWord(i)) && t.isMark(i + 1, '.') && t.touches(i)
        ? i + 2
        : i + 1;
  }

  /** A day of the month (1-31) written in one or two digits at {@code i}, or 0. */
  private static int dayAt(Tokens t, int i) {
    if (!t.isDigits(i) || t.digitCount(i) > 2) {
      return 0;
    }
    int d = t.number(i);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /**
   * The token after a day number, past an ordinal suffix ("17th"); -1 if the number runs on into
   * something that is not a date ("17cv", "17:30", "17.5", "17/18").
   */
  private static int afterDay(Tokens t, int i) {
    if (!t.touches(i)) {
      return i + 1;
    }
    if (t.isWord(i + 1)) {
      return DateWords.ordinalSuffix(t.dateWord(i + 1)) ? i + 2 : -1;
    }
    if ((t.isMark(i + 1, ':') || t.isMark(i + 1, '.') || t.isMark(i + 1, '/'))
        && t.isDigits(i + 2)) {
      return -1;
    }
    return i + 1;
  }

  private static boolean isYear(Tokens t, int i) {
    if (t.digitCount(i) != 4) {
      return false;
    }
    int y = t.number(i);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return false;
    }
    return !(t.touches(i)
        && (t.isWord(i + 1)
            || ((t.isMark(i + 1, '-') || t.isMark(i + 1, '/')) && t.isDigits(i + 2))));
  }

  /** "2:00 p.m.", "2 p.m.", "2pm", "noon", "12 noon", "5:00 PM ET", "at 14:00". */
  private static Match matchTime(Tokens t, int i) {
    if (t.isWord(i, "noon")) {
      return time(t, i, i + 1, LocalTime.NOON);
    }
    if (!t.isDigits(i) || t.digitCount(i) > 2) {
      return null;
    }
    if (t.touches(i - 1) && !t.isMark(i - 1, '(')) {
      return null;
    }
    int h = t.number(i);
    int minute = 0;
    boolean minutes = false;
    int k = i + 1;
    if (t.isMark(k, ':') && t.touches(i) && t.touches(k) && t.digitCount(k + 1) == 2) {
      minute = t.number(k + 1);
      if (minute > 59) {
        return null;
      }
      minutes = true;
      k += 2;
      // Seconds ("3:33:39 PM") are read past; the model keeps hours and minutes.
      if (t.isMark(k, ':')
          && t.touches(k - 1)
          && t.touches(k)
          && t.digitCount(k + 1) == 2
          && t.number(k + 1) <= 59) {
        k += 2;
      }
    }
    int afterMeridiem = meridiem(t, k);
    if (afterMeridiem > 0) {
      if (h < 1 || h > 12) {
        return null;
      }
      boolean pm = t.word(k).startsWith("p");
      return time(t, i, afterMeridiem, LocalTime.of(h % 12 + (pm ? 12 : 0), minute));
    }
    if (t.isWord(k, "noon") && h == 12 && (minute == 0)) {
      return time(t, i, k + 1, LocalTime.NOON);
    }
    if (minutes && h <= 23 && !runsOn(t, k - 1) && (t.isWord(i - 1, "at") || zoneAt(t, k))) {
      return time(t, i, k, LocalTime.of(h, minute));
    }
    return null;
  }

  /** Whether token {@code i} runs straight on into a word, number or separator ("14:00-15:00"). */
  private static boolean runsOn(Tokens t, int i) {
    return t.touches(i)
        && (t.isDigits(i + 1)
            || t.isWord(i + 1)
            || t.isMark(i + 1, '-')
            || t.isMark(i + 1, '/')
            || t.isMark(i + 1, ':'));
  }

  /** The token after "am", "pm", "a.m.", "p.m", "PM" at {@code k}, or -1. */
  private static int meridiem(Tokens t, int k) {
    if (t.isWord(k, "am") || t.isWord(k, "pm")) {
      return t.touches(k) && t.isWord(k + 1) ? -1 : k + 1;
    }
    if ((t.isWord(k, "a") || t.isWord(k, "p"))
        && t.isMark(k + 1, '.')
        && t.touches(k)
        && t.isWord(k + 2, "m")
        && t.touches(k + 1)) {
      return t.isMark(k + 3, '.') && t.touches(k + 2) ? k + 4 : k + 3;
    }
    return -1;
  }

  private static boolean zoneAt(Tokens t, int k) {
    return t.allCaps(k) && t.wordIn(k, ZONES);
  }

  private static Match time(Tokens t, int first, int next, LocalTime value) {
    Optional<String> zone = Optional.empty();
    if (zoneAt(t, next)) {
      zone = Optional.of(t.word(next).toUpperCase(java.util.Locale.ROOT));
      next++;
    }
    DateMention m =
        new DateMention(
            t.start(first),
            t.end(next - 1),
            DateMention.Kind.TIME,
            DateMention.Form.TIME,
            0,
            0,
            0,
            Optional.empty(),
            Optional.of(value),
            zone,
            Set.of());
    return new Match(first, next, m);
  }

  /**
   * Joins each time to a date right before it (", at") or right after it ("on"); times left over
   * stay mentions of their own.
   */
  private static List<DateMention> attachTimes(Tokens t, List<Match> dates, List<Match> times) {
    if (times.isEmpty()) {
      // most clauses: no time to attach, so no index of the dates (issue 13: the two maps were
      // 2 % of a parse's heap)
      List<DateMention> result = new ArrayList<>(dates.size());
      for (int d = 0; d < dates.size(); d++) {
        result.add(dates.get(d).mention);
      }
      result.sort(Comparator.comparingInt(DateMention::start));
      return List.copyOf(result);
    }
    Map<Integer, Integer> dateByNext = new HashMap<>();
    Map<Integer, Integer> dateByFirst = new HashMap<>();
    for (int d = 0; d < dates.size(); d++) {
      if (dates.get(d).mention.kind() == DateMention.Kind.DATE) {
        dateByNext.put(dates.get(d).next, d);
        dateByFirst.put(dates.get(d).first, d);
      }
    }
    DateMention[] out = new DateMention[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      out[d] = dates.get(d).mention;
    }
    boolean[] timed = new boolean[dates.size()];
    List<DateMention> result = new ArrayList<>();
    for (Match tm : times) {
      Integer d = dateBefore(t, dateByNext, tm.first);
      if (d != null && !timed[d]) {
        out[d] =
            out[d].withTime(
                out[d].start(), tm.mention.end(), tm.mention.time().get(), tm.mention.zone());
        timed[d] = true;
        continue;
      }
      d = dateAfter(t, dateByFirst, tm.next);
      if (d != null && !timed[d]) {
        out[d] =
            out[d].withTime(
                tm.mention.start(), out[d].end(), tm.mention.time().get(), tm.mention.zone());
        timed[d] = true;
        continue;
      }
      result.add(tm.mention);
    }
    result.addAll(List.of(out));
    result.sort(Comparator.comparingInt(DateMention::start));
    return List.copyOf(result);
  }

  /** The date ending at most two glue tokens (",", "at") before token {@code first}. */
  private static Integer dateBefore(Tokens t, Map<Integer, Integer> dateByNext, int first) {
    for (int gap = 0; gap <= 2; gap++) {
      int k = first - gap;
      if (gap > 0 && !(t.isMark(k, ',') || t.isWord(k, "at"))) {
        return null;
      }
      Integer d = dateByNext.get(k);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The date starting at most two glue tokens (",", "on") after token {@code next}. */
  private static Integer dateAfter(Tokens t, Map<Integer, Integer> dateByFirst, int next) {
    for (int gap = 0; gap <= 2; gap++) {
      int k = next + gap;
      Integer d = dateByFirst.get(k);
      if (d != null) {
        return d;
      }
      if (!(t.isMark(k, ',') || t.isWord(k, "on"))) {
        return null;
      }
    }
    return null;
  }
}
