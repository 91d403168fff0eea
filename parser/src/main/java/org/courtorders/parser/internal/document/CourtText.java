package org.courtorders.parser.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Range;

/**
 * Decides which text is the court's own. In an order that is all of the body. In a letter only the
 * judge's endorsement is, because a party's narrative ("the parties agreed that by 7/7/23
 * Defendants would produce ...") sets no obligations (contract: "dates that a party's letter only
 * mentions are not deadlines"). Docket sites print the endorsement before the letter ("ORDER
 * denying 221 Letter Motion ... SO ORDERED. (Signed by ...)"), so text that ends in "SO ORDERED"
 * before the letter's salutation counts too.
 *
 * <pre>{@code
 * List<Clause> clauses = CourtText.clauses(text, layout);
 * }</pre>
 */
final class CourtText {
  private CourtText() {}

  /** Court text in reading order, as clauses. */
  static List<Clause> clauses(String text, Layout layout) {
    return clauses(text, text.toCharArray(), layout);
  }

  /** As above, with {@code chars} holding the text's characters (it may be longer). */
  static List<Clause> clauses(String text, char[] chars, Layout layout) {
    List<Range> scope = scope(text, layout);
    List<Clause> out = new ArrayList<>();
    for (Range s : layout.sentences()) {
      for (int q = 0; q < scope.size(); q++) { // no iterator per sentence (issue 13)
        Range r = scope.get(q);
        int a = Math.max(s.start(), r.start());
        int b = Math.min(s.end(), r.end());
        // A "sentence" longer than this is garbled layout or hostile input: read it in chunks, each
        // its own sentence, so that the work per clause stays bounded and the whole stays linear.
        for (int k = a; k < b; ) {
          int e = chunkEnd(chars, k, b);
          split(chars, text.length(), k, e, out);
          k = e;
        }
      }
    }
    return out;
  }

  static final int MAX_SENTENCE = 2_000;

  private static int chunkEnd(char[] t, int from, int to) {
    if (to - from <= MAX_SENTENCE) {
      return to;
    }
    int e = from + MAX_SENTENCE;
    int back = e;
    while (back > from + MAX_SENTENCE / 2 && !Character.isWhitespace(t[back - 1])) {
      back--;
    }
    return back > from + MAX_SENTENCE / 2 ? back : e;
  }

  /** The ranges of court text. */
  static List<Range> scope(String t, Layout layout) {
    if (layout.letter().isEmpty()) {
      return List.of(new Range(0, t.length()));
    }
    List<Range> ranges = new ArrayList<>();
    Optional<Range> before = endorsementFirst(t);
    before.ifPresent(ranges::add);
    layout.endorsement().ifPresent(ranges::add);
    return ranges;
  }

  /** "... SO ORDERED ..." printed before the letter's salutation. */
  private static Optional<Range> endorsementFirst(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    int so = lower.indexOf("so ordered");
    if (so < 0) {
      return Optional.empty();
    }
    int salutation =
        firstOf(lower, "dear judge", "your honor:", "dear honorable", "dear magistrate");
    if (salutation >= 0 ? so > salutation : so > t.length() / 2) {
      return Optional.empty();
    }
    int end = lower.indexOf(')', so);
    int signed = lower.indexOf("(signed by", so);
    end = signed >= 0 && signed - so < 20 && end > signed ? end + 1 : so + "so ordered".length();
    return Optional.of(new Range(0, Math.min(end, t.length())));
  }

  private static int firstOf(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Splits {@code [a, b)} at semicolons outside parentheses and square brackets ("Motion [ECF No.
   * 30; filed Jan. 5, 2025] is denied" stays one clause); numbered list items already arrive as
   * sentences from the segmenter.
   */
  private static void split(char[] t, int n, int a, int b, List<Clause> out) {
    int start = a;
    int depth = 0;
    for (int i = a; i < b; i++) {
      char c = t[i];
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0 && i - start > 15 && decretalVerbAfter(t, n, i + 1, b)) {
        // "The Court GRANTS the motion, EXTENDS the time ..., and ORDERS Doe to ...": each decretal
        // verb keeps its own actor and date (FAILURE-CLASSES C29)
        add(t, start, i + 1, a, b, out);
        start = i + 1;
      } else if (c == ';' && depth == 0 && i - start > 15) {
        add(t, start, i + 1, a, b, out);
        start = i + 1;
      } else if (c == '.' && depth == 0 && i - start > 15 && sentenceEnd(t, i, b)) {
        add(t, start, i + 1, a, b, out);
        start = i + 1;
      }
    }
    add(t, start, b, a, b, out);
  }

  /** ", EXTENDS the", ", and ORDERS Doe": an upper-case verb in -S followed by lower-case text. */
  private static boolean decretalVerbAfter(char[] t, int n, int from, int limit) {
    int k = from;
    while (k < limit && t[k] == ' ') {
      k++;
    }
    if (k + 4 <= n && t[k] == 'a' && t[k + 1] == 'n' && t[k + 2] == 'd' && t[k + 3] == ' ') {
      k += 4;
    }
    int w = k;
    while (w < limit && Character.isUpperCase(t[w])) {
      w++;
    }
    if (w - k < 5 || w >= limit || t[w - 1] != 'S' || t[w] != ' ') {
      return false;
    }
    return w + 1 < limit && Character.isLowerCase(t[w + 1])
        || w + 1 < limit
            && Character.isUpperCase(t[w + 1])
            && w + 2 < limit
            && Character.isLowerCase(t[w + 2]);
  }

  /**
   * A full stop the segmenter let pass: after a lower-case word of three or more letters (not an
   * abbreviation such as "Ms." or "Id."), before white space and a capital letter.
   */
  private static boolean sentenceEnd(char[] t, int dot, int limit) {
    int k = dot + 1;
    if (k < limit && (t[k] == '"' || t[k] == '”' || t[k] == ')')) {
      k++;
    }
    if (k + 1 >= limit || !Character.isWhitespace(t[k])) {
      return false;
    }
    while (k < limit && Character.isWhitespace(t[k])) {
      k++;
    }
    if (k >= limit || !Character.isUpperCase(t[k])) {
      return false;
    }
    int w = dot;
    while (w > 0 && Character.isLowerCase(t[w - 1])) {
      w--;
    }
    return dot - w >= 3 && (w == 0 || !Character.isLetter(t[w - 1]));
  }

  private static void add(char[] t, int s, int e, int ss, int se, List<Clause> out) {
    while (s < e && Character.isWhitespace(t[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(t[e - 1])) {
      e--;
    }
    if (e > s) {
      out.add(new Clause(s, e, ss, se));
    }
  }
}
