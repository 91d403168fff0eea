package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.CitationForm;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * "Smith, supra, at 5", "Smith v. Jones, supra", "Smith supra": a case named again with "supra"
 * (Bluebook R. 4.2), found as its own form; which full citation it stands for is decided later, by
 * name ({@link CitationExtractor}). A "supra" with no capitalized name before it ("see supra Part
 * II") points to a part of the order, not a case, and is left alone; so is "Smith, supra, 13 F.3d
 * at 5", which the case recognizer reads as a short form.
 */
final class SupraRecognizer implements Recognizer {
  @Override
  public List<Group> find(NormalizedText text) {
    String s = text.text();
    List<Group> out = new ArrayList<>();
    int floor = 0;
    int from = 0;
    int i;
    while ((i = s.indexOf("supra", from)) >= 0) {
      from = i + 5;
      if (!Chars.wordStart(s, i) || !Chars.wordEnd(s, i + 5)) {
        continue;
      }
      int k = i;
      for (int b = 0; b < 2 && k > floor && Chars.isBlank(s.charAt(k - 1)); b++) {
        k--;
      }
      int nameEnd = k > floor && s.charAt(k - 1) == ',' ? k - 1 : k;
      int start = Names.startBefore(s, nameEnd, floor, Names.MAX_TOKENS);
      if (start < 0) {
        continue;
      }
      String name = Chars.collapse(s.substring(start, nameEnd));
      int end = i + 5;
      int j = end < s.length() && s.charAt(end) == ',' ? end + 1 : end;
      j = Chars.skipGap(s, j);
      if (j < s.length() && Chars.isDigit(s.charAt(j))) {
        continue; // "Smith, supra, 13 F.3d at 5": a short form
      }
      CaseCitation.Builder b = new CaseCitation.Builder().form(CitationForm.SUPRA).caseName(name);
      int at = Chars.word(s, j, "at");
      if (at > 0) {
        PinCite.Found pin = PinCite.body(s, Chars.skipGap(s, at));
        if (pin != null) {
          b.pinCite(pin.value());
          end = pin.end();
        }
      }
      out.add(
          Group.of(
              start,
              end,
              b.text(text.originalSlice(start, end)).span(TextSpan.of(start, end)).build()));
      floor = end;
      from = Math.max(from, end);
    }
    return out;
  }
}
