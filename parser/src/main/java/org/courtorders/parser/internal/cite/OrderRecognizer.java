package org.courtorders.parser.internal.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.OrderCitation;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * References to earlier orders: "the Court's June 23, 2023 Order", "the Court's Order, dated June
 * 23, 2023", "5/5/23 Order ¶ 2", "¶ 4 of the Scheduling Order", "Order Scheduling Settlement
 * Conference (Scheduling Order)".
 *
 * <p>The scan stops at each capitalized word "Order" and reads a bounded number of words on either
 * side: a date or a capitalized name before it, a title, "dated …" and "¶ N" after it. "this Order"
 * is the document itself and is skipped; so is a bare "the Order", which says too little to be a
 * citation.
 */
final class OrderRecognizer implements Recognizer {
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_TITLE_WORDS = 5;
  private static final int DATE_LOOKBACK = 20;

  /** Words that end a name going backward: determiners and the court itself. */
  private static final Set<String> STOP =
      Set.of(
          "The",
          "This",
          "That",
          "Such",
          "Any",
          "Each",
          "An",
          "A",
          "Its",
          "Court's",
          "Proposed",
          "Further",
          "Said",
          "Our",
          "Prior",
          "Previous",
          "Earlier",
          "Same",
          "See",
          "In",
          "Per",
          "By",
          "On",
          "Under",
          "Pursuant",
          "IT",
          "SO",
          "His",
          "Her",
          "Their",
          "Your",
          "My");

  /** Words right before "Order" that make it this document ("this Order"). */
  private static final Set<String> SELF =
      Set.of("this", "This", "instant", "present", "within", "foregoing");

  private static final Set<String> CONNECTORS = Set.of("and", "of", "to", "for", "on", "re", "&");

  /** "and" is left out: "Order and Scheduling Order ¶ 4" names two orders, not one. */
  private static final Set<String> TITLE_CONNECTORS = Set.of("of", "to", "for", "on", "re");

  private static final Set<String> DATE_INTRO =
      Set.of("dated", "of", "entered", "issued", "filed", "signed");

  private static final Pattern PARAGRAPH_BEFORE =
      Pattern.compile(
          "(?:\u00B6\u00B6?|[Pp]aragraphs?)\\s?(\\d{1,3}(?:\\.[0-9A-Za-z]{1,3})?(?:\\([a-zA-Z0-9]{1,3}\\))?"
              + "(?:-\\d{1,3})?)\\sof\\s(?:the\\s|this\\sCourt's\\s|the\\sCourt's\\s)?$");
  private static final int PARAGRAPH_LOOKBACK = 40;

  @Override
  public List<Group> find(NormalizedText text) {
    String s = text.text();
    List<Group> out = new ArrayList<>();
    Matcher para = PARAGRAPH_BEFORE.matcher(s);
    int from = 0;
    int o;
    while ((o = s.indexOf("Order", from)) >= 0) {
      from = o + 5;
      if (!Chars.wordStart(s, o) || !Chars.wordEnd(s, o + 5)) {
        continue;
      }
      Group g = at(text, o, para);
      if (g != null) {
        out.add(g);
        from = Math.max(from, g.end());
      }
    }
    return out;
  }

  private static Group at(NormalizedText text, int o, Matcher para) {
    String s = text.text();
    int oe = o + 5;
    OrderCitation.Builder b = new OrderCitation.Builder();
    String before = wordBefore(s, o);
    if (SELF.contains(before)) {
      return null;
    }
    int nameStart = o;
    Optional<LocalDate> date = Optional.empty();
    boolean dated = false;
    // A date right before: "June 23, 2023 Order", "5/5/23 Order".
    for (int k = Math.max(0, o - DATE_LOOKBACK); endsInDigitOrOrdinal(s, o - 1) && k < o - 1; k++) {
      if (Chars.wordStart(s, k)) {
        SimpleDate.Found d = SimpleDate.at(s, k);
        if (d != null && d.end() == o - 1 && s.charAt(o - 1) == ' ') {
          nameStart = k;
          date = d.date();
          dated = true;
          break;
        }
      }
    }
    if (!dated) {
      nameStart = nameWordsBefore(s, o);
    }
    int start = nameStart;
    boolean courts = false;
    String prev = wordBefore(s, start);
    if (prev.equals("Court's")) {
      courts = true;
      start = tokenStart(s, start);
      String det = wordBefore(s, start);
      if (det.equals("the") || det.equals("The") || det.equals("This") || det.equals("this")) {
        start = tokenStart(s, start);
      }
    } else if (SELF.contains(prev) && nameStart < o) {
      return null; // "this Scheduling Order"
    }
    // A title after "Order": "Order Scheduling Settlement Conference", "Order to Show Cause".
    int nameEnd = titleAfter(s, oe);
    int end = nameEnd;
    // "Order, dated June 23, 2023"
    int k = end;
    if (k < s.length() && s.charAt(k) == ',') {
      k++;
    }
    int w = Chars.skipGap(s, k);
    if (w > k || k > end) {
      int we = w;
      while (we < s.length() && Chars.isAsciiLetter(s.charAt(we)) && we - w < 10) {
        we++;
      }
      if (DATE_INTRO.contains(s.substring(w, we))) {
        int d0 = Chars.skipGap(s, we);
        int on = Chars.word(s, d0, "on");
        if (on > 0) {
          d0 = Chars.skipGap(s, on);
        }
        SimpleDate.Found d = SimpleDate.at(s, d0);
        if (d != null && d.date().isPresent()) {
          date = d.date();
          end = d.end();
        }
      }
    }
    // "¶ 2" after, or "¶ 4 of the" before.
    Optional<String> paragraph = Optional.empty();
    PinCite.Found pin = PinCite.after(s, end, true);
    if (pin != null && pin.value().startsWith("\u00B6")) {
      paragraph = Optional.of(pin.value().replace("\u00B6", "").trim());
      end = pin.end();
    } else {
      int from = Math.max(0, start - PARAGRAPH_LOOKBACK);
      para.region(from, start);
      if (mentionsParagraph(s, from, start) && para.find()) {
        paragraph = Optional.of(para.group(1));
        start = para.start();
      }
    }
    boolean named = nameStart < o || nameEnd > oe;
    if (!named && date.isEmpty() && paragraph.isEmpty() && !courts) {
      return null;
    }
    if (named) {
      b.name(Chars.collapse(s.substring(nameStart, nameEnd)));
    }
    return Group.of(
        start,
        end,
        b.date(date)
            .paragraph(paragraph)
            .text(text.originalSlice(start, end))
            .span(TextSpan.of(start, end))
            .build());
  }

