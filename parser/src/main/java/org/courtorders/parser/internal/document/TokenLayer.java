package org.courtorders.parser.internal.document;

import java.util.Arrays;
import java.util.List;

/**
 * The document's tokens, built once in one pass: words, digit runs and single marks with their
 * normalized offsets, and for a word that some rule looks at, its keyword id (found by a
 * case-folded hash, without lower-casing or allocating). White space separates tokens and is not
 * kept. Readers that work token by token share this layer instead of each scanning characters.
 *
 * <pre>{@code
 * TokenLayer t = document.tokens();
 * for (int i = 0; i < t.size(); i++) {
 *   if (t.keyword(i) == TokenLayer.keywordId("within")) { ... }
 * }
 * }</pre>
 */
public final class TokenLayer {
  /** Kinds of token. */
  public static final byte WORD = 1;

  public static final byte DIGITS = 2;
  public static final byte MARK = 3;

  /** The words rules look at; a word's keyword id is its index here. Lower case. */
  private static final List<String> KEYWORDS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "hour",
          "hours",
          "business",
          "calendar",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "fourteen",
          "fifteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "ninety",
          "within",
          "after",
          "before",
          "from",
          "of",
          "following",
          "prior",
          "to",
          "by",
          "on",
          "until",
          "through",
          "no",
          "later",
          "than",
          "not",
          "later",
          "due",
          "this",
          "that",
          "the",
          "order",
          "opinion",
          "memorandum",
          "shall",
          "must",
          "will",
          "may",
          "directed",
          "ordered",
          "order",
          "granted",
          "denied",
          "so",
          "dated",
          "plaintiff",
          "plaintiffs",
          "defendant",
          "defendants",
          "parties",
          "party",
          "court",
          "clerk",
          "counsel",
          "judge",
          "magistrate",
          "district",
          "united",
          "states",
          "ecf",
          "dkt",
          "doc",
          "no",
          "nos",
          "rule",
          "id",
          "v",
          "vs",
          "conference",
          "hearing",
          "sanctions",
          "dismissed",
          "show",
          "cause",
          "immediately",
          "promptly",
          "am",
          "pm",
          "noon",
          "midnight");

  private static final int TABLE_BITS = 10;
  private static final short[] TABLE = new short[1 << TABLE_BITS];

  static {
    Arrays.fill(TABLE, (short) -1);
    for (int id = 0; id < KEYWORDS.size(); id++) {
      String k = KEYWORDS.get(id);
      if (keywordId(k) >= 0) {
        continue; // listed twice
      }
      int slot = hash(k.toCharArray(), 0, k.length()) & (TABLE.length - 1);
      while (TABLE[slot] >= 0) {
        slot = (slot + 1) & (TABLE.length - 1);
      }
      TABLE[slot] = (short) id;
    }
  }

  private final int size;
  private final int[] start;
  private final int[] end;
  private final byte[] kind;
  private final short[] keyword;

  private TokenLayer(int size, int[] start, int[] end, byte[] kind, short[] keyword) {
    this.size = size;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.keyword = keyword;
  }

  /** Tokenizes {@code text} in one pass. */
  public static TokenLayer of(CharSequence text) {
    String s = text.toString();
    return of(s.toCharArray(), s.length());
  }

  /** Tokenizes the first {@code n} characters of {@code text} in one pass. */
  public static TokenLayer of(char[] text, int n) {
    int cap = Math.max(16, n / 4);
    int[] s = new int[cap];
    int[] e = new int[cap];
    byte[] k = new byte[cap];
    short[] kw = new short[cap];
    int size = 0;
    int i = 0;
    while (i < n) {
      char c = text[i];
      int j = i + 1;
      byte kindOf;
      if (c == ' ') {
        i++;
        continue;
      } else if (isLetter(c)) {
        while (j < n && isLetter(text[j])) {
          j++;
        }
        kindOf = WORD;
      } else if (c >= '0' && c <= '9') {
        while (j < n && text[j] >= '0' && text[j] <= '9') {
          j++;
        }
        kindOf = DIGITS;
      } else if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else {
        kindOf = MARK;
      }
      if (size == cap) {
        cap *= 2;
        s = Arrays.copyOf(s, cap);
        e = Arrays.copyOf(e, cap);
        k = Arrays.copyOf(k, cap);
        kw = Arrays.copyOf(kw, cap);
      }
      s[size] = i;
      e[size] = j;
      k[size] = kindOf;
      kw[size] = kindOf == WORD ? (short) lookup(text, i, j) : (short) -1;
      size++;
      i = j;
    }
    return new TokenLayer(size, s, e, k, kw);
  }

  /** The keyword id of {@code word} (any case), or -1 if no rule looks at it. */
  public static int keywordId(String word) {
    return lookup(word.toCharArray(), 0, word.length());
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  /** {@link Character#toLowerCase(char)}, without the table look-up for ASCII. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  public byte kind(int i) {
    return kind[i];
  }

  /** The keyword id of token {@code i}, or -1. */
  public int keyword(int i) {
    return keyword[i];
  }

  /** The index of the first token that ends after {@code offset}; {@link #size()} if none. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int lookup(char[] text, int from, int to) {
    if (to - from > 12) {
      return -1;
    }
    int slot = hash(text, from, to) & (TABLE.length - 1);
    while (TABLE[slot] >= 0) {
      String k = KEYWORDS.get(TABLE[slot]);
      if (equalsIgnoreCase(k, text, from, to)) {
        return TABLE[slot];
      }
      slot = (slot + 1) & (TABLE.length - 1);
    }
    return -1;
  }

  private static int hash(char[] text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(text[i]);
    }
    return h ^ (h >>> 16);
  }

  private static boolean equalsIgnoreCase(String lower, char[] text, int from, int to) {
    if (lower.length() != to - from) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) != lower(text[from + i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "TokenLayer[" + size + " tokens]";
  }
}
