package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One category's phrases tried together in one pass over a stretch of text (issue #13): for each
 * position, a table built from every phrase's {@link Starts} names the phrases whose match can
 * start there, so a clause is read once per category, not once per phrase. A phrase is still tried
 * with its own matcher, from the same positions and with the same bounds as {@link Matcher#find()}
 * on the region, so the hits are the ones each phrase's own scan gave.
 *
 * <p>Up to 64 phrases per category (the standard book has at most 18); a phrase without a table
 * (one with a look-behind) or beyond the 64th is left to the caller's plain scan.
 */
final class StartIndex {
  /** The phrases this index covers, in book order; bit k of a mask is {@code phrases.get(k)}. */
  private final List<Phrase> phrases;

  private final Starts[] starts;

  /**
   * masks[kind][c]: the phrases that can start at ASCII c after kind (0 start, 1 non-word, 2 word).
   */
  private final long[][] masks = new long[3][128];

  /** The phrases that can start at a character outside ASCII. */
  private final long beyondAscii;

  /** cueCodes[k]: the trigram codes of phrase k's cues; empty when it has none (always tried). */
  private final int[][] cueCodes;

  private StartIndex(List<Phrase> covered, Map<Phrase, Starts> starts) {
    this.phrases = List.copyOf(covered);
    this.starts = new Starts[covered.size()];
    this.cueCodes = new int[covered.size()][];
    long any = 0;
    for (int k = 0; k < covered.size(); k++) {
      Phrase p = covered.get(k);
      Starts st = starts.get(p);
      this.starts[k] = st;
      long bit = 1L << k;
      any |= bit;
      for (int kind = 0; kind < 3; kind++) {
        for (int c = 0; c < 128; c++) {
          if (st.allows(kind, (char) c)) {
            masks[kind][c] |= bit;
          }
        }
      }
      cueCodes[k] = Trigrams.codes(p.cues());
    }
    this.beyondAscii = any;
    long inside = 0;
    for (int c = 0; c < 128; c++) {
      if (Starts.isWordChar((char) c)) {
        inside |= masks[2][c];
      }
    }
    this.startsInsideWords = inside != 0;
  }

  /**
   * Whether some phrase may start at a word character right after another: see {@link WordStarts}.
   */
  private final boolean startsInsideWords;

  /**
   * The index of the phrases among {@code phrases} that have a start table, at most 64 of them;
   * {@link #covers} tells which.
   */
  static StartIndex of(List<Phrase> phrases, Map<Phrase, Starts> starts) {
    List<Phrase> covered = new ArrayList<>();
    for (Phrase p : phrases) {
      if (starts.containsKey(p) && covered.size() < 64) {
        covered.add(p);
      }
    }
    return new StartIndex(covered, starts);
  }

  boolean covers(Phrase p) {
    return phrases.contains(p);
  }

  /** The covered phrases whose cues may occur where {@code present} was read. */
  long gate(Trigrams present) {
    long mask = 0;
    for (int k = 0; k < cueCodes.length; k++) {
      if (present.mayHoldCodes(cueCodes[k])) {
        mask |= 1L << k;
      }
    }
    return mask;
  }

  /**
   * Every match of the phrases in {@code mask} in {@code text[from, to)}, each phrase's matches in
   * turn as its own {@code find()} would give them; hits go to {@code out}, unless {@code
   * firstOnly}, which stops at the first.
   *
   * @return whether there was a match
   */
  boolean scan(
      long mask, CharSequence text, int from, int to, List<PhraseBook.Hit> out, boolean firstOnly) {
    if (mask == 0 || from >= to) {
      return false;
    }
    Window window = new Window(text, from, to);
    Matcher[] matchers = new Matcher[phrases.size()];
    int[] next = new int[phrases.size()]; // a phrase's next try starts at or after its last end
    boolean any = false;
    WordStarts ws = startsInsideWords ? null : WordStarts.of(text);
    try {
      for (int at = from; at < to && mask != 0; at = ws == null ? at + 1 : ws.next(at + 1, to)) {
        char c = text.charAt(at);
        long cand;
        int kind = -1; // unknown: a character outside ASCII at or before the start
        if (c >= 128) {
          cand = beyondAscii;
        } else if (at == from) {
          kind = 0;
          cand = masks[0][c];
        } else {
          char b = text.charAt(at - 1);
          if (b >= 128) {
            cand = masks[1][c] | masks[2][c];
          } else {
            kind = Starts.isWordChar(b) ? 2 : 1;
            cand = masks[kind][c];
          }
        }
        cand &= mask;
        char after = kind >= 0 && cand != 0 && at + 1 < to ? text.charAt(at + 1) : 0;
        while (cand != 0) {
          int k = Long.numberOfTrailingZeros(cand);
          cand &= cand - 1;
          if (at < next[k] || after != 0 && !starts[k].allowsSecond(kind, c, after)) {
            continue;
          }
          Matcher m = matchers[k];
          if (m == null) {
            m = starts[k].matcher(window);
            matchers[k] = m;
          }
          m.region(at - from, to - from);
          if (!m.lookingAt()) {
            continue;
          }
          any = true;
          if (firstOnly) {
            return true;
          }
          out.add(new PhraseBook.Hit(phrases.get(k), from + m.start(), from + m.end()));
          if (m.end() == m.start()) {
            mask &= ~(1L << k); // find() would stop here too
          } else {
            next[k] = from + m.end();
          }
        }
      }
      return any;
    } finally {
      for (int k = 0; k < matchers.length; k++) {
        if (matchers[k] != null) {
          starts[k].release(matchers[k]);
        }
      }
    }
  }
}
