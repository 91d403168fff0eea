package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.Citation;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * Docket citations: a label ("Dkt. No.", "ECF", "Doc. #", "D.E.", "Docket Entry") followed by one
 * number, a list ("ECF Nos. 6, 7, and 8") or a range ("Docs. 91-93"), each with an optional
 * attachment ("564-1") and pin cite ("at 13").
 *
 * <p>Only labelled numbers count, as the gold annotation rules say (corpus README,
 * "docketEntries"): a bare "[24]" or "221 Letter Motion" is not a citation. The scan looks for a
 * label at each word start and parses forward; it never backtracks over free text.
 *
 * <p>A hyphen is ambiguous: "564-1" is attachment 1 of entry 564, "1-2" after "Nos." is a range. A
 * second number not above the first is an attachment. A larger one is a range after a plural label
 * ("Nos.", "Docs.") or an en dash in the original; after a plain hyphen it is a range ("ECF 22-23")
 * unless the label says "No." or a pin cite follows ("ECF 1-5 ¶ 26").
 */
final class DocketRecognizer implements Recognizer {
  /** Most entries one range may expand to; "No. 20-1234" is an appellate number, not a range. */
  static final int MAX_RANGE = 200;

  private static final int MAX_QUALIFIERS = 3;

  /** The label found at a position. */
  private record Label(int end, boolean plural, boolean singular) {}

