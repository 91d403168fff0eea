package org.courtorders.parser.internal.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.courtorders.core.TextSpan;

/**
 * The normalized form of an input text with an offset map back to the original. Extractors read
 * {@link #text()} and hand normalized offsets to {@link #toOriginal(int, int)}; they never compute
 * original offsets of their own.
 *
 * <p>Offsets count UTF-16 code units, end exclusive, in both strings. Every normalized character
 * maps to the original range it came from: a ligature "ﬀ" becomes two characters that both map to
 * its one original character; a run of spaces becomes one space that maps to the whole run. Deleted
 * text (markdown marks, page stamps) maps to nothing, so a span that crosses a deletion widens over
 * it in the original, which is what a reader expects. A page printed in two columns is read one
 * column after the other, so there the map runs backwards once per column; a span crossing columns
 * covers both.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final char[] chars;
  private final int[] starts;
  private final Wide wide;
  private final List<PageStamp> stamps;

  /**
   * The characters whose original range is not one character long (a run of blanks read as one, a
   * surrogate pair, a CR LF line break), in increasing order with their original ends; every other
   * character {@code i} ends at {@code starts[i] + 1}. An array of ends for every character was a
   * twentieth of a parse's heap (issue 13), and most of it said "one more than the start".
   */
  record Wide(int[] at, int[] end) {
    static final Wide NONE = new Wide(new int[0], new int[0]);
  }

  /**
   * {@code starts} and {@code chars} may be longer than {@code text}: entries past its length are
   * ignored, which spares the text layer a copy of arrays as long as the input.
   */
  NormalizedText(
      String original, String text, char[] chars, int[] starts, Wide wide, List<PageStamp> stamps) {
    if (starts.length < text.length() || chars.length < text.length()) {
      throw new IllegalArgumentException("offset map shorter than the text");
    }
    this.original = original;
    this.text = text;
    this.chars = chars;
    this.starts = starts;
    this.wide = wide;
    this.stamps = List.copyOf(stamps);
  }

  /** An identity mapping: the text as given, nothing removed. */
  public static NormalizedText identity(String original) {
    int n = original.length();
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
    }
    return new NormalizedText(original, original, original.toCharArray(), s, Wide.NONE, List.of());
  }

  /** The original end of normalized character {@code i}. */
  private int end(int i) {
    int k = Arrays.binarySearch(wide.at(), i);
    return k >= 0 ? wide.end()[k] : starts[i] + 1;
  }

  /**
   * The same text with everything outside {@code [from, to)} blanked (line breaks kept), over the
   * same offset maps: a reader that failed on the whole text runs again on a part of it, and its
   * findings there keep their offsets.
   */
  public NormalizedText only(int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if ((i < from || i >= to) && c[i] != '\n') {
        c[i] = ' ';
      }
    }
    return new NormalizedText(original, new String(c), c, starts, wide, stamps);
  }

  /** The input exactly as given to the parser. */
  public String original() {
    return original;
  }

  /** The normalized text extractors read. */
  public String text() {
    return text;
  }

  /**
   * The text's characters as an array, shared, for per-character loops (an array read is cheaper
   * than {@code String.charAt}). It may be longer than the text: read only below {@link #length()}.
   * Never written to: callers must not write to it either.
   */
  public char[] chars() {
    return chars;
  }

  public int length() {
    return text.length();
  }

  /** PACER stamp lines removed from the text, each parsed, in input order. */
  public List<PageStamp> stamps() {
    return stamps;
  }

  /**
   * The original span of normalized range {@code [start, end)}. An empty range maps to an empty
   * span at the original position of {@code start}.
   */
  public TextSpan toOriginal(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      int at = start < text.length() ? starts[start] : original.length();
      return TextSpan.of(at, at);
    }
    int from = starts[start];
    int to = end(end - 1);
    if (to <= from) {
      // a range that crosses from one column of a re-ordered page into the other: cover both
      from = Math.min(from, starts[end - 1]);
      to = Math.max(to, end(start));
    }
    return TextSpan.of(from, to);
  }

  /** The original offset where normalized character {@code index} begins. */
  public int originalStart(int index) {
    return index < text.length() ? starts[index] : original.length();
  }

  /** The original slice under normalized range {@code [start, end)}. */
  public String originalSlice(int start, int end) {
    TextSpan span = toOriginal(start, end);
    return original.substring(span.start(), span.end());
  }

  /**
   * The normalized offset of the first normalized character whose original start is at or after
   * {@code originalOffset}; {@link #length()} if none. Binary search: the map is monotonic, except
   * on a two-column page the text layer re-ordered, where the answer is one such character.
   */
  public int fromOriginal(int originalOffset) {
    int i = Arrays.binarySearch(starts, 0, text.length(), originalOffset);
    if (i >= 0) {
      while (i > 0 && starts[i - 1] == originalOffset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }
}
