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

  /**
   * This thread's table, refilled for each stretch that is not inside the last one (a table read
   * from a wider stretch only lets through more phrases, never fewer): the phrase book asks for one
   * clause's table once per category, and a fresh 2 KB table per question was a fifth of a parse's
   * heap (issue #13). Valid until the thread's next call; the phrase book only reads it within one
   * call.
   */
  private static final ThreadLocal<Trigrams> LAST = ThreadLocal.withInitial(Trigrams::new);

  private java.lang.ref.WeakReference<String>
      text; // weak: a thread's table keeps no document alive
  private int from;
  private int to;

  /**
   * {@link #of}, in this thread's reused table; the same stretch of the same text is not read
   * again.
   */
  static Trigrams cached(CharSequence text, int from, int to) {
    if (!(text instanceof String s)) {
      return of(text, from, to); // a mutable sequence may have changed since
    }
    Trigrams t = LAST.get();
    if (t.text != null && t.text.get() == s && t.from <= from && to <= t.to) {
      return t; // a stretch inside the last one: its letters are a subset, so the gate still holds
    }
    java.util.Arrays.fill(t.bits, 0L);
    t.fill(text, from, to);
    t.text = new java.lang.ref.WeakReference<>(s);
    t.from = from;
    t.to = to;
    return t;
  }

  static Trigrams of(CharSequence text, int from, int to) {
    Trigrams t = new Trigrams();
    t.fill(text, from, to);
    return t;
  }

  private void fill(CharSequence text, int from, int to) {
    Trigrams t = this;
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
  }

  /** The trigram code of each cue's first three letters (lower-case ASCII, as cues are). */
  static int[] codes(List<String> cues) {
    int[] codes = new int[cues.size()];
    for (int k = 0; k < codes.length; k++) {
      String cue = cues.get(k);
      codes[k] = (letter(cue.charAt(0)) * 26 + letter(cue.charAt(1))) * 26 + letter(cue.charAt(2));
    }
    return codes;
  }

  /** {@link #mayHold} for cues given by {@link #codes}. */
  boolean mayHoldCodes(int[] codes) {
    if (codes.length == 0) {
      return true;
    }
    for (int code : codes) {
      if ((bits[code >>> 6] & (1L << (code & 63))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** False only when no cue can occur; true without cues. */
  boolean mayHold(List<String> cues) {
    if (cues.isEmpty()) {
      return true;
    }
    for (int k = 0; k < cues.size(); k++) { // indexed: no iterator per phrase and clause
      String cue = cues.get(k);
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
