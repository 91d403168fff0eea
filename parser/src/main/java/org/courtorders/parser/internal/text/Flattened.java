package org.courtorders.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a document whose PDF text a docket site delivered with no line breaks: a
 * party's letter, the judge's endorsement, the signature and "Dated:" all on one line. The readers
 * look for these parts at line starts, so the text layer puts a line break back before each part's
 * opening words ("Dear Judge", "Respectfully", "cc:", "SO ORDERED", "Dated:", "Re:", "/s/", "The
 * Honorable") and after the words that close one ("SO ORDERED.", a judge's title).
 *
 * <p>A line is taken for flattened text only when it is long and holds the openings of at least two
 * different parts (a salutation and a closing, a "Re:" and a "Dated:"); a paragraph of an order
 * that mentions "Dated:" once stays whole. Every pattern here is a literal alternation tried once
 * per position, so the scan is linear.
 */
final class Flattened {
  /** Shorter lines are a paragraph, not a page run together. */
  static final int MIN_LENGTH = 500;

  static final Pattern BEFORE =
      Pattern.compile(
          "(?<![^ \\t\\n\\r\\f])(?:(?<salutation>Dear[ ](?:Judge|Magistrate|Hon)|Your[ ]Honor:)"
              + "|(?<closing>Respectfully(?:[ ]submitted)?,|Sincerely|Very[ ]truly[ ]yours)"
              + "|(?<ordered>(?<!IS[ ])SO[ ]ORDERED|(?<!is[ ])So[ ]Ordered|(?<!is[ ])So[ ]ordered|IT[ ]IS[ ]SO[ ]ORDERED|It[ ]is[ ]so[ ]ordered)"
              + "|(?<dated>Dated:|DATED:)"
              + "|(?<re>Re:|RE:)"
              + "|cc:|CC:|/s/|The[ ]Honorable|THE[ ]HONORABLE"
              + "|(?:Application|Request|The[ ]application|The[ ]request)[ ](?:is[ ])?(?:GRANTED|DENIED|granted|denied))");

  private static final Pattern AFTER =
      Pattern.compile(
          "(?:SO[ ]ORDERED|So[ ]Ordered|So[ ]ordered)[.:]|(?i:united[ ]states[ ](?:district|magistrate|bankruptcy)[ ]judge)"
              + "(?=[ \\t])");

  private Flattened() {}

  /**
   * The offsets in {@code [from, to)} of {@code s}, increasing, where a line break belongs: each is
   * the first character of a part, right after a blank. Empty unless the line is flattened text.
   */
  static int[] breaks(String s, int from, int to) {
    return breaks(s, s.toCharArray(), from, to);
  }

  /** As above, with {@code chars} holding {@code s}'s characters. */
  static int[] breaks(String s, char[] chars, int from, int to) {
    if (to - from < MIN_LENGTH || cueKinds(chars, from, to) < 2) {
      return NONE;
    }
    List<Integer> at = new ArrayList<>();
    int kinds = 0;
    boolean[] seen = new boolean[5];
    String[] groups = {"salutation", "closing", "ordered", "dated", "re"};
    Matcher m = BEFORE.matcher(s).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      at.add(m.start());
      for (int g = 0; g < groups.length; g++) {
        if (!seen[g] && m.group(groups[g]) != null) {
          seen[g] = true;
          kinds++;
        }
      }
    }
    if (kinds < 2) {
      return NONE;
    }
    Matcher a = AFTER.matcher(s).region(from, to);
    while (a.find()) {
      int next = a.end();
      while (next < to && (s.charAt(next) == ' ' || s.charAt(next) == '\t')) {
        next++;
      }
      if (next > a.end() && next < to) {
        at.add(next);
      }
    }
    return at.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  static final int[] NONE = new int[0];

  /**
   * How many of the five kinds of part {@link #BEFORE} names (salutation, closing, ordered, dated,
   * re) have their literal in {@code [from, to)}, counting to two: a line needs two kinds to be
   * flattened text, and most long lines have none, so the pattern runs only on lines that can
   * qualify. Each literal is a necessary part of its kind's alternatives, so the count never falls
   * short of what the pattern would find.
   */
  static int cueKinds(char[] s, int from, int to) {
    int seen = 0;
    for (int i = from; i < to; i++) {
      int kind;
      switch (s[i]) {
        case 'D':
          kind =
              at(s, i, to, "Dear ")
                  ? SALUTATION
                  : at(s, i, to, "Dated:") || at(s, i, to, "DATED:") ? DATED : 0;
          break;
        case 'Y':
          kind = at(s, i, to, "Your Honor:") ? SALUTATION : 0;
          break;
        case 'R':
          kind =
              at(s, i, to, "Respectfully")
                  ? CLOSING
                  : at(s, i, to, "Re:") || at(s, i, to, "RE:") ? RE : 0;
          break;
        case 'S':
          kind =
              at(s, i, to, "Sincerely")
                  ? CLOSING
                  : at(s, i, to, "SO ORDERED")
                          || at(s, i, to, "So Ordered")
                          || at(s, i, to, "So ordered")
                      ? ORDERED
                      : 0;
          break;
        case 's':
          kind = at(s, i, to, "so ordered") ? ORDERED : 0;
          break;
        case 'V':
          kind = at(s, i, to, "Very truly yours") ? CLOSING : 0;
          break;
        default:
          kind = 0;
      }
      if (kind != 0 && (seen & kind) == 0) {
        seen |= kind;
        if (Integer.bitCount(seen) >= 2) {
          return 2;
        }
      }
    }
    return Integer.bitCount(seen);
  }

  private static final int SALUTATION = 1;
  private static final int CLOSING = 2;
  private static final int ORDERED = 4;
  private static final int DATED = 8;
  private static final int RE = 16;

  private static boolean at(char[] s, int i, int to, String word) {
    if (to - i < word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (s[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
