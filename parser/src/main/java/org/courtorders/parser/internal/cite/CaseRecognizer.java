package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.CitationForm;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * Case citations: "Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 2000)" (full) and "Smith, 123 F.3d at
 * 460" (short). The scan keys on the volume-reporter-page core, which is cheap to find (a short
 * digit run followed by a reporter from {@link Reporters}), then reads the pin cite and
 * parenthetical forward and the case name backward, each over a bounded window. Short forms get
 * their antecedent later, in {@link CitationExtractor}.
 */
final class CaseRecognizer implements Recognizer {
  /** How far back a case name may start before its volume. */
  private static final int NAME_WINDOW = 160;

  /** Longest parenthetical read for court and year ("(S.D.N.Y. Mar. 3, 2023)"). */
  private static final int PAREN_WINDOW = 80;

  private static final int MAX_NAME_TOKENS = 8;

  /** Longest defendant's name read back to " v. " when no comma precedes the volume. */
  private static final int SHORT_DEFENDANT = 40;

  /** Longest page placeholder read ("________"). */
  private static final int MAX_PLACEHOLDER = 12;

  /** Words that introduce a citation and are never part of a case name (Bluebook R. 1.2). */
  static final Set<String> SIGNALS =
      Set.of(
          "See",
          "see",
          "also",
          "Cf.",
          "cf.",
          "e.g.,",
          "e.g.",
          "accord",
          "Accord",
          "But",
          "but",
          "Compare",
          "compare",
          "with",
          "quoting",
          "citing",
          "(quoting",
          "(citing",
          "and",
          "contra",
          "Contra",
          "generally",
          "in",
          "In",
          "by",
          "under",
          "Also",
          "Further",
          "Moreover",
          "Similarly",
          "Likewise",
          "Thus",
          "Accordingly",
          "Then",
          "Here",
          "There",
          "Indeed",
          "Specifically",
          "Additionally",
          "However",
          "Finally",
          "Because",
          "Since",
          "Although",
          "While",
          "When",
          "Where",
          "If",
          "Under",
          "As",
          "Later");

  /** Lower-case words that do occur inside case names ("Bd. of Educ.", "ex rel."). */
  static final Set<String> CONNECTORS =
      Set.of(
          "of", "the", "for", "ex", "rel.", "de", "la", "du", "van", "von", "del", "on", "to", "&",
          "et", "al.", "al.,", "d/b/a");

  private static final String[] MONTH_ABBR = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final Reporters reporters;

  CaseRecognizer(Reporters reporters) {
    this.reporters = reporters;
  }

  @Override
  public List<Group> find(NormalizedText text) {
    String s = text.text();
    char[] c = text.chars(); // the scan for digits reads the array, not String.charAt
    List<Group> out = new ArrayList<>();
    int n = s.length();
    int lastEnd = 0;
    int i = 0;
    while (i < n) {
      if (!Chars.isDigit(c[i])) {
        i++;
        continue;
      }
      int e = i;
      while (e < n && Chars.isDigit(c[e])) {
        e++;
      }
      if (e - i <= 4 && (i == 0 || !Chars.isWordChar(c[i - 1]))) {
        Group g = at(text, i, e, lastEnd);
        if (g != null) {
          out.add(g);
          lastEnd = g.end();
          i = g.end();
          continue;
        }
      }
      i = e;
    }
    return parallels(s, out);
  }

  /**
   * Parallel citations ("1 U.S. 12, 347-348, 1 S. Ct. 2, 358 (4th Cir. 1982)") report one decision:
   * the court and year in the parenthetical after the last belong to each before it, and the case
   * name before the first to each after it (Bluebook R. 10.3.1).
   */
  private static List<Group> parallels(String s, List<Group> groups) {
    List<Group> out = new ArrayList<>(groups);
    for (int k = out.size() - 2; k >= 0; k--) {
      CaseCitation a = full(out.get(k));
      CaseCitation b = full(out.get(k + 1));
      if (a != null
          && b != null
          && a.year().isEmpty()
          && b.year().isPresent()
          && adjacent(s, out.get(k).end(), out.get(k + 1).start())) {
        out.set(
            k,
            with(
                out.get(k),
                new CaseCitation.Builder().from(a).year(b.year()).court(b.court()).build()));
      }
    }
    for (int k = 1; k < out.size(); k++) {
      CaseCitation a = full(out.get(k - 1));
      CaseCitation b = full(out.get(k));
      if (a != null
          && b != null
          && b.caseName().isEmpty()
          && a.caseName().isPresent()
          && adjacent(s, out.get(k - 1).end(), out.get(k).start())) {
        out.set(
            k, with(out.get(k), new CaseCitation.Builder().from(b).caseName(a.caseName()).build()));
      }
    }
    return out;
  }

