package org.courtorders.parser.internal.cite;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The few date forms citations use: "June 23, 2023", "Sept. 3, 2023", "5/5/23", "05/05/2023". A
 * deliberately small grammar; the full date grammar lives in another package, and citations must
 * not depend on it. A two-digit year is 20YY (court e-filing dates are all after 2000).
 */
final class SimpleDate {
  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /**
   * A date at the start of a range of text.
   *
   * @param end normalized end of the date text
   * @param date the date, empty when the text gives no year ("July 15")
   */
  record Found(int end, Optional<LocalDate> date) {}

  private SimpleDate() {}

  /** The date starting exactly at {@code i}, or null. */
  static Found at(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    return Chars.isDigit(s.charAt(i)) ? numeric(s, i) : named(s, i);
  }

  private static Found numeric(String s, int i) {
    int m = Chars.digits(s, i, 2);
    if (m == i || m >= s.length() || s.charAt(m) != '/') {
      return null;
    }
    int d = Chars.digits(s, m + 1, 2);
    if (d == m + 1 || d >= s.length() || s.charAt(d) != '/') {
      return null;
    }
    int y = Chars.digits(s, d + 1, 4);
    int len = y - d - 1;
    if ((len != 2 && len != 4) || (y < s.length() && Chars.isDigit(s.charAt(y)))) {
      return null;
    }
    int year = Chars.parseInt(s, d + 1, y) + (len == 2 ? 2000 : 0);
    return make(y, year, Chars.parseInt(s, i, m), Chars.parseInt(s, m + 1, d));
  }

  private static Found named(String s, int i) {
    int month = -1;
    int j = i;
    while (j < s.length() && j - i < 10 && Chars.isAsciiLetter(s.charAt(j))) {
      j++;
    }
    if (j - i < 3) {
      return null;
    }
    if (!Character.isUpperCase(s.charAt(i))) {
      return null;
    }
    int len = j - i;
    for (int k = 0; k < MONTHS.length; k++) {
      boolean whole = len == MONTHS[k].length();
      boolean abbr = len == 3 || (len == 4 && k == 8); // "Sep", "Sept"
      if ((whole || abbr) && s.regionMatches(true, i, MONTHS[k], 0, len)) {
        month = k + 1;
        break;
      }
    }
    if (month < 0) {
      return null;
    }
    if (j < s.length() && s.charAt(j) == '.') {
      j++;
    }
    int k = skipSpace(s, j);
    int d = Chars.digits(s, k, 2);
    if (d == k) {
      return null;
    }
    int day = Chars.parseInt(s, k, d);
    int end = d;
    if (end + 1 < s.length()
        && (s.startsWith("st", end)
            || s.startsWith("nd", end)
            || s.startsWith("rd", end)
            || s.startsWith("th", end))) {
      end += 2;
    }
    int y = end;
    if (y < s.length() && s.charAt(y) == ',') {
      y++;
    }
    y = skipSpace(s, y);
    int ye = Chars.digits(s, y, 4);
    if (ye - y == 4 && Chars.wordEnd(s, ye)) {
      return make(ye, Chars.parseInt(s, y, ye), month, day);
    }
    if (day < 1 || day > 31 || !Chars.wordEnd(s, end)) {
      return null;
    }
    return new Found(end, Optional.empty());
  }

  private static int skipSpace(String s, int i) {
    int n = 0;
    while (i < s.length() && n < 2 && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
      i++;
      n++;
    }
    return i;
  }

  private static Found make(int end, int year, int month, int day) {
    try {
      return new Found(end, Optional.of(LocalDate.of(year, month, day)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
