package org.courtorders.parser.internal.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;

/**
 * Finds relative periods in normalized order text: "within 14 days of this Order", "within fourteen
 * (14) days", "no later than 30 days after service", "three business days before the settlement
 * conference", "afforded 45 days to file".
 *
 * <pre>{@code
 * PeriodMention p = new PeriodRecognizer().find("within fourteen (14) days of this Order").get(0);
 * p.amount();        // 14
 * p.triggerKind();   // THIS_ORDER
 * }</pre>
 *
 * <p>A number and a unit count as a period only with a cue ("within", "no later than", "by"), a
 * direction and event ("after service"), or a purpose ("to file"), so "the 30 days that have
 * passed" is not a deadline. Token-based with bounded look-ahead: linear time. Stateless and
 * thread-safe.
 */
public final class PeriodRecognizer {
  /** Trigger words end here at the latest, which also bounds the work per position. */
  private static final int MAX_TRIGGER_TOKENS = 10;

  private static final int MAX_AMOUNT = 9999;

  /** Words that end a trigger phrase: the next clause begins. */
  private static final Set<String> TRIGGER_STOPS =
      Set.of(
          "to",
          "in",
          "and",
          "or",
          "unless",
          "which",
          "that",
          "if",
          "when",
          "whichever",
          "but",
          "so",
          "for",
          "with",
          "by",
          "at",
          "absent",
          "except",
          "shall",
          "will",
          "must",
          "may",
          "should",
          "is",
          "are",
          "was",
          "be");

  /** Words that end a trigger phrase like the ones above, but belong to no clause. */
  private static final Set<Character> TRIGGER_MARKS =
      Set.of('.', ',', ';', ':', '(', ')', '[', ']', '"', '!', '?');

  /** Cues that make a number of days a deadline on their own: "within 30 days". */
  private static final String[][] CUES = {
    {"within"}, {"no", "later", "than"}, {"not", "later", "than"},
  };

  /**
   * Cues that need a direction and event after the unit: "by 10 days after service" is a deadline,
   * "extended by 10 days" and "at least one hour" are not.
   */
  private static final String[][] DIRECTED_CUES = {
    {"by"},
    {"no", "more", "than"},
    {"not", "more", "than"},
    {"no", "fewer", "than"},
    {"no", "less", "than"},
    {"not", "less", "than"},
    {"at", "least"},
  };

