package org.courtorders.parser.internal.cite;

/**
 * Small forward-scanning helpers over the normalized text. Every method looks at a bounded number
 * of characters, so recognizers built from them stay linear in the input.
 */
final class Chars {
  /** Most blanks (spaces, tabs, one line break) allowed between the parts of one citation. */
  static final int MAX_GAP = 4;

  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isDigitCp(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  /** Whether a word may start at {@code i}: the character before is not a letter or digit. */
  static boolean wordStart(String s, int i) {
    return i == 0 || !isWordChar(s.charAt(i - 1));
  }

  /** Whether a word ends at {@code i} (exclusive): the character there is not a letter or digit. */
  static boolean wordEnd(String s, int i) {
    return i >= s.length() || !isWordChar(s.charAt(i));
  }

  /**
   * Skips at most {@link #MAX_GAP} blanks including at most one line break; returns the new
   * position (unchanged if there is no blank).
   */
  static int skipGap(String s, int i) {
    return skipGap(s, i, 1);
  }

  /**
   * Skips at most {@link #MAX_GAP} blanks including at most {@code maxBreaks} line breaks. Two
   * breaks let a label on one line reach its number after a blank line ("[Doc.\n\n77]"), which PDF
   * conversion leaves where a line was wrapped.
   */
  static int skipGap(String s, int i, int maxBreaks) {
    int n = 0;
    int breaks = 0;
    while (i < s.length() && n < MAX_GAP && isBlank(s.charAt(i))) {
      if (s.charAt(i) == '\n' && ++breaks > maxBreaks) {
        break;
      }
      i++;
      n++;
    }
    return i;
  }

  /** End of a run of at most {@code max} digits at {@code i}; {@code i} if none. */
  static int digits(String s, int i, int max) {
    int j = i;
    while (j < s.length() && j - i < max && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * End of an ASCII word at {@code i} that equals {@code word} ignoring case, or -1. The word must
   * not continue with a letter or digit.
   */
  static int word(String s, int i, String word) {
    int end = i + word.length();
    if (end <= s.length() && s.regionMatches(true, i, word, 0, word.length()) && wordEnd(s, end)) {
      return end;
    }
    return -1;
  }

  /** Like {@link #word} but case-sensitive. */
  static int exactWord(String s, int i, String word) {
    int end = i + word.length();
    if (end <= s.length() && s.startsWith(word, i) && wordEnd(s, end)) {
      return end;
    }
    return -1;
  }

  /** End of {@code lit} at {@code i} matched exactly (no word-boundary check), or -1. */
  static int literal(String s, int i, String lit) {
    return s.startsWith(lit, i) ? i + lit.length() : -1;
  }

  static int parseInt(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  /** Position after trailing blanks are removed from {@code [from, to)}. */
  static int trimEnd(String s, int from, int to) {
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** {@code s} with every run of blanks turned into one space, trimmed. */
  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean blank = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBlank(c)) {
        blank = sb.length() > 0;
      } else {
        if (blank) {
          sb.append(' ');
          blank = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
