package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Id.", "id. at 5" and "Ibid.": the marks only. What an "Id." refers to is decided later, from the
 * citation right before it ({@link CitationExtractor}), because that can be a docket citation as
 * well as a case.
 */
final class IdRecognizer {
  /**
   * One "Id." in normalized text.
   *
   * @param start normalized start
   * @param end normalized end, after any pin cite
   * @param pin the pin cite ("5", "¶ 3"), if any
   */
  record Mark(int start, int end, Optional<String> pin) {}

  private IdRecognizer() {}

  static List<Mark> find(String s) {
    List<Mark> out = new ArrayList<>();
    int from = 0;
    int i;
    while ((i = s.indexOf("d.", from)) >= 0) {
      from = i + 2;
      int st = i - 1;
      if (st >= 2
          && s.startsWith("bid.", st - 1)
          && (s.charAt(st - 2) == 'I' || s.charAt(st - 2) == 'i')) {
        st -= 2; // "Ibid." (Latin ibidem, "in the same place"): the same as "Id."
        if (!Chars.wordStart(s, st)) {
          continue;
        }
        out.add(new Mark(st, i + 2, Optional.empty()));
        continue;
      }
      if (st < 0 || (s.charAt(st) != 'I' && s.charAt(st) != 'i') || !Chars.wordStart(s, st)) {
        continue;
      }
      int end = i + 2;
      PinCite.Found pin = PinCite.after(s, end, true);
      if (pin == null) {
        pin = PinCite.lineCite(s, end); // "id. 119:12-14": a transcript's page and lines
      }
      out.add(
          new Mark(
              st,
              pin == null ? end : pin.end(),
              pin == null ? Optional.empty() : Optional.of(pin.value())));
    }
    return out;
  }
}