  /**
   * Whether the text before {@code end} can close a date ("23, 2023", "5/5/23", "July 15th"):
   * without this cheap test every "Order" would try a date at each of 20 offsets before it.
   */
  private static boolean endsInDigitOrOrdinal(String s, int end) {
    for (int i = Math.max(0, end - 3); i < end; i++) {
      if (Chars.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} holds a "¶" or "aragraph", the cue PARAGRAPH_BEFORE needs. */
  private static boolean mentionsParagraph(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\u00B6' || (c == 'a' && s.startsWith("aragraph", i) && i + 8 <= to)) {
        return true;
      }
    }
    return false;
  }

  /** Start of the capitalized name words before "Order" ("Case Management Plan and Scheduling"). */
  private static int nameWordsBefore(String s, int o) {
    int start = o;
    int j = o;
    for (int t = 0; t < MAX_NAME_WORDS + 2; t++) {
      if (j == 0 || s.charAt(j - 1) != ' ') {
        break;
      }
      int ts = tokenStart(s, j);
      String tok = s.substring(ts, j - 1);
      if (tok.isEmpty()) {
        break;
      }
      if (CONNECTORS.contains(tok) && start < o) {
        j = ts;
        continue;
      }
      char open = tok.charAt(0);
      if ((open == '(' || open == '[' || open == '"')
          && tok.length() > 1
          && Character.isUpperCase(tok.charAt(1))
          && !STOP.contains(tok.substring(1))) {
        start = ts + 1; // a defined short name: "(Scheduling Order)"
        break;
      }
      if (!Character.isUpperCase(tok.charAt(0))
          || STOP.contains(tok)
          || tok.equals("Order")
          || !tok.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
          || isAllCaps(tok)) {
        break;
      }
      start = ts;
      j = ts;
    }
    return start;
  }

  private static int titleAfter(String s, int oe) {
    int end = oe;
    int j = oe;
    int words = 0;
    while (words < MAX_TITLE_WORDS
        && j < s.length()
        && (s.charAt(j) == ' ' || s.charAt(j) == '\n')) {
      int ts = j + 1;
      int te = ts;
      while (te < s.length() && (Character.isLetter(s.charAt(te)) || s.charAt(te) == '\'')) {
        te++;
      }
      if (te == ts) {
        break;
      }
      String tok = s.substring(ts, te);
      if (TITLE_CONNECTORS.contains(tok)) {
        j = te;
        words++;
        continue;
      }
      if (!Character.isUpperCase(tok.charAt(0))
          || isAllCaps(tok)
          || STOP.contains(tok)
          || tok.equals("Order")) {
        break;
      }
      end = te;
      j = te;
      words++;
    }
    return end;
  }

  private static boolean isAllCaps(String tok) {
    return tok.length() > 1
        && tok.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Start of the token that ends just before the single space at {@code j - 1}. */
  private static int tokenStart(String s, int j) {
    int e = j - 1;
    int ts = e;
    while (ts > 0 && ts > e - 30 && !Chars.isBlank(s.charAt(ts - 1))) {
      ts--;
    }
    return ts;
  }

  /** The token right before {@code j} (one space between), or "". */
  private static String wordBefore(String s, int j) {
    if (j == 0 || s.charAt(j - 1) != ' ') {
      return "";
    }
    return s.substring(tokenStart(s, j), j - 1);
  }
}
