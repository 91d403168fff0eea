package org.courtorders.parser.internal.obligation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a phrase's match can start, derived from its pattern: for each ASCII character, and for
 * what stands before it (the region's start, a character that is not part of a word, a word
 * character), whether a match could start there. {@link Matcher#find()} tries a case-insensitive
 * pattern that opens with {@code \b} at every position of a clause; the phrase book tries it only
 * where this table allows (issue #13), with the same matches.
 *
 * <p>The table is read from the pattern itself, by asking the regular-expression engine: a start is
 * impossible when matching one character fails without the engine reaching the end of the input
 * ({@link Matcher#hitEnd()}). That holds when what a match needs before its start is at most the
 * word-ness of the character before it ({@code \b}, {@code ^}); a pattern with a look-behind gets
 * no table and is tried everywhere.
 *
 * <p>Reading a table takes some 50 000 matches; done for every pattern at class load it was a third
 * of a one-file CLI run. So the build reads them once ({@link StartsTables}, run by Maven after
 * compiling) into a resource keyed by each pattern's source and flags, and {@link #of} takes a
 * pattern's table from there; a pattern the resource does not hold (one changed since, or a
 * court's) gets its table read here, as before. {@code StartsTablesTest} proves every stored table
 * equal to the one read here.
 */
final class Starts {
  private static final Logger LOG = LoggerFactory.getLogger(Starts.class);

  /**
   * possible[kind] bit c: kind 0 at the region's start, 1 after a non-word character, 2 after a
   * word character.
   */
  private final long[][] possible;

  private Starts(Pattern pattern, long[][] possible, long[][][] second) {
    this.pattern = pattern;
    this.possible = possible;
    this.second = second;
  }

  /**
   * The table, or null when the pattern's starts cannot be read from one character: it has a
   * look-behind (which may read further back than one character) or {@code \G}. Taken from the
   * tables the build generated when they hold the pattern, read from the pattern otherwise.
   */
  static Starts of(Pattern pattern) {
    if (!readable(pattern)) {
      return null;
    }
    Starts stored = StartsTables.stored(pattern);
    if (stored != null) {
      return new Starts(pattern, stored.possible, stored.second);
    }
    LOG.debug("no generated start table for pattern {}; reading it", pattern);
    return derive(pattern);
  }

  /** Whether the pattern's starts can be read from one character (see {@link #of}). */
  static boolean readable(Pattern pattern) {
    String source = pattern.pattern();
    return !source.contains("(?<") && !source.contains("\\G");
  }

  /** A table as stored: {@code second} rows that are null allow every continuation. */
  static Starts stored(long[][] possible, long[][][] second) {
    return new Starts(null, possible, second);
  }

  long[][] possible() {
    return possible;
  }

  long[][][] second() {
    return second;
  }

  /** The table read from the pattern by the regular-expression engine; the pattern is readable. */
  static Starts derive(Pattern pattern) {
    Starts s = new Starts(pattern, new long[3][2], new long[3][128][]);
    // What stands before a start matters to the pattern only as \b, \B or ^ see it: nothing
    // (the region's start), a character outside words (" "), or a word character ("a").
    String[] before = {"", " ", "a"};
    Matcher m = pattern.matcher("");
    char[] text = new char[2];
    for (int kind = 0; kind < 3; kind++) {
      int at = before[kind].length();
      if (at == 1) {
        text[0] = before[kind].charAt(0);
      }
      for (int c = 0; c < 128; c++) {
        text[at] = (char) c;
        m.reset(java.nio.CharBuffer.wrap(text, 0, at + 1))
            .region(at, at + 1)
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
        if (m.lookingAt() || m.hitEnd()) {
          s.possible[kind][c >>> 6] |= 1L << (c & 63);
        }
      }
    }
    s.readSeconds(m, before);
    return s;
  }

  /**
   * For each possible start, which ASCII characters may follow it: the same question asked of two
   * characters. A start whose every continuation is possible keeps no row.
   */
  private void readSeconds(Matcher m, String[] before) {
    char[] text = new char[3];
    for (int kind = 0; kind < 3; kind++) {
      int at = before[kind].length();
      if (at == 1) {
        text[0] = before[kind].charAt(0);
      }
      for (int c = 0; c < 128; c++) {
        if (!allows(kind, (char) c)) {
          continue;
        }
        text[at] = (char) c;
        long[] row = new long[2];
        for (int d = 0; d < 128; d++) {
          text[at + 1] = (char) d;
          m.reset(java.nio.CharBuffer.wrap(text, 0, at + 2))
              .region(at, at + 2)
              .useTransparentBounds(true)
              .useAnchoringBounds(false);
          if (m.lookingAt() || m.hitEnd()) {
            row[d >>> 6] |= 1L << (d & 63);
          }
        }
        if (row[0] != -1L || row[1] != -1L) {
          second[kind][c] = row;
        }
      }
    }
  }

  /** The ASCII word characters {@code [0-9A-Z_a-z]} as the two halves of a 128-bit set. */
  private static final long[] WORD_CHARS = wordChars();

  private static long[] wordChars() {
    long[] set = new long[2];
    for (int c = 0; c < 128; c++) {
      if (isWordChar((char) c)) {
        set[c >>> 6] |= 1L << (c & 63);
      }
    }
    return set;
  }

  /**
   * Whether a match may start at a word character right after another ({@code \\B}, or no boundary
   * at all): then {@link WordStarts} cannot skip the insides of words for this pattern.
   */
  boolean startsInsideWords() {
    return (possible[2][0] & WORD_CHARS[0]) != 0 || (possible[2][1] & WORD_CHARS[1]) != 0;
  }

  /** second[kind][c]: the ASCII characters that may follow a start at c; null when any may. */
  private final long[][][] second;

  /**
   * Whether a match may start at ASCII {@code c} (after {@code kind}) when {@code next} follows it
   * inside the region.
   */
  boolean allowsSecond(int kind, char c, char next) {
    long[] row = second[kind][c];
    return row == null || next >= 128 || (row[next >>> 6] & (1L << (next & 63))) != 0;
  }

  /**
   * The phrase's pattern, with a matcher per thread (a matcher per clause and phrase was a tenth of
   * the heap).
   */
  private final Pattern pattern;

  private final ThreadLocal<Matcher> matchers = new ThreadLocal<>();

  /**
   * This thread's matcher of the pattern on {@code text}, with transparent, non-anchoring bounds.
   * Give it back with {@link #release} so that it keeps no text alive.
   */
  Matcher matcher(CharSequence text) {
    Matcher m = matchers.get();
    if (m == null) {
      m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      matchers.set(m);
      return m;
    }
    return m.reset(text);
  }

  void release(Matcher m) {
    m.reset("");
  }

  /**
   * Whether a match may start at ASCII {@code c} after {@code kind} (0 start, 1 non-word, 2 word).
   */
  boolean allows(int kind, char c) {
    return (possible[kind][c >>> 6] & (1L << (c & 63))) != 0;
  }

  /**
   * Whether a match may start at {@code at} of the region {@code [from, to)}, by the character
   * there, the one before it and the one after it.
   */
  boolean mayStartAt(CharSequence text, int from, int at, int to) {
    char c = text.charAt(at);
    if (c >= 128) {
      return true;
    }
    int kind;
    if (at == from) {
      kind = 0;
    } else {
      char b = text.charAt(at - 1);
      if (b >= 128) {
        return mayStartAt(text, from, at); // the kind is not known from an ASCII table
      }
      kind = isWordChar(b) ? 2 : 1;
    }
    return allows(kind, c) && (at + 1 >= to || allowsSecond(kind, c, text.charAt(at + 1)));
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
    return (possible[isWordChar(b) ? 2 : 1][c >>> 6] & bit) != 0;
  }

  /** Whether ASCII {@code b} is a word character as {@code \b} sees it. */
  static boolean isWordChar(char b) {
    return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }
}
