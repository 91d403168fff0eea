package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Case names read backward from a point ("Smith v. Jones, supra", "In Smith at 5") and the words of
 * a full citation's name that later short references use. Every scan looks at a bounded number of
 * tokens, so callers stay linear.
 */
final class Names {
  /** Most words read back for a name before "supra". */
  static final int MAX_TOKENS = 6;

  /** Longest token read (a name word is short; a longer run is not a name). */
  private static final int MAX_TOKEN = 40;

  /**
   * Words that name no one case: governments and the forms of a corporate name. "The United States
   * at 1776" refers to no decision, whichever case named the United States.
   */
  private static final Set<String> GENERIC =
      Set.of(
          "united",
          "states",
          "state",
          "people",
          "commonwealth",
          "city",
          "county",
          "town",
          "village",
          "america",
          "government",
          "inc.",
          "inc",
          "co.",
          "co",
          "corp.",
          "corp",
          "llc",
          "l.l.c.",
          "ltd.",
          "ltd",
          "l.p.",
          "lp",
          "n.a.",
          "co.,",
          "the",
          "in",
          "re",
          "ex",
          "parte",
          "rel.",
          "v.",
          "of",
          "and",
          "&",
          "u.s.",
          "et",
          "al.",
          "department",
          "dep't",
          "dept.",
          "comm'r",
          "commissioner",
          "sec'y",
          "secretary",
          "board",
          "bd.",
          "nat'l",
          "national",
          "new",
          "york",
          "district",
          "court",
          "office",
          "school",
          "plaintiff",
          "plaintiffs",
          "defendant",
          "defendants",
          "court's");

  private Names() {}

  /**
   * Start of the capitalized name that ends at {@code end} (blanks before {@code end} skipped),
   * reading back at most {@code maxTokens} words and never before {@code floor}; -1 if there is no
   * capitalized word there. "v." and the lower-case words of case names are read through.
   */
  static int startBefore(String s, int end, int floor, int maxTokens) {
    int start = -1;
    int j = end;
    for (int t = 0; t < maxTokens; t++) {
      int te = j;
      while (te > floor && s.charAt(te - 1) == ' ') {
        te--;
      }
      int ts = te;
      while (ts > floor && te - ts < MAX_TOKEN && !Chars.isBlank(s.charAt(ts - 1))) {
        ts--;
      }
      if (ts == te || (ts > floor && !Chars.isBlank(s.charAt(ts - 1)))) {
        break;
      }
      String tok = s.substring(ts, te);
      if (CaseRecognizer.SIGNALS.contains(tok)) {
        break;
      }
      char first = tok.charAt(0);
      char last = tok.charAt(tok.length() - 1);
      if (first == '(' || first == '[' || first == '"' || first == '\u201C') {
        if (tok.length() > 1 && Character.isUpperCase(tok.charAt(1))) {
          start = ts + 1;
        }
        break;
      }
      if (last == ')' || last == ']' || last == ';' || last == ':' || (t > 0 && last == ',')) {
        break;
      }
      boolean capital = Character.isUpperCase(first);
      if (!capital && !tok.equals("v.") && !CaseRecognizer.CONNECTORS.contains(tok)) {
        break;
      }
      if (capital && t > 0 && tok.endsWith(".") && CaseRecognizer.isSentenceEnd(tok)) {
        break;
      }
      if (capital) {
        start = ts;
      }
      j = ts;
    }
    return start;
  }

  /**
   * The words a later reference may use for a full citation's name: the first and last word of each
   * party ("Amick v. Liberty Mut. Ins. Co." gives Amick, Liberty), lower-cased, without generic
   * words.
   */
  static List<String> keys(String caseName) {
    List<String> out = new ArrayList<>(4);
    String name = caseName.startsWith("In re ") ? caseName.substring(6) : caseName;
    int v = name.indexOf(" v. ");
    String[] parties =
        v < 0 ? new String[] {name} : new String[] {name.substring(0, v), name.substring(v + 4)};
    for (String p : parties) {
      String[] w = p.trim().split("\\s+");
      for (String word : new String[] {w[0], w[w.length - 1]}) {
        String k = key(word);
        if (k != null && !out.contains(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** The lookup key of one name word, or null if it names no one case. */
  static String key(String word) {
    String w = word;
    while (!w.isEmpty() && (w.endsWith(",") || w.endsWith("'s") || w.endsWith("\u2019s"))) {
      w = w.endsWith(",") ? w.substring(0, w.length() - 1) : w.substring(0, w.length() - 2);
    }
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    String k = w.toLowerCase(Locale.ROOT);
    return GENERIC.contains(k) ? null : k;
  }

  /** The first word of {@code name} that a lookup can use, or null. */
  static String firstKey(String name) {
    for (String w : name.trim().split("\\s+")) {
      String k = key(w);
      if (k != null) {
        return k;
      }
    }
    return null;
  }
}
