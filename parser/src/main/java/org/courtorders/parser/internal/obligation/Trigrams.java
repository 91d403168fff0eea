package org.courtorders.parser.internal.obligation;

import java.util.List;

/**
 * Which three-letter runs (ASCII letters, case folded) occur in a stretch of text: one pass over
 * the text, then an O(1) test per phrase cue. A phrase whose cues' first three letters are all
 * absent cannot match, so its regular expression is not run at all.
 */
final class Trigrams {
  private static final int SIZE = 26 * 26 * 26;
  private final long[] bits = new long[(SIZE + 63) / 64];

  private Trigrams() {}

  static Trigrams of(CharSequence text, int from, int to) {
    Trigrams t = new Trigrams();
    int a = -1;
    int b = -1;
    for (int i = from; i < to; i++) {
      int c = letter(text.charAt(i));
      if (c >= 0 && a >= 0 && b >= 0) {
        int code = (a * 26 + b) * 26 + c;
        t.bits[code >>> 6] |= 1L << (code & 63);
      }
      a = b;
      b = c;
      if (c < 0) {
        a = -1;
      }
    }
    return t;
  }

  /** False only when no cue can occur; true without cues. */
  boolean mayHold(List<String> cues) {
    if (cues.isEmpty()) {
      return true;
    }
    for (String cue : cues) {
      int code = (letter(cue.charAt(0)) * 26 + letter(cue.charAt(1))) * 26 + letter(cue.charAt(2));
      if ((bits[code >>> 6] & (1L << (code & 63))) != 0) {
        return true;
      }
    }
    return false;
  }

  private static int letter(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return -1;
  }
}
