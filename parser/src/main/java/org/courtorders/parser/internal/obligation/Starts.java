package org.courtorders.parser.internal.obligation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a phrase's match can start, derived once from its pattern: for each ASCII character, and
 * for what stands before it (the region's start, a character that is not part of a word, a word
 * character), whether a match could start there. {@link Matcher#find()} tries a case-insensitive
 * pattern that opens with {@code \b} at every position of a clause; the phrase book tries it only
 * where this table allows (issue #13), with the same matches.
 *
 * <p>The table is read from the pattern itself, by asking the regular-expression engine: a start
 * is impossible when matching one character fails without the engine reaching the end of the
 * input ({@link Matcher#hitEnd()}). That holds when what a match needs before its start is at
 * most the word-ness of the character before it ({@code \b}, {@code ^}); a pattern with a
 * look-behind gets no table and is tried everywhere.
 */
final class Starts {
  private static final String NOT_WORD = " .(,\"'-;:\n$/)[&";
  private static final String WORD = "aZ5_";

  /** possible[kind] bit c: kind 0 at the region's start, 1 after a non-word character, 2 after a word character. */
  private final long[][] possible = new long[3][2];

  private Starts() {}

  /** The table, or null when the pattern's starts cannot be read from one character. */
  static Starts of(Pattern pattern) {
    if (pattern.pattern().contains("(?<")) {
      return null;
    }
    Starts s = new Starts();
    for (int c = 0; c < 128; c++) {
      String cur = String.valueOf((char) c);
      if (mayStart(pattern, "", cur)) {
        s.set(0, c);
      }
      for (int k = 0; k < NOT_WORD.length(); k++) {
        if (mayStart(pattern, NOT_WORD.substring(k, k + 1), cur)) {
          s.set(1, c);
        }
      }
      for (int k = 0; k < WORD.length(); k++) {
        if (mayStart(pattern, WORD.substring(k, k + 1), cur)) {
          s.set(2, c);
        }
      }
    }
    return s;
  }

  private void set(int kind, int c) {
    possible[kind][c >>> 6] |= 1L << (c & 63);
  }

  private static boolean mayStart(Pattern pattern, String before, String cur) {
    String text = before + cur;
    Matcher m = pattern.matcher(text).region(before.length(), text.length())
        .useTransparentBounds(true).useAnchoringBounds(false);
    return m.lookingAt() || m.hitEnd();
  }

  /** Whether a match may start at {@code at}, given the region starts at {@code from}. */
  boolean mayStartAt(CharSequence text, int from, int at) {
    char c = text.charAt(at);
    if (c >= 128) {
      return true;
    }
    if (at == from) {
      return (possible[0][c >>> 6] & (1L << (c & 63))) != 0;
    }
    char b = text.charAt(at - 1);
    long bit = 1L << (c & 63);
    if (b >= 128) {
      return ((possible[1][c >>> 6] | possible[2][c >>> 6]) & bit) != 0;
    }
    boolean word = b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    return (possible[word ? 2 : 1][c >>> 6] & bit) != 0;
  }
}
