package org.courtorders.parser.internal.cite;

/**
 * A pin cite after a citation's number: "at 13", ", at 2-3", "at 7, 11, 15", "at ¶ 2", "¶ 3", "at 4
 * n.1", "at *3", "PageID.512". Pages and paragraphs, never docket entries: after "at", Bluebook
 * practice reads every following comma-separated number as a page.
 */
final class PinCite {
  /** Most numbers in one pin list ("at 7, 11, 15, 18"). */
  private static final int MAX_PARTS = 16;

  /**
   * A pin cite found.
   *
   * @param end normalized end of the pin text
   * @param value the pin as written, without "at" ("2-3", "¶ 2", "PageID.512")
   */
  record Found(int end, String value) {}

  private PinCite() {}

  /**
   * The pin cite that follows position {@code i}, or null. With {@code needAt}, a bare number is
   * not a pin (only "at …", "¶ …" and "PageID …" are), which keeps list items apart.
   */
  static Found after(String s, int i, boolean needAt) {
    int j = i;
    if (j < s.length() && s.charAt(j) == ',') {
      j++;
    }
    j = Chars.skipGap(s, j);
    int at = Chars.word(s, j, "at");
    if (at > 0) {
      Found f = body(s, Chars.skipGap(s, at));
      if (f != null) {
        return f;
      }
      return null;
    }
    if (j < s.length()
        && (s.charAt(j) == '\u00B6' || s.startsWith("PageID", j) || s.startsWith("Page ID", j))) {
      return body(s, j);
    }
    if (!needAt
        && j < s.length()
        && s.charAt(j) == 'p'
        && (s.startsWith("p.", j) || s.startsWith("pp.", j))) {
      return body(s, j);
    }
    return null;
  }

  /**
   * A transcript's page and lines right after {@code i} without "at" ("119:12-14"), or null: a
   * colon between two numbers says it is a pin, not the next sentence's number.
   */
  static Found lineCite(String s, int i) {
    int j = i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
    int e = Chars.digits(s, j, 6);
    if (e == j || e + 1 >= s.length() || s.charAt(e) != ':' || !Chars.isDigit(s.charAt(e + 1))) {
      return null;
    }
    return body(s, j);
  }

  /** The pin text starting at {@code i}: an optional marker, then numbers. */
  static Found body(String s, int i) {
    int j = i;
    if (s.startsWith("PageID", j) || s.startsWith("Page ID", j)) {
      j += s.startsWith("PageID", j) ? 6 : 7;
      int k = 0;
      while (j < s.length()
          && k < 4
          && (s.charAt(j) == '.'
              || s.charAt(j) == '#'
              || s.charAt(j) == ':'
              || s.charAt(j) == ' ')) {
        j++;
        k++;
      }
    } else if (j < s.length() && s.charAt(j) == '\u00B6') {
      j++;
      if (j < s.length() && s.charAt(j) == '\u00B6') {
        j++;
      }
      j = Chars.skipGap(s, j);
    } else if (s.startsWith("pp.", j)) {
      j = Chars.skipGap(s, j + 3);
    } else if (s.startsWith("p.", j)) {
      j = Chars.skipGap(s, j + 2);
    }
    int end = number(s, j);
    if (end < 0) {
      return null;
    }
    for (int parts = 1; parts < MAX_PARTS; parts++) {
      int k = end;
      if (k < s.length() && s.charAt(k) == '-') {
        k++;
        if (k < s.length() && s.charAt(k) == '-') {
          k++;
        }
      } else if (k < s.length() && s.charAt(k) == ',') {
        k++;
        if (k < s.length() && s.charAt(k) == ' ') {
          k++;
        }
        int para = k; // "at 7-9, ¶¶ 38-53": pages, then paragraphs
        while (para < s.length() && para - k < 2 && s.charAt(para) == '\u00B6') {
          para++;
        }
        if (para > k) {
          k = para < s.length() && s.charAt(para) == ' ' ? para + 1 : para;
        }
      } else if (s.startsWith(" n.", k) || s.startsWith(" nn.", k)) {
        k += s.startsWith(" n.", k) ? 3 : 4;
        if (k < s.length() && s.charAt(k) == ' ') {
          k++;
        }
      } else if (s.startsWith(" & ", k)) {
        k += 3;
      } else {
        break;
      }
      int e = number(s, k);
      if (e < 0 || followsReporterOrWord(s, e)) {
        break;
      }
      end = e;
    }
    return new Found(end, s.substring(i, end).replace('\n', ' '));
  }

  /** A page-like number: digits with an optional star ("*3"), line part ("48:3") or letter. */
  private static int number(String s, int i) {
    int j = i;
    if (j < s.length() && s.charAt(j) == '*') {
      j++;
    }
    int e = Chars.digits(s, j, 6);
    if (e == j) {
      return -1;
    }
    if (e + 1 < s.length() && s.charAt(e) == ':' && Chars.isDigit(s.charAt(e + 1))) {
      e = Chars.digits(s, e + 1, 4);
    } else if (e + 1 < s.length() && s.charAt(e) == '.' && Chars.isDigit(s.charAt(e + 1))) {
      e = Chars.digits(s, e + 1, 4); // "¶ 2.3"
    } else if (e < s.length()
        && Chars.isAsciiLetter(s.charAt(e))
        && Chars.wordEnd(s, e + 1)
        && s.charAt(e) != 'n') {
      e++; // "¶ 2A"
    }
    return Chars.wordEnd(s, e) ? e : -1;
  }

  /** A number followed by a word is the next citation's volume ("99 S. Ct."), not a page. */
  private static boolean followsReporterOrWord(String s, int e) {
    return e + 1 < s.length()
        && s.charAt(e) == ' '
        && Character.isLetter(s.charAt(e + 1))
        && s.charAt(e + 1) != 'n';
  }
}