  @Override
  public List<Group> find(NormalizedText text) {
    String s = text.text();
    char[] chars = text.chars(); // the scan for label letters reads the array
    List<Group> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if ((c == 'D' || c == 'd' || c == 'E' || c == 'e' || c == 'F') && Chars.wordStart(s, i)) {
        Label label = label(s, i);
        if (label != null) {
          int[] end = new int[1];
          List<Citation> cites = numbers(text, i, label, end);
          if (!cites.isEmpty()) {
            out.add(new Group(i, end[0], cites));
            i = end[0];
            continue;
          }
        }
      }
      i++;
    }
    return out;
  }

  /** The label starting at {@code i}, through its qualifiers ("No.", "#", "Entry"), or null. */
  private static Label label(String s, int i) {
    char c = s.charAt(i);
    int j;
    boolean plural = false;
    boolean needQualifier = false;
    if ((j = Chars.word(s, i, "ECF")) > 0) {
      j = dot(s, j);
    } else if ((j = Chars.word(s, i, "Dkts")) > 0 || (j = Chars.word(s, i, "Dkt")) > 0) {
      plural = j - i == 4;
      j = dot(s, j);
    } else if (((j = Chars.word(s, i, "Docs")) > 0 || (j = Chars.word(s, i, "Doc")) > 0)
        && !Character.isUpperCase(s.charAt(i + 1))) {
      // "DOC #:" in capitals is the filing box of the document itself, like a page stamp.
      plural = j - i == 4;
      if (j < s.length() && s.charAt(j) == '.') {
        j++;
      } else {
        needQualifier = true; // "Doc 45" without a period is too loose
      }
    } else if (s.startsWith("D.Es.", i) || s.startsWith("D. Es.", i)) {
      j = i + (s.charAt(i + 2) == ' ' ? 6 : 5); // "D.Es. 2, 5, & 7"
      plural = true;
    } else if (s.startsWith("D.E.", i) || s.startsWith("D. E.", i)) {
      j = i + (s.charAt(i + 2) == ' ' ? 5 : 4);
    } else if ((j = Chars.exactWord(s, i, "Filing")) > 0) {
      needQualifier = true; // D. Neb.'s "Filing No. 9"; "Filing 9" alone is a site header
    } else if (c == 'F') {
      return null;
    } else if ((j = Chars.exactWord(s, i, "DE")) > 0
        && i > 0
        && (s.charAt(i - 1) == '[' || s.charAt(i - 1) == '(')) {
      // "[DE 45]": only in brackets, since "DE" alone is also Delaware ("Wilmington, DE 19801").
    } else if (((j = Chars.word(s, i, "Document")) > 0 || (j = Chars.word(s, i, "Documents")) > 0)
        && !Character.isUpperCase(s.charAt(i + 1))) {
      plural = s.charAt(j - 1) == 's';
      needQualifier = true;
    } else if ((j = Chars.word(s, i, "Docket")) > 0) {
      needQualifier = s.charAt(i) == 'd'; // "Docket 26" counts; "docket 26" needs "No."/"Entry"
    } else {
      return null;
    }
    boolean singular = false;
    boolean qualified = false;
    for (int q = 0; q < MAX_QUALIFIERS; q++) {
      // a blank line may part a label from its qualifier where a line was wrapped ("(Doc.\n\n#44)")
      int k = Chars.skipGap(s, j, 2);
      int e;
      if ((e = Chars.word(s, k, "Nos")) > 0
          || (e = Chars.word(s, k, "Numbers")) > 0
          || (e = Chars.word(s, k, "Entries")) > 0) {
        plural = true;
      } else if ((e = Chars.word(s, k, "No")) > 0
          || (e = Chars.word(s, k, "Number")) > 0
          || (e = Chars.word(s, k, "Entry")) > 0) {
        singular = true;
      } else if ((e = Chars.word(s, k, "Doc")) > 0 || (e = Chars.word(s, k, "Dkt")) > 0) {
        // "ECF Doc. No. 5"
      } else if (k < s.length() && s.charAt(k) == '#') {
        e = k + 1;
        if (e < s.length() && s.charAt(e) == ':') {
          e++;
        }
      } else {
        break;
      }
      j = dot(s, e);
      qualified = true;
    }
    if (needQualifier && !qualified) {
      return null;
    }
    return new Label(j, plural, singular);
  }

  private static int dot(String s, int j) {
    return j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
  }

  /** One number item: entry, optional second number after a hyphen, positions. */
  private record Item(
      int start, int entry, int entryEnd, int dash, int second, int secondStart, int end) {}

  /** The number at {@code i} with an optional "-N"; null if it is not a docket number. */
  private static Item item(String s, int i) {
    int e = Chars.digits(s, i, 6);
    if (e == i || (i > 0 && Chars.isDigit(s.charAt(i - 1)))) {
      return null;
    }
    if (e < s.length()) {
      char c = s.charAt(e);
      if (Chars.isDigit(c) || Character.isLetter(c)) {
        return null; // "1234567", "22cv"
      }
      if ((c == ':' || c == '/' || c == '.')
          && e + 1 < s.length()
          && Chars.isDigit(s.charAt(e + 1))) {
        return null; // "1:18-cv", "7/7/23", "13.27"
      }
    }
    int entry = Chars.parseInt(s, i, e);
    if (e + 1 < s.length() && s.charAt(e) == '-') {
      int k = e + 1;
      if (Character.isLetter(s.charAt(k))) {
        return null; // "23-cv-48"
      }
      int e2 = Chars.digits(s, k, 4);
      if (e2 > k
          && (e2 >= s.length()
              || !(Chars.isDigit(s.charAt(e2))
                  || Character.isLetter(s.charAt(e2))
                  || s.charAt(e2) == '-'
                  || s.charAt(e2) == ':'))) {
        return new Item(i, entry, e, e, Chars.parseInt(s, k, e2), k, e2);
      }
      if (e2 > k) {
        return null; // "20-1234-cv", "1-2-3"
      }
    }
    return new Item(i, entry, e, -1, -1, -1, e);
  }

  /** Parses the numbers after a label; {@code end[0]} receives the end of what was consumed. */
  private static List<Citation> numbers(
      NormalizedText text, int labelStart, Label label, int[] end) {
    String s = text.text();
    List<Citation> out = new ArrayList<>();
    int j = Chars.skipGap(s, label.end(), 2);
    Item item = item(s, j);
    if (item == null) {
      return out;
    }
    int spanStart = labelStart;
    boolean first = true;
    int consumed = -1;
    while (true) {
      int emitted = emit(text, item, spanStart, label, out);
      if (emitted < 0) {
        // "ECF Nos. 3, 7-216": a later item that is no entry ends the list after the last good one.
        if (first) {
          return new ArrayList<>();
        }
        break;
      }
      consumed = emitted;
      first = false;
      int next = separator(s, consumed, label.plural());
      if (next < 0) {
        break;
      }
      Item nextItem = item(s, next);
      if (nextItem == null || (!label.plural() && !endsListItem(s, nextItem.end()))) {
        break;
      }
      item = nextItem;
      spanStart = next;
    }
    end[0] = consumed;
    return out;
  }

  /**
   * Adds the citations for one item; returns the end of the item and its pin cite, or -1 if the
   * item is not a docket number after all (a range too long to be one).
   */
  private static int emit(
      NormalizedText text, Item item, int spanStart, Label label, List<Citation> out) {
    String s = text.text();
    int itemEnd = item.end();
    PinCite.Found pin = PinCite.after(s, itemEnd, true);
    int end = pin == null ? itemEnd : pin.end();
    Optional<String> pinValue = pin == null ? Optional.empty() : Optional.of(pin.value());
    if (item.dash() < 0) {
      out.add(cite(text, spanStart, end, item.entry(), Optional.empty(), pinValue));
      return end;
    }
    int a = item.entry();
    int b = item.second();
    boolean enDash = !text.originalSlice(item.dash(), item.dash() + 1).equals("-");
    // A pin cite points into one document, so "ECF 1-5 ¶ 26" is an exhibit, unless the label or
    // an en dash says range outright.
    boolean strong = label.plural() || enDash;
    boolean range = b > a && (strong || (!label.singular() && pin == null));
    if (!range) {
      if (b > a && b - a > MAX_RANGE) {
        return -1;
      }
      out.add(cite(text, spanStart, end, a, Optional.of(b), pinValue));
      return end;
    }
    if (b - a > MAX_RANGE) {
      return -1;
    }
    out.add(cite(text, spanStart, item.entryEnd(), a, Optional.empty(), Optional.empty()));
    for (int k = a + 1; k < b; k++) {
      out.add(cite(text, item.start(), item.end(), k, Optional.empty(), Optional.empty()));
    }
    out.add(cite(text, item.secondStart(), end, b, Optional.empty(), pinValue));
    return end;
  }

  private static Citation cite(
      NormalizedText text,
      int start,
      int end,
      int entry,
      Optional<Integer> attachment,
      Optional<String> pin) {
    return new DocketCitation.Builder()
        .entry(entry)
        .attachment(attachment)
        .pinCite(pin)
        .text(text.originalSlice(start, end))
        .span(TextSpan.of(start, end))
        .build();
  }

  /**
   * The start of the next list item after {@code i}, or -1: a comma, "and", "&" or (after a plural
   * label, "ECF Nos. 43; 44") a semicolon.
   */
  private static int separator(String s, int i, boolean plural) {
    int j = skipParenthetical(s, i);
    boolean sep = false;
    if (j < s.length() && (s.charAt(j) == ',' || (plural && s.charAt(j) == ';'))) {
      j++;
      sep = true;
    }
    j = Chars.skipGap(s, j);
    int e;
    if ((e = Chars.word(s, j, "and")) > 0
        || (j < s.length() && s.charAt(j) == '&' && (e = j + 1) > 0)) {
      j = Chars.skipGap(s, e);
      sep = true;
    }
    return sep && j < s.length() && Chars.isDigit(s.charAt(j)) ? j : -1;
  }

  /**
   * Longest short name in parentheses a list may carry between items ("30 ("MTD Opinion") & 31").
   */
  private static final int MAX_PARENTHETICAL = 80;

  /**
   * The end of a short parenthetical right after an item ("D.Es. 30 (“MTD Opinion”) & 31"), blanks
   * before it skipped, or {@code i} when none: no nested parenthesis, at most {@link
   * #MAX_PARENTHETICAL} characters (a wrapped line's break included), so the look is bounded.
   */
  private static int skipParenthetical(String s, int i) {
    int k = Chars.skipGap(s, i);
    if (k >= s.length() || s.charAt(k) != '(') {
      return i;
    }
    for (int e = k + 1; e < s.length() && e - k <= MAX_PARENTHETICAL; e++) {
      char ch = s.charAt(e);
      if (ch == ')') {
        return e + 1;
      }
      if (ch == '(') {
        return i;
      }
    }
    return i;
  }

  /**
   * Whether a later list item after a singular label really ends there: "ECF 47, 48)" yes, "ECF No.
   * 5, 10 days" no. After a plural label ("Nos.") a list is expected and needs no check.
   */
  private static boolean endsListItem(String s, int e) {
    int j = e;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\n') && j - e < 3) {
      j++;
    }
    if (j >= s.length() || !Character.isLetter(s.charAt(j))) {
      return true;
    }
    return Chars.word(s, j, "at") > 0
        || Chars.word(s, j, "and") > 0
        || Chars.word(s, j, "text") > 0;
  }
}
