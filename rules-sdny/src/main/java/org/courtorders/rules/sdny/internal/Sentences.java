package org.courtorders.rules.sdny.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a region of the original text into sentences, keeping offsets. One pass, no regular
 * expressions: a sentence ends at '.', '?' or '!' followed by white space and a capital, digit or
 * quote, unless the word before the period is an abbreviation ("Esq.", "Dkt.", "C.K."), and at
 * every blank line.
 */
final class Sentences {
  /** A sentence: its text and where it sits in the original input. */
  record Sentence(int start, int end, String text) {}

  private static final Set<String> ABBREVIATIONS = Set.of("esq", "mr", "mrs", "ms", "dr", "no", "nos", "dkt", "inc",
      "co", "corp", "ltd", "llc", "al", "v", "vs", "jr", "sr", "fed", "r", "civ", "p", "ct", "cir", "supp", "f", "hon",
      "st", "ave", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ecf",
      "id", "cf", "see", "e.g", "i.e", "u.s", "a.m", "p.m", "s.d.n.y", "ex", "exs", "pp", "para");

  private Sentences() {}

  static List<Sentence> split(String input, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    int start = skipSpace(input, from, to);
    int i = start;
    while (i < to) {
      char c = input.charAt(i);
      boolean end = false;
      int cut = i + 1;
      if ((c == '.' || c == '?' || c == '!') && i + 1 < to && Character.isWhitespace(input.charAt(i + 1))) {
        int next = skipSpace(input, i + 1, to);
        if (next >= to || startsSentence(input.charAt(next))) {
          end = c != '.' || !abbreviation(input, i);
        }
      } else if (c == '\n' && blankLineFollows(input, i, to)) {
        end = true;
        cut = i;
      }
      if (end) {
        add(out, input, start, cut);
        start = skipSpace(input, cut, to);
        i = start;
        continue;
      }
      i++;
    }
    add(out, input, start, to);
    return out;
  }

  private static void add(List<Sentence> out, String input, int start, int end) {
    while (end > start && Character.isWhitespace(input.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, input.substring(start, end)));
    }
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(' || c == '*'
        || c == '[';
  }

  /** Whether the word ending at the period at {@code dot} is an abbreviation or an initial. */
  private static boolean abbreviation(String input, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(input.charAt(s - 1)) && input.charAt(s - 1) != '(' && dot - s < 12) {
      s--;
    }
    String word = input.substring(s, dot).toLowerCase(Locale.ROOT).replaceAll("^[^a-z]+", "");
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true; // an initial: "Gabriel W. Gorenstein"
    }
    return ABBREVIATIONS.contains(word) || (word.contains(".") && word.length() <= 8);
  }

  private static boolean blankLineFollows(String input, int nl, int to) {
    for (int k = nl + 1; k < to; k++) {
      char c = input.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static int skipSpace(String input, int i, int to) {
    while (i < to && Character.isWhitespace(input.charAt(i))) {
      i++;
    }
    return i;
  }
}
