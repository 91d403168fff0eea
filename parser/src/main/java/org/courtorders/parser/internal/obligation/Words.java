package org.courtorders.parser.internal.obligation;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and single marks of one clause, with their offsets, scanned once: the date and deadline
 * readers look a bounded number of tokens around a date instead of running a regular expression
 * over the clause, so each clause costs time linear in its length. Letters, digits, apostrophes and
 * hyphens inside a word stay in it ("defendant's", "pre-trial"); every other non-space character is
 * a mark of its own.
 */
final class Words {
  private final CharSequence text;
  private int size;
  private int[] start = new int[32];
  private int[] end = new int[32];
  private String[] lower = new String[32];

  private Words(CharSequence text) {
    this.text = text;
  }

  static Words scan(CharSequence text, int from, int to) {
    Words w = new Words(text);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to
            && (Character.isLetterOrDigit(text.charAt(j))
                || (inner(text.charAt(j))
                    && j + 1 < to
                    && Character.isLetterOrDigit(text.charAt(j + 1))))) {
          j++;
        }
        w.add(i, j);
        i = j;
      } else {
        w.add(i, i + 1);
        i++;
      }
    }
    return w;
  }

  private static boolean inner(char c) {
    return c == '\'' || c == '’' || c == '-';
  }

  private void add(int s, int e) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      lower = Arrays.copyOf(lower, n);
    }
    start[size] = s;
    end[size] = e;
    size++; // lower-cased only when asked for (issue #13): most tokens are compared in place
  }

  private String lower(int i) {
    String l = lower[i];
    if (l == null) {
      l = text.subSequence(start[i], end[i]).toString().toLowerCase(Locale.ROOT).replace('’', '\'');
      lower[i] = l;
    }
    return l;
  }

  /**
   * Whether token {@code i} lower-cased is {@code word}: compared in place when the token is ASCII,
   * as {@code at(i).equals(word)} otherwise.
   */
  private boolean is(int i, String word) {
    int s = start[i];
    int n = end[i] - s;
    for (int k = 0; k < n; k++) {
      if (text.charAt(s + k) >= 128) {
        return lower(i).equals(word);
      }
    }
    if (n != word.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char c = text.charAt(s + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** The lower-cased token, or "" outside the clause. */
  String at(int i) {
    return i >= 0 && i < size ? lower(i) : "";
  }

  /** The original spelling of token {@code i}. */
  String raw(int i) {
    return text.subSequence(start[i], end[i]).toString();
  }

  boolean isWord(int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    char c = text.charAt(start[i]);
    return c < 128 ? Character.isLetter(c) : Character.isLetter(lower(i).charAt(0));
  }

  boolean isUpper(int i) {
    if (!isWord(i) || end[i] - start[i] < 2) {
      return false;
    }
    for (int k = start[i]; k < end[i]; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The first token starting at or after {@code offset}, or {@link #size()}. */
  int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether the words {@code phrase} (space-separated, lower case) end at token {@code last}. */
  boolean endsAt(String[] phrase, int last) {
    int k = last - phrase.length + 1;
    if (k < 0 || last >= size) {
      return false;
    }
    for (int p = 0; p < phrase.length; p++) {
      if (!is(k + p, phrase[p])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words {@code phrase} start at token {@code first}. */
  boolean startsAt(String[] phrase, int first) {
    if (first < 0 || first + phrase.length > size) {
      return false;
    }
    for (int p = 0; p < phrase.length; p++) {
      if (!is(first + p, phrase[p])) {
        return false;
      }
    }
    return true;
  }
}
