package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.courtorders.core.TextSpan;
import org.courtorders.core.TranscriptCitation;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * Transcript citations: "Tr. 48:3-12", "Hr'g Tr. at 5", "Transcript, (April 23, 2024) at 48",
 * "Transcript (April 23, 2024) at 48". "Tr." needs a page after it; "Transcript" needs a date or a
 * page, so the bare word ("the transcript shows") is not a citation.
 */
final class TranscriptRecognizer implements Recognizer {
  /** Words that name the proceeding before "Tr." and belong to the citation. */
  private static final Set<String> PREFIXES =
      Set.of(
          "Hr'g", "Conf.", "Trial", "Tel.", "Sent.", "Hearing", "Arg.", "Dep.", "Plea", "Status");

  @Override
  public List<Group> find(NormalizedText text) {
    String s = text.text();
    List<Group> out = new ArrayList<>();
    int from = 0;
    int t;
    while ((t = s.indexOf("Tr", from)) >= 0) {
      from = t + 2;
      if (!Chars.wordStart(s, t)) {
        continue;
      }
      Group g = null;
      if (s.startsWith("Tr.", t)) {
        g = parse(text, t, t + 3, false);
      } else if (Chars.exactWord(s, t, "Transcript") > 0) {
        g = parse(text, t, t + 10, true);
      }
      if (g != null) {
        out.add(g);
        from = g.end();
      }
    }
    return out;
  }

  private static Group parse(NormalizedText text, int t, int j, boolean longForm) {
    String s = text.text();
    int start = t;
    if (t > 1 && s.charAt(t - 1) == ' ') {
      int ps = t - 1;
      while (ps > 0 && ps > t - 12 && !Chars.isBlank(s.charAt(ps - 1))) {
        ps--;
      }
      if (PREFIXES.contains(s.substring(ps, t - 1))) {
        start = ps;
      }
    }
    TranscriptCitation.Builder b = new TranscriptCitation.Builder();
    int end = j;
    int k = j < s.length() && s.charAt(j) == ',' ? j + 1 : j;
    k = Chars.skipGap(s, k);
    boolean dated = false;
    if (k < s.length() && s.charAt(k) == '(') {
      SimpleDate.Found d = SimpleDate.at(s, k + 1);
      if (d != null && d.end() < s.length() && s.charAt(d.end()) == ')') {
        b.date(d.date());
        dated = d.date().isPresent();
        end = d.end() + 1;
        k = end;
        if (k < s.length() && s.charAt(k) == ',') {
          k++;
        }
        k = Chars.skipGap(s, k);
      }
    }
    int at = Chars.word(s, k, "at");
    if (at > 0) {
      k = Chars.skipGap(s, at);
    } else if (longForm && !dated) {
      return null; // "Transcript 5" without "at" is too loose
    }
    int pe = Chars.digits(s, k, 4);
    if (pe > k && Chars.wordEnd(s, pe) && !(pe < s.length() && s.charAt(pe) == '/')) {
      b.page(s.substring(k, pe));
      end = pe;
      if (pe + 1 < s.length() && s.charAt(pe) == ':' && Chars.isDigit(s.charAt(pe + 1))) {
        int le = Chars.digits(s, pe + 1, 4);
        for (int r = 0;
            r < 2
                && le + 1 < s.length()
                && (s.charAt(le) == '-' || s.charAt(le) == ':')
                && Chars.isDigit(s.charAt(le + 1));
            r++) {
          le = Chars.digits(s, le + 1, 4);
        }
        b.lines(s.substring(pe + 1, le));
        end = le;
      }
    } else if (!dated) {
      return null;
    }
    return Group.of(
        start, end, b.text(text.originalSlice(start, end)).span(TextSpan.of(start, end)).build());
  }
}