  public List<PeriodMention> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /**
   * Every period wholly inside {@code [from, to)}, in text order; offsets are into {@code text}.
   */
  public List<PeriodMention> find(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    Tokens t = Tokens.scan(text, from, to);
    List<PeriodMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = match(text, t, i, out);
      i = next > i ? next : i + 1;
    }
    t.recycle();
    return List.copyOf(out);
  }

  /** Adds the period starting at token {@code i}, if any, and returns the token after it. */
  private static int match(CharSequence text, Tokens t, int i, List<PeriodMention> out) {
    int cueEnd = cue(t, i, CUES);
    int directedCueEnd = cueEnd > 0 ? -1 : cue(t, i, DIRECTED_CUES);
    if (directedCueEnd > 0) {
      cueEnd = directedCueEnd;
    }
    int a = cueEnd > 0 ? cueEnd : i;
    long amountAndNext = amount(t, a);
    if (amountAndNext < 0) {
      return -1;
    }
    int amount = (int) (amountAndNext >>> 32);
    int u = (int) amountAndNext;
    TimeUnit unit = null;
    if (t.isWord(u, "business") || t.isWord(u, "court")) {
      u++;
      if (isDayWord(t.word(u))) {
        unit = TimeUnit.BUSINESS_DAYS;
      }
    } else {
      if (t.isWord(u, "calendar") || t.isWord(u, "full")) {
        u++;
      }
      unit = unit(t.word(u));
    }
    if (unit == null) {
      return -1;
    }
    int afterUnit = u + 1;
    if (t.isMark(afterUnit, '\'') && t.touches(u)) {
      afterUnit++;
    }
    CountDirection direction = CountDirection.FORWARD;
    int d = afterUnit;
    boolean directed = false;
    String w = t.word(d);
    // "of" directs only after a cue: "within 14 days of service", but not "the 30 days of trial".
    if (("of".equals(w) && cueEnd > 0)
        || "after".equals(w)
        || "from".equals(w)
        || "following".equals(w)) {
      d++;
      directed = true;
    } else if ("before".equals(w) || "preceding".equals(w)) {
      direction = CountDirection.BACKWARD;
      d++;
      directed = true;
    } else if ("prior".equals(w) && t.isWord(d + 1, "to")) {
      direction = CountDirection.BACKWARD;
      d += 2;
      directed = true;
    } else if ("in".equals(w) && t.isWord(d + 1, "advance") && t.isWord(d + 2, "of")) {
      direction = CountDirection.BACKWARD;
      d += 3;
      directed = true;
    }
    int trigEnd = directed ? triggerEnd(t, d) : d;
    boolean hasTrigger = directed && trigEnd > d;
    int purposeEnd = -1;
    if (!directed
        && t.isWord(afterUnit, "to")
        && t.isWord(afterUnit + 1)
        && !t.isWord(afterUnit + 1, "the")) {
      purposeEnd = afterUnit + 2;
    }
    if (cueEnd < 0 && !hasTrigger && purposeEnd < 0) {
      return -1;
    }
    if (directedCueEnd > 0 && !directed) {
      return -1;
    }
    int startTok = i;
    int endTok;
    if (hasTrigger) {
      endTok = trigEnd;
    } else if (purposeEnd > 0) {
      endTok = purposeEnd;
    } else {
      endTok = afterUnit;
    }
    String trigger = "";
    int ts = -1;
    int te = -1;
    PeriodMention.TriggerKind kind = PeriodMention.TriggerKind.IMPLICIT;
    if (hasTrigger) {
      ts = t.start(d);
      te = t.end(trigEnd - 1);
      trigger = collapse(text, ts, te);
      kind =
          isThisOrder(trigger)
              ? PeriodMention.TriggerKind.THIS_ORDER
              : PeriodMention.TriggerKind.EVENT;
    }
    out.add(
        new PeriodMention(
            t.start(startTok), t.end(endTok - 1), amount, unit, direction, trigger, ts, te, kind));
    return endTok;
  }

  /** The token after a cue starting at {@code i}, or -1. */
  private static int cue(Tokens t, int i, String[][] cues) {
    for (String[] cue : cues) {
      int k = 0;
      while (k < cue.length && t.isWord(i + k, cue[k])) {
        k++;
      }
      if (k == cue.length) {
        return i + k;
      }
    }
    return -1;
  }

  /**
   * The amount at {@code a} and the token after it, packed as {@code amount << 32 | next}, or -1:
   * "14", "fourteen", "twenty-one", "twenty one", "fourteen (14)", "a", "one".
   */
  private static long amount(Tokens t, int a) {
    int value;
    int next;
    if (t.isDigits(a)) {
      if (t.touches(a) && !t.isMark(a + 1, '\'')) {
        return -1;
      }
      if (t.touches(a - 1) && !t.isMark(a - 1, '(')) {
        return -1;
      }
      value = t.number(a);
      next = a + 1;
    } else if (t.isWord(a, "a") || t.isWord(a, "an")) {
      value = 1;
      next = a + 1;
    } else {
      int tens = DateWords.ten(t.dateWord(a));
      int units = DateWords.unit(t.dateWord(a));
      if (tens > 0) {
        int u = t.isMark(a + 1, '-') && t.touches(a) ? a + 2 : a + 1;
        int more = DateWords.unit(t.dateWord(u));
        if (more >= 1 && more <= 9) {
          value = tens + more;
          next = u + 1;
        } else {
          value = tens;
          next = a + 1;
        }
      } else if (units >= 0) {
        value = units;
        next = a + 1;
      } else {
        return -1;
      }
      // "fourteen (14)": the figure in parentheses is the one a reader relies on.
      if (t.isMark(next, '(') && t.isDigits(next + 1) && t.isMark(next + 2, ')')) {
        value = t.number(next + 1);
        next += 3;
      }
    }
    if (value < 0 || value > MAX_AMOUNT) {
      return -1;
    }
    return ((long) value << 32) | next;
  }

  private static boolean isDayWord(String w) {
    return "day".equals(w) || "days".equals(w);
  }

  private static TimeUnit unit(String w) {
    if (w == null) {
      return null;
    }
    switch (w) {
      case "day":
      case "days":
        return TimeUnit.DAYS;
      case "week":
      case "weeks":
        return TimeUnit.WEEKS;
      case "month":
      case "months":
        return TimeUnit.MONTHS;
      case "year":
      case "years":
        return TimeUnit.YEARS;
      case "hour":
      case "hours":
        return TimeUnit.HOURS;
      default:
        return null;
    }
  }

  /** The token after the trigger words starting at {@code d}; {@code d} itself if none. */
  private static int triggerEnd(Tokens t, int d) {
    int k = d;
    while (k < t.size() && k - d < MAX_TRIGGER_TOKENS) {
      if (t.isWord(k)) {
        // "this Opinion and Order" is one title, not two clauses.
        boolean title = t.isWord(k, "and") && t.isWord(k + 1, "order");
        if (t.wordIn(k, TRIGGER_STOPS) && k > d && !title) {
          break;
        }
      } else if (!t.isDigits(k)) {
        char c = markChar(t, k);
        if (TRIGGER_MARKS.contains(c)) {
          break;
        }
        // A hyphen or apostrophe inside a word ("e-filing", "Court's") belongs to the trigger.
        if (!(t.touches(k - 1) && t.touches(k))) {
          break;
        }
      }
      k++;
    }
    while (k > d && !t.isWord(k - 1) && !t.isDigits(k - 1)) {
      k--;
    }
    // The order's own title ends the trigger: "this Order file on ECF" is "this Order".
    for (int m = d; m + 1 < k; m++) {
      if (t.isWord(m, "this") && t.wordIn(m + 1, TITLES)) {
        int e = m + 2;
        if (t.isWord(e, "and") && t.wordIn(e + 1, TITLES)) {
          e += 2;
        }
        return Math.min(e, k);
      }
    }
    return k;
  }

  /** Words that name the document itself after "this". */
  private static final Set<String> TITLES =
      Set.of("order", "opinion", "memorandum", "endorsement", "decision", "ruling");

  private static char markChar(Tokens t, int k) {
    for (char c : new char[] {'.', ',', ';', ':', '(', ')', '[', ']', '"', '!', '?', '-', '\''}) {
      if (t.isMark(k, c)) {
        return c;
      }
    }
    return '\0';
  }

  private static String collapse(CharSequence text, int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    boolean space = false;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether the trigger is the order itself: "this Order", "the date of this Order", "entry of this
   * Order", "the e-filing of this Order", "the date hereof", "today".
   */
  static boolean isThisOrder(String trigger) {
    String s = trigger.toLowerCase(Locale.ROOT);
    return s.matches(
            "(?:(?:the )?(?:date|entry|e-filing|filing|issuance|docketing|service) of )?this"
                + " (?:order|opinion|opinion and order|memorandum|memorandum and order"
                + "|memo endorsement|endorsement|scheduling order|decision|decision and order)")
        || s.equals("today")
        || s.equals("the date hereof")
        || s.equals("entry hereof")
        || s.equals("the date of entry of this order");
  }
}
