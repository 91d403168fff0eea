package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * "Smith at 5", "In Mancari at 665": a capitalized word and a pin cite, the places where a case may
 * be referred to by a party's name alone. Only the marks: one becomes a citation later ({@link
 * CitationExtractor}) if a full citation before it named that party, and no other did.
 */
final class ReferenceMarks {
  /**
   * One candidate.
   *
   * @param start normalized start of the name word
   * @param end normalized end of the pin cite
   * @param key the name word's lookup key ({@link Names#key})
   * @param name the name word as written
   * @param pin the pin cite
   */
  record Mark(int start, int end, String key, String name, String pin) {}

  private ReferenceMarks() {}

  static List<Mark> find(String s) {
    List<Mark> out = new ArrayList<>();
    int from = 0;
    int i;
    while ((i = s.indexOf(" at ", from)) >= 0) {
      from = i + 4;
      int ws = i;
      int limit = Math.max(0, i - 40);
      while (ws > limit && !Chars.isBlank(s.charAt(ws - 1))) {
        ws--;
      }
      if (ws == i || (ws > 0 && !Chars.isBlank(s.charAt(ws - 1)))) {
        continue;
      }
      String word = s.substring(ws, i);
      String key = Names.key(word);
      if (key == null || word.endsWith(",") || word.endsWith(".")) {
        continue; // "Smith, at 5" and "Decl. at 5" are other forms
      }
      int p = i + 4;
      if (p >= s.length() || !Chars.isDigit(s.charAt(p))) {
        continue;
      }
      PinCite.Found pin = PinCite.body(s, p);
      if (pin == null || pin.value().indexOf(':') >= 0 || clockTime(s, pin.end())) {
        continue;
      }
      out.add(new Mark(ws, pin.end(), key, word, pin.value()));
      from = Math.max(from, pin.end());
    }
    return out;
  }

  /** "at 10 a.m.", "at 10:30", "at 5 o'clock": a time of day, not a page. */
  private static boolean clockTime(String s, int e) {
    int j = e;
    if (j < s.length() && s.charAt(j) == ':') {
      return true;
    }
    if (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return s.startsWith("a.m", j)
        || s.startsWith("p.m", j)
        || s.startsWith("am", j)
        || s.startsWith("pm", j)
        || s.startsWith("A.M", j)
        || s.startsWith("P.M", j)
        || s.startsWith("o'clock", j)
        || s.startsWith("noon", j);
  }
}
