package org.courtorders.parser.internal.obligation;

/**
 * The positions of a text where a match that cannot start inside a word may start: every position
 * except a word character after a word character (issue #13). The obligation readers search the
 * order's text with many patterns, nearly all of which open with {@code \b} and a letter; the
 * positions inside words, about three in four of a text's characters, are skipped once here instead
 * of being tried and refused by every pattern. Read once per order, one bit per character.
 *
 * <p>The order being read is registered for the thread with {@link #reading}; a search on any other
 * text (a clause's substring) gets null and tries every position, as before.
 *
 * <pre>{@code
 * try (WordStarts.Reading r = WordStarts.reading(ctx.text)) {
 *   WordStarts ws = WordStarts.of(text);        // null unless text is ctx.text
 *   for (int at = from; at < to; at = ws == null ? at + 1 : ws.next(at + 1, to)) { ... }
 * }
 * }</pre>
 */
final class WordStarts {
  private static final ThreadLocal<WordStarts> READING = new ThreadLocal<>();

  private final String text;

  /** Bit p: p may start a match (p is 0, or p or the character before it is no ASCII word char). */
  private final long[] bits;

  private WordStarts(String text) {
    this.text = text;
    int n = text.length();
    this.bits = new long[(n >>> 6) + 1];
    boolean before = false; // whether the character before is an ASCII word character
    for (int p = 0; p < n; p++) {
      char c = text.charAt(p);
      boolean word = c < 128 && Starts.isWordChar(c);
      if (!(word && before)) {
        bits[p >>> 6] |= 1L << (p & 63);
      }
      before = word;
    }
  }

  /** Registers {@code text} as the order this thread reads until the result is closed. */
  static Reading reading(String text) {
    WordStarts previous = READING.get();
    READING.set(new WordStarts(text));
    return () -> {
      if (previous == null) {
        READING.remove();
      } else {
        READING.set(previous);
      }
    };
  }

  /** The positions of {@code text} when it is the order this thread reads, else null. */
  static WordStarts of(CharSequence text) {
    WordStarts ws = READING.get();
    return ws != null && ws.text == text ? ws : null;
  }

  /**
   * The first position at or after {@code p} and before {@code to} that may start a match; {@code
   * to} when there is none; {@code p} itself when it is not before {@code to} (a search that tries
   * the empty match at the end moves past it).
   */
  int next(int p, int to) {
    if (p >= to) {
      return p;
    }
    int w = p >>> 6;
    long word = bits[w] & (-1L << (p & 63));
    int last = (to - 1) >>> 6;
    while (word == 0) {
      if (++w > last) {
        return to;
      }
      word = bits[w];
    }
    return Math.min(to, (w << 6) + Long.numberOfTrailingZeros(word));
  }

  /** The registration of the order being read; closing it restores the one before. */
  interface Reading extends AutoCloseable {
    @Override
    void close();
  }
}