  private static CaseCitation full(Group g) {
    return g.citations().size() == 1
            && g.citations().get(0) instanceof CaseCitation c
            && c.form() == CitationForm.FULL
        ? c
        : null;
  }

  private static Group with(Group g, CaseCitation c) {
    return Group.of(g.start(), g.end(), c);
  }

  /** Only a comma and blanks lie between {@code end} and {@code next}. */
  private static boolean adjacent(String s, int end, int next) {
    if (next - end < 1 || next - end > 1 + Chars.MAX_GAP || s.charAt(end) != ',') {
      return false;
    }
    for (int j = end + 1; j < next; j++) {
      if (!Chars.isBlank(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** The citation whose volume is {@code [vs, ve)}, or null. */
  Group at(NormalizedText text, int vs, int ve, int floor) {
    String s = text.text();
    int r = ve;
    for (int b = 0; b < 2 && r < s.length() && (s.charAt(r) == ' ' || s.charAt(r) == '\n'); b++) {
      r++;
    }
    for (Reporters.Match m : reporters.at(s, r)) {
      Group g = rest(text, vs, ve, m, floor);
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  private Group rest(NormalizedText text, int vs, int ve, Reporters.Match m, int floor) {
    String s = text.text();
    int volume = Chars.parseInt(s, vs, ve);
    int p = m.end();
    for (int b = 0; b < 2 && p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\n'); b++) {
      p++;
    }
    CaseCitation.Builder b = new CaseCitation.Builder();
    b.volume(volume).reporter(m.reporter().abbreviation());
    int end;
    int start;
    int at = Chars.word(s, p, "at");
    if (at < 0 && p < s.length() && s.charAt(p) == ',') {
      at =
          Chars.word(
              s, Chars.skipGap(s, p + 1), "at"); // "1 U. S., at 2" (the Supreme Court's own style)
    }
    if (at > 0) {
      PinCite.Found pin = PinCite.body(s, Chars.skipGap(s, at));
      if (pin == null) {
        return null;
      }
      b.form(CitationForm.SHORT).pinCite(pin.value());
      end = pin.end();
      int[] nameStart = {vs};
      shortName(s, vs, floor, nameStart).ifPresent(b::caseName);
      start = nameStart[0];
    } else {
      int pe = Chars.digits(s, p, m.reporter().volumeIsYear() ? 8 : 6);
      if (pe == p) {
        pe =
            placeholder(
                s, p); // "576 U.S. ___": the page is not yet known; no page rather than a guess
        if (pe < 0) {
          return null;
        }
      } else if (!Chars.wordEnd(s, pe)) {
        return null;
      } else {
        b.page(s.substring(p, pe));
      }
      end = pe;
      int pinEnd = pin(s, pe, b);
      end = Math.max(end, pinEnd);
      end = placeholderParallel(s, end);
      end = parenthetical(s, end, b);
      int[] nameStart = {vs};
      fullName(s, vs, floor, nameStart).ifPresent(b::caseName);
      start = nameStart[0];
    }
    return Group.of(
        start, end, b.text(text.originalSlice(start, end)).span(TextSpan.of(start, end)).build());
  }

  /**
   * End of a page placeholder at {@code i} ("___", "____", "--", "----", an em or en dash), or -1:
   * a slip opinion cited before its page in the bound volume is known.
   */
  static int placeholder(String s, int i) {
    int j = i;
    while (j < s.length()
        && j - i < MAX_PLACEHOLDER
        && (s.charAt(j) == '_'
            || s.charAt(j) == '-'
            || s.charAt(j) == '\u2014'
            || s.charAt(j) == '\u2013')) {
      j++;
    }
    if (j == i || (j - i == 1 && s.charAt(i) == '-') || !Chars.wordEnd(s, j)) {
      return -1;
    }
    return j;
  }

  /**
   * After a citation, a parallel one whose volume and page are not yet known (", ---- L. Ed. 2d
   * ----"): it cites nothing to read, but the court and year after it belong to the citation
   * before. Returns the end past it, or {@code end} if there is none.
   */
  private int placeholderParallel(String s, int end) {
    if (end >= s.length() || s.charAt(end) != ',') {
      return end;
    }
    int j = placeholder(s, Chars.skipGap(s, end + 1));
    if (j < 0) {
      return end;
    }
    int r = Chars.skipGap(s, j);
    List<Reporters.Match> m = reporters.at(s, r);
    if (m.isEmpty()) {
      return end;
    }
    int k = placeholder(s, Chars.skipGap(s, m.get(0).end()));
    return k < 0 ? end : k;
  }

  /** ", 460", ", at *3", ", 460 n.5"; returns the end, or -1 if there is none. */
  private static int pin(String s, int pe, CaseCitation.Builder b) {
    if (pe + 1 < s.length() && s.charAt(pe) == ' ' && s.charAt(pe + 1) == ',') {
      pe++; // "443 , 448": a stray blank before the comma
    }
    if (pe >= s.length() || s.charAt(pe) != ',') {
      return -1;
    }
    int j = Chars.skipGap(s, pe + 1);
    int at = Chars.word(s, j, "at");
    if (at > 0) {
      j = Chars.skipGap(s, at);
    }
    PinCite.Found pin = PinCite.body(s, j);
    if (pin == null) {
      return -1;
    }
    int e = pin.end();
    if (e + 1 < s.length() && Chars.isBlank(s.charAt(e)) && Character.isLetter(s.charAt(e + 1))) {
      return -1; // ", 99 S. Ct. 1": the next parallel citation, not a pin
    }
    b.pinCite(pin.value());
    return e;
  }

  /** "(2d Cir. 2000)" after the citation: court and year; returns the new end. */
  private static int parenthetical(String s, int end, CaseCitation.Builder b) {
    int k = Chars.skipGap(s, end);
    if (k >= s.length() || s.charAt(k) != '(') {
      return end;
    }
    int close = -1;
    for (int j = k + 1; j < s.length() && j - k < PAREN_WINDOW; j++) {
      char c = s.charAt(j);
      if (c == ')') {
        close = j;
        break;
      }
      if (c == '(' || c == ';') {
        return end;
      }
    }
    if (close < 0 || close - k < 5) {
      return end;
    }
    int ys = close - 4;
    if (!(Chars.digits(s, ys, 4) == close
        && (ys == k + 1 || !Chars.isWordChar(s.charAt(ys - 1))))) {
      return end;
    }
    int year = Chars.parseInt(s, ys, close);
    if (year < 1700 || year > 2100) {
      return end;
    }
    b.year(year);
    int courtEnd = ys;
    for (int j = k + 1; j < ys; j++) {
      if (Chars.wordStart(s, j) && isMonth(s, j)) {
        courtEnd = j;
        break;
      }
    }
    String court = Chars.collapse(s.substring(k + 1, courtEnd));
    if (court.endsWith(",")) {
      court = court.substring(0, court.length() - 1).trim();
    }
    if (!court.isEmpty()) {
      b.court(court);
    }
    return close + 1;
  }

  private static boolean isMonth(String s, int j) {
    for (String m : MONTH_ABBR) {
      if (s.startsWith(m, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name before a full citation: "Smith v. Jones, " or "In re Smith, ", or without the comma
   * ("Smith v. Jones 1 U.S. 1") when " v. " comes within a few words.
   */
  private static Optional<String> fullName(String s, int vs, int floor, int[] startOut) {
    int c = commaBefore(s, vs);
    if (c < 0) {
      int k = vs;
      for (int b = 0; b < 2 && k > floor && s.charAt(k - 1) == ' '; b++) {
        k--;
      }
      int v = k == vs ? -1 : lastIndexOf(s, " v. ", k - 4, Math.max(floor, k - SHORT_DEFENDANT));
      if (v < 0 || !Character.isUpperCase(s.charAt(Math.min(v + 4, k - 1)))) {
        return Optional.empty();
      }
      c = k;
    }
    // "Fox v. Caldera, No. 99-1234, 1999 WL 820199": skip the docket number.
    int c2 = lastIndexOf(s, ",", c - 1, Math.max(floor, c - 60));
    if (c2 >= 0) {
      String seg = s.substring(c2 + 1, c).trim();
      if (seg.startsWith("No.")
          || seg.startsWith("Nos.")
          || seg.startsWith("Civ.")
          || seg.startsWith("Case No.")
          || seg.startsWith("Civil Action No.")
          || seg.startsWith("Index No.")) {
        c = c2;
      }
    }
    int ws = Math.max(floor, c - NAME_WINDOW);
    int v = lastIndexOf(s, " v. ", c - 4, ws);
    int nameStart;
    if (v >= 0) {
      String defendant = s.substring(v + 4, c);
      if (defendant.isBlank() || containsAny(defendant, ";()[]\t\"")) {
        return Optional.empty();
      }
      nameStart = plaintiffStart(s, v, ws);
      if (nameStart < 0) {
        return Optional.empty();
      }
    } else {
      int in = lastIndexOf(s, "In re ", c - 6, ws);
      if (in < 0 || containsAny(s.substring(in, c), ";()[]\t\"")) {
        return Optional.empty();
      }
      nameStart = in;
    }
    startOut[0] = nameStart;
    return Optional.of(Chars.collapse(s.substring(nameStart, c)));
  }

  /** Walks back from " v. " over the plaintiff's name; -1 if there is no capitalized word. */
  private static int plaintiffStart(String s, int v, int ws) {
    int start = -1;
    int j = v;
    for (int t = 0; t < MAX_NAME_TOKENS; t++) {
      int te = j;
      while (te > ws && s.charAt(te - 1) == ' ') {
        te--;
      }
      if (te <= ws) {
        break;
      }
      int ts = te;
      while (ts > ws && !Chars.isBlank(s.charAt(ts - 1))) {
        ts--;
      }
      if (ts == te) {
        break;
      }
      String tok = s.substring(ts, te);
      if (SIGNALS.contains(tok)) {
        break;
      }
      char last = tok.charAt(tok.length() - 1);
      if (last == ')' || last == ']' || last == ';' || last == ':' || last == '"') {
        break;
      }
      char first = tok.charAt(0);
      if (first == '(' || first == '[' || first == '"') {
        if (tok.length() > 1 && Character.isUpperCase(tok.charAt(1))) {
          start = ts + 1;
        }
        break;
      }
      boolean capital = Character.isUpperCase(first) || Chars.isDigit(first);
      if (!capital && !CONNECTORS.contains(tok)) {
        break;
      }
      if (capital && t > 0 && tok.endsWith(".") && isSentenceEnd(tok)) {
        break; // "... the Court agreed. Smith v. Jones": the sentence before ends here
      }
      if (capital) {
        start = ts;
      }
      j = ts;
    }
    return start;
  }

  /** A capitalized word with a final period that is not an abbreviation like "Inc." or "Co.". */
  static boolean isSentenceEnd(String tok) {
    String w = tok.substring(0, tok.length() - 1);
    if (!w.isEmpty() && w.chars().allMatch(Chars::isDigitCp)) {
      return true; // "Rule 11. Dehghani v. Castro"
    }
    return w.length() > 5 && w.chars().allMatch(Character::isLetter) && !w.equals("Comm'r");
  }

  /** The name before a short form: "Smith, 123 F.3d at 460" gives "Smith". */
  private static Optional<String> shortName(String s, int vs, int floor, int[] startOut) {
    int c = commaBefore(s, vs);
    if (c < 0) {
      return Optional.empty();
    }
    int start = -1;
    int j = c;
    for (int t = 0; t < 4; t++) {
      int te = j;
      while (te > floor && s.charAt(te - 1) == ' ') {
        te--;
      }
      int ts = te;
      while (ts > floor && !Chars.isBlank(s.charAt(ts - 1))) {
        ts--;
      }
      if (ts == te) {
        break;
      }
      String tok = s.substring(ts, te);
      if (SIGNALS.contains(tok)
          || !(Character.isUpperCase(tok.charAt(0))
              || tok.equals("&")
              || CONNECTORS.contains(tok))) {
        if (tok.length() > 1
            && (tok.charAt(0) == '(' || tok.charAt(0) == '[')
            && Character.isUpperCase(tok.charAt(1))) {
          start = ts + 1;
        }
        break;
      }
      if (t > 0 && ((tok.endsWith(".") && isSentenceEnd(tok)) || tok.endsWith(","))) {
        break; // "Later, Harris, 204 F.R.D. at 562": the short name is "Harris"
      }
      if (Character.isUpperCase(tok.charAt(0))) {
        start = ts;
      }
      j = ts;
    }
    if (start < 0) {
      return Optional.empty();
    }
    startOut[0] = start;
    return Optional.of(Chars.collapse(s.substring(start, c)));
  }

  /** Position of the comma right before the volume (blanks between allowed), or -1. */
  private static int commaBefore(String s, int vs) {
    int k = vs;
    for (int b = 0; b < 2 && k > 0 && Chars.isBlank(s.charAt(k - 1)); b++) {
      k--;
    }
    return k > 0 && s.charAt(k - 1) == ',' ? k - 1 : -1;
  }

  /**
   * Last occurrence of {@code needle} starting at or before {@code from} and at or after {@code
   * floor}.
   */
  private static int lastIndexOf(String s, String needle, int from, int floor) {
    for (int k = Math.min(from, s.length() - needle.length()); k >= Math.max(floor, 0); k--) {
      if (s.startsWith(needle, k)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
