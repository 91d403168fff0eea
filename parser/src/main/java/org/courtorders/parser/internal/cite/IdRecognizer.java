package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Id." and "id. at 5": the marks only. What an "Id." refers to is decided later, from the
 * citation right before it ({@link CitationExtractor}), because that can be a docket citation
 * as well as a case.
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
      if (st < 0 || (s.charAt(st) != 'I' && s.charAt(st) != 'i') || !Chars.wordStart(s, st)) {
        continue;
      }
      int end = i + 2;
      PinCite.Found pin = PinCite.after(s, end, true);
      out.add(new Mark(st, pin == null ? end : pin.end(),
          pin == null ? Optional.empty() : Optional.of(pin.value())));
    }
    return out;
  }
}
