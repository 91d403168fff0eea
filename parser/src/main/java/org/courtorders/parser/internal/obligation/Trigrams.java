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

  /** The last stretch read on this thread: the phrase book asks for one clause's table once per category. */
  private static final ThreadLocal<Trigrams> LAST = new ThreadLocal<>();

  private java.lang.ref.WeakReference<String> text; // weak: a thread's last table keeps no document alive
  private int from;
  private int to;

  /** {@link #of}, reusing the table of the same stretch of the same text when it was the last asked for. */
  static Trigrams cached(CharSequence text, int from, int to) {
    if (!(text instanceof String s)) {
      return of(text, from, to); // a mutable sequence may have changed since
    }
    Trigrams last = LAST.get();
    if (last != null && last.text.get() == s && last.from == from && last.to == to) {
      return last;
    }
    Trigrams t = of(text, from, to);
    t.text = new java.lang.ref.WeakReference<>(s);
    t.from = from;
    t.to = to;
    LAST.set(t);
    return t;
  }

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
