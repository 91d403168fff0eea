package org.courtorders.parser.internal.date;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words, digit runs and single punctuation marks of a text region, with their offsets.
 * Whitespace (spaces and line breaks) separates tokens and is dropped, so "July\n17" reads like
 * "July 17". One pass, linear in the region's length; recognizers then look a bounded number of
 * tokens ahead, which keeps them linear too.
 */
final class Tokens {
  static final int WORD = 1;
  static final int DIGITS = 2;
  static final int MARK = 3;

  /** Longer words are never keywords: {@link #word} answers null for them. */
  private static final int MAX_KEYWORD = 12;

  /** The largest arrays a thread keeps for its next scan: a clause's worth, not a document's. */
  private static final int MAX_SPARE = 4096;

  /**
   * A thread's tokens handed back by {@link #recycle}, whose arrays its next scan reuses: the date
   * recognizers scan every clause, and new arrays per scan were 7 % of a parse's heap (issue 13).
   */
  private static final ThreadLocal<Tokens> SPARE = new ThreadLocal<>();

  private CharSequence text;
  private int size;
  private int[] start;
  private int[] end;
  private byte[] type;

  /** Each word's {@link DateWords} word, looked up once when scanned, or null. */
  private String[] dateWord;

  private Tokens(int capacity) {
    this.start = new int[capacity];
    this.end = new int[capacity];
    this.type = new byte[capacity];
    this.dateWord = new String[capacity];
  }

  static Tokens scan(CharSequence text, int from, int to) {
    Tokens t = SPARE.get();
    if (t == null) {
      // About one token per five characters of prose; sized so, most regions never grow the arrays.
      t = new Tokens(8 + (to - from) / 4);
    } else {
      SPARE.set(null); // a scan nested in this one's use gets arrays of its own
    }
    t.text = text;
    t.size = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isAsciiLetter(c)) {
        int j = i + 1;
        while (j < to && isAsciiLetter(text.charAt(j))) {
          j++;
        }
        t.add(i, j, WORD);
        i = j;
      } else if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        t.add(i, j, DIGITS);
        i = j;
      } else {
        t.add(i, i + 1, MARK);
        i++;
      }
    }
    return t;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void add(int s, int e, int ty) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      type = Arrays.copyOf(type, n);
      dateWord = Arrays.copyOf(dateWord, n);
    }
    start[size] = s;
    end[size] = e;
    type[size] = (byte) ty;
    dateWord[size] = ty == WORD && e - s <= MAX_KEYWORD ? DateWords.ALL.get(text, s, e) : null;
    size++; // no lower-case copy per word (issue #13): words are compared in place
  }

  /**
   * Hands the arrays to this thread's next scan. Call it last: these tokens must not be read after.
   * Tokens never handed back are simply collected.
   */
  void recycle() {
    text = null;
    if (start.length <= MAX_SPARE) {
      SPARE.set(this);
    }
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

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isDigits(int i) {
    return i >= 0 && i < size && type[i] == DIGITS;
  }

  private boolean isKeywordSized(int i) {
    return isWord(i) && end[i] - start[i] <= MAX_KEYWORD;
  }

  /**
   * The lower-cased word at {@code i}, or null if it is not a (short enough) word. A copy for a
   * word that is not a {@link DateWords} word: where a date word is all that is asked, use {@link
   * #dateWord}.
   */
  String word(int i) {
    if (!isKeywordSized(i)) {
      return null;
    }
    String w = dateWord(i);
    return w != null ? w : text.subSequence(start[i], end[i]).toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The lower-cased word at {@code i} if it is one of the {@link DateWords}, else null: what every
   * {@code DateWords} look-up of {@link #word} answers, without a copy of the word.
   */
  String dateWord(int i) {
    return i >= 0 && i < size ? dateWord[i] : null;
  }

  /**
   * Whether the word at {@code i} is one of {@code words}. Null-safe: a long word, a number or a
   * mark is in no set (an immutable set's {@code contains(null)} throws).
   */
  boolean wordIn(int i, java.util.Set<String> words) {
    String w = word(i);
    return w != null && words.contains(w);
  }

  /**
   * Whether the word at {@code i} lower-cased is {@code w}: {@code w.equals(word(i))}, in place.
   */
  boolean isWord(int i, String w) {
    if (!isKeywordSized(i) || end[i] - start[i] != w.length()) {
      return false;
    }
    for (int k = 0, s = start[i]; k < w.length(); k++) {
      char c = text.charAt(s + k);
      if ((c <= 'Z' ? (char) (c + 32) : c) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean isMark(int i, char c) {
    return i >= 0 && i < size && type[i] == MARK && text.charAt(start[i]) == c;
  }

  /** Whether token {@code i} starts with an upper-case letter. */
  boolean capitalized(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  /** Whether token {@code i} is all upper-case letters. */
  boolean allCaps(int i) {
    if (!isWord(i)) {
      return false;
    }
    for (int k = start[i]; k < end[i]; k++) {
      if (!Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  int digitCount(int i) {
    return isDigits(i) ? end[i] - start[i] : 0;
  }

  /** The value of a digit run of at most four digits, else -1. */
  int number(int i) {
    if (!isDigits(i) || end[i] - start[i] > 4) {
      return -1;
    }
    int v = 0;
    for (int k = start[i]; k < end[i]; k++) {
      v = v * 10 + (text.charAt(k) - '0');
    }
    return v;
  }

  /**
   * Whether two or more line breaks separate tokens {@code i} and {@code i + 1}: a paragraph or
   * page break, which no date spans.
   */
  boolean breaksParagraph(int i) {
    if (i < 0 || i + 1 >= size) {
      return false;
    }
    int breaks = 0;
    for (int k = end[i]; k < start[i + 1]; k++) {
      if (text.charAt(k) == '\n' && ++breaks == 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code i} and {@code i + 1} touch, with no whitespace between. */
  boolean touches(int i) {
    return i >= 0 && i + 1 < size && end[i] == start[i + 1];
  }
}
