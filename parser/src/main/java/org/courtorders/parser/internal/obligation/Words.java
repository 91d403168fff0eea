package org.courtorders.parser.internal.obligation;

import java.util.Arrays;
import java.util.Locale;
import org.courtorders.parser.internal.FoldedKeys;

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
  private int[] start;
  private int[] end;
  private String[] lower; // made when a token is first lower-cased

  private Words(CharSequence text, int capacity) {
    this.text = text;
    this.start = new int[capacity];
    this.end = new int[capacity];
  }

  static Words scan(CharSequence text, int from, int to) {
    // About one token per five characters of prose; sized so, most clauses never grow the arrays.
    Words w = new Words(text, 8 + (to - from) / 4);
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
    }
    start[size] = s;
    end[size] = e;
    size++; // lower-cased only when asked for (issue #13): most tokens are compared in place
  }

  private String lower(int i) {
    if (lower == null) {
      lower = new String[size];
    }
    String l = lower[i];
    if (l == null) {
      l = text.subSequence(start[i], end[i]).toString().toLowerCase(Locale.ROOT).replace('’', '\'');
      lower[i] = l;
    }
    return l;
  }

  /**
   * Whether token {@code i} lower-cased is {@code word}, {@code at(i).equals(word)}: compared in
   * place when the token is ASCII.
   */
  boolean is(int i, String word) {
    if (i < 0 || i >= size) {
      return word.isEmpty(); // at(i) is "" outside the clause
    }
    int s = start[i];
    int n = end[i] - s;
    // An ASCII character lower-cases alone to one character, so up to the first other character
    // the copy and the token agree position by position: a difference there is final.
    for (int k = 0; k < n; k++) {
      char c = text.charAt(s + k);
      if (c >= 128) {
        return lower(i).equals(word);
      }
      if (k >= word.length() || (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) {
        return false;
      }
    }
    return n == word.length();
  }

  /** Whether token {@code i} lower-cased is one of {@code words}. */
  boolean isAny(int i, String... words) {
    for (String x : words) {
      if (is(i, x)) {
        return true;
      }
    }
    return false;
  }

  /** {@code keys}' value for {@link #at}{@code (i)}, looked up in place when the token is ASCII. */
  <V> V get(int i, FoldedKeys<V> keys) {
    if (i < 0 || i >= size) {
      return keys.get("");
    }
    for (int k = start[i]; k < end[i]; k++) {
      if (text.charAt(k) >= 128) {
        return keys.get(lower(i)); // "’" reads as "'", which FoldedKeys would not know
      }
    }
    return keys.get(text, start[i], end[i]);
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
