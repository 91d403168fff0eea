package org.courtorders.parser.internal.obligation;

import java.util.Set;

/**
 * The marks that open a list item under a lead-in: a bullet ("•", "◦", "-", "*") or a label of a
 * letter, a number or a small Roman numeral, closed by ")" or "." and perhaps opened by "(" ("(a)",
 * "b.", "3)", "(iv)"). An item's label is never its action: the verb follows it. Each test looks at
 * a fixed number of tokens or characters, so it costs constant time.
 *
 * <pre>{@code
 * int first = ItemLabels.after(words, 0);   // the first token after "(b)" in "(b) submit ..."
 * }</pre>
 */
final class ItemLabels {
  private ItemLabels() {}

  /** Characters that mark a bulleted item (each a token of its own in {@link Words}). */
  static final Set<String> BULLETS =
      Set.of("•", "·", "▪", "▫", "◦", "○", "●", "■", "□", "‣", "⁃", "-", "–", "—", "*", "➢", "✓");

  /** Roman numerals an order's sub-items use: up to "xx". */
  private static final Set<String> ROMAN =
      Set.of(
          "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
          "xv", "xvi", "xvii", "xviii", "xix", "xx");

  /** Whether a lower-cased token can be a label's letter, number or numeral. */
  static boolean labelWord(String s) {
    if (s.isEmpty() || s.length() > 5) {
      return false;
    }
    if (s.length() == 1 && Character.isLetter(s.charAt(0))) {
      return true;
    }
    boolean digits = true;
    for (int i = 0; i < s.length(); i++) {
      digits &= Character.isDigit(s.charAt(i));
    }
    return digits && s.length() <= 3 || ROMAN.contains(s);
  }

  /**
   * The first token after an item mark starting at token {@code k} ("(a)", "a)", "a.", "1.", "•"),
   * or {@code k} when none starts there.
   */
  static int after(Words w, int k) {
    // A mark is a token of at most five characters, and lower-casing never shortens one: a longer
    // token (most first words of a clause) is none and needs no lower-case copy (issue 13).
    if (k < 0 || k >= w.size() || w.end(k) - w.start(k) > 5) {
      return k;
    }
    String f = w.at(k);
    if (BULLETS.contains(f)) {
      return k + 1;
    }
    if (f.equals("(") && labelWord(w.at(k + 1)) && w.is(k + 2, ")")) {
      return k + 3;
    }
    if (labelWord(f) && (w.is(k + 1, ")") || w.is(k + 1, "."))) {
      return k + 2;
    }
    return k;
  }

  /** Whether an item mark starts at token {@code k}. */
  static boolean at(Words w, int k) {
    return after(w, k) > k;
  }

  /**
   * The first character after an item mark starting at {@code i} of {@code t} (white space before
   * it skipped), or {@code i} when none starts there; never past {@code to}.
   */
  static int after(String t, int i, int to) {
    int k = i;
    while (k < to && Character.isWhitespace(t.charAt(k))) {
      k++;
    }
    if (k >= to) {
      return i;
    }
    if (BULLETS.contains(String.valueOf(t.charAt(k)))
        && k + 1 < to
        && Character.isWhitespace(t.charAt(k + 1))) {
      return k + 1;
    }
    int open = t.charAt(k) == '(' ? k + 1 : k;
    int e = open;
    while (e < to && e - open <= 5 && Character.isLetterOrDigit(t.charAt(e))) {
      e++;
    }
    if (e == open || e >= to) {
      return i;
    }
    String word = t.substring(open, e).toLowerCase(java.util.Locale.ROOT);
    char close = t.charAt(e);
    boolean closed = open > k ? close == ')' : close == ')' || close == '.';
    if (!closed || !labelWord(word)) {
      return i;
    }
    // "a. " or "1) " needs a space after it: "U.S." and "1.5" are not labels
    return e + 1 < to && Character.isWhitespace(t.charAt(e + 1)) ? e + 1 : i;
  }
}
