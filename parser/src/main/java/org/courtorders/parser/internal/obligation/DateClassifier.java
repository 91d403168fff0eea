package org.courtorders.parser.internal.obligation;

import java.util.Set;

/**
 * Classifies one date of a clause by the words around it ({@link DateWords}): the cue that ends
 * right before it ("by", "due", "extended to", a label's colon), a predicate joining a due-date
 * noun to it ("The due date for X is D"), a session's verb ("will be held on"), the marks of an old
 * setting ("previously set for") or of the past ("dated", "was held on"). It looks a bounded number
 * of tokens back from the date, so a clause costs time linear in its length.
 *
 * <pre>{@code
 * DateRole r = new DateClassifier(DateWords.standard()).classify(words, first);
 * }</pre>
 */
final class DateClassifier {
  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun");

  /** How far back a predicate may reach for its due-date noun ("The due date for ... is"). */
  private static final int SUBJECT_REACH = 40;

  /**
   * How far back the marks of an old setting may stand ("previously preliminarily scheduled for").
   */
  private static final int OLD_REACH = 5;

  /** How far back "from D1 to" may start before the "to" of its new date (D1 with a weekday). */
  private static final int FROM_REACH = 10;

  /**
   * Whether the words before an "extended from" name a due date or a time ("the deadline to
   * respond", "Plaintiff's time to answer", "the response is due"), so that "from D1 to D2" moves a
   * due date and not a session.
   */
  private boolean dueSubject(Words w, int phraseEnd, int lo) {
    return v.find("dueNoun", w, lo, phraseEnd) >= 0
        || indexOf(w, "due", lo, phraseEnd) >= 0
        || indexOf(w, "time", lo, phraseEnd) >= 0;
  }

  /** How far either side of a date its clause is read, which bounds the work per date. */
  private static final int REACH = 40;

  private final DateWords v;

  DateClassifier(DateWords v) {
    this.v = v;
  }

  /**
   * The role of the date whose first token is {@code first} in a clause read as {@code w} (its
   * tokens are the clause's, no more).
   */
  DateRole classify(Words w, int first) {
    int j0 = first - 1;
    while (j0 >= 0 && (WEEKDAYS.contains(w.at(j0)) || w.is(j0, ",") || w.is(j0, "."))) {
      j0--;
    }
    int j = j0;
    if (w.is(j, "on") || w.is(j, "for") && v.endingAt("setFor", w, j) == 0) {
      j--;
    }
    if (j < 0 && j0 >= 0 && w.is(j0, "on") && pastAfter(w, first)) {
      return DateRole.PAST; // "On January 17th, the Court held a conference"
    }
    // "reset from D1 to D2", "extended from D1 to D2": D1 is the old setting or due date
    if (v.endingAt("movedFrom", w, j0) > 0 || v.endingAt("extendedFrom", w, j0) > 0) {
      return DateRole.RESCHEDULED_FROM;
    }
    if (w.isAny(j0, "to", "until")) {
      for (int k = j0 - 1; k >= Math.max(0, j0 - FROM_REACH); k--) {
        if (v.endingAt("extendedFrom", w, k) > 0 && dueSubject(w, k, Math.max(0, first - REACH))) {
          return DateRole.DEADLINE;
        }
        if (v.endingAt("movedFrom", w, k) > 0) {
          return DateRole.APPOINTMENT;
        }
      }
    }
    // the old date of a session this order moves or cancels
    for (int k = Math.max(0, first - OLD_REACH); k < first; k++) {
      if (v.startingAt("rescheduledFrom", w, k) > 0) {
        return DateRole.RESCHEDULED_FROM;
      }
    }
    int lo = Math.max(0, first - REACH);
    int hi = Math.min(w.size(), first + REACH);
    if (v.endingAt("setFor", w, j0) > 0
        && (v.find("cancel", w, lo, hi) >= 0 || v.find("movedTo", w, first, hi) >= 0)) {
      return DateRole.RESCHEDULED_FROM;
    }
    int voice = v.findLast("partyVoice", w, lo, first);
    if (voice >= 0 && partyBefore(w, voice) && indexOf(w, ",", voice, first) < 0) {
      return DateRole.MENTIONED;
    }
    int past = v.endingAt("past", w, j0);
    int pastEnd = j0;
    if (past == 0 && j != j0) {
      past = v.endingAt("past", w, j);
      pastEnd = j;
    }
    if (past > 0) {
      // "shall be filed on June 3" is a due date; "filed on June 3" is history
      return w.isAny(pastEnd - past, "be", "shall", "will", "must", "to", "is", "are")
          ? DateRole.DEADLINE
          : DateRole.PAST;
    }
    int cue = v.endingAt("dueCue", w, j0);
    if (cue == 0 && j != j0) {
      cue = v.endingAt("dueCue", w, j);
    }
    if (cue > 0) {
      int cueStart = (cue == v.endingAt("dueCue", w, j0) ? j0 : j) - cue + 1;
      if (pastBefore(w, cueStart)) {
        return DateRole.PAST;
      }
      if (w.isAny(0, "if", "unless") && indexOf(w, "not", lo, cueStart) >= 0) {
        return DateRole
            .MENTIONED; // "If the letter is not received by D, the Court will ...": a threat's
        // condition
      }
      String c = w.at(cueStart);
      if ((c.equals("until") || c.equals("till"))
          && w.isAny(cueStart - 1, "adjourned", "stayed", "continued", "postponed")) {
        return DateRole.APPOINTMENT;
      }
      return DateRole.DEADLINE;
    }
    int cop = Math.max(v.endingAt("copula", w, j0), v.endingAt("copula", w, j));
    if (cop > 0) {
      int end = (v.endingAt("copula", w, j0) == cop ? j0 : j) - cop + 1;
      if (v.findLast("dueNoun", w, Math.max(0, end - SUBJECT_REACH), end) >= 0
          || indexOf(w, "due", Math.max(0, end - SUBJECT_REACH), end) >= 0) {
        return DateRole.DEADLINE;
      }
      if (v.find("appointment", w, Math.max(0, end - SUBJECT_REACH), end) >= 0) {
        return DateRole.APPOINTMENT;
      }
    }
    if (v.endingAt("movedTo", w, j0) > 0 || v.endingAt("movedTo", w, j) > 0) {
      return DateRole.APPOINTMENT;
    }
    if (w.is(j0, ":") || w.is(j0, "-") || w.is(j0, "–") || w.is(j0, "—")) {
      int from = j0 - 1;
      while (from >= 0 && !w.isAny(from, ";", ":", ".") && j0 - from < 12) {
        from--;
      }
      if (v.find("dueNoun", w, from + 1, j0) >= 0
          || indexOf(w, "due", from + 1, j0) >= 0
          || v.find("filingNoun", w, from + 1, j0) >= 0) {
        return DateRole.DEADLINE;
      }
      if (v.find("appointment", w, from + 1, j0) >= 0) {
        return DateRole.APPOINTMENT;
      }
    }
    if (v.endingAt("appointment", w, j0) > 0
        || v.endingAt("appointment", w, j) > 0
        || v.endingAt("setFor", w, j0) > 0) {
      return DateRole.APPOINTMENT;
    }
    return DateRole.UNKNOWN;
  }

  private static final Set<String> PARTY_WORDS =
      Set.of(
          "plaintiff",
          "plaintiffs",
          "plaintiff's",
          "defendant",
          "defendants",
          "defendant's",
          "party",
          "parties",
          "counsel",
          "government",
          "government's",
          "petitioner",
          "respondent",
          "movant",
          "letter",
          "they",
          "he",
          "she",
          "'",
          "both",
          "also",
          "jointly",
          "respectfully");

  /** "Plaintiff requests", "the parties jointly proposed": a party speaks, not the court. */
  private static boolean partyBefore(Words w, int voice) {
    String prev = w.at(voice - 1);
    boolean possessive = prev.equals("'") || prev.endsWith("'s");
    if (prev.equals("to") || possessive && w.at(voice).endsWith("ed")) {
      return false; // "parties to request": the court's infinitive; "Plaintiff's proposed order": a
      // noun
    }
    for (int k = Math.max(0, voice - 4); k < voice; k++) {
      if (PARTY_WORDS.contains(w.at(k))
          && !w.is(k, "'")
          && !w.is(k, "both")
          && !w.is(k, "also")
          && !w.is(k, "jointly")
          && !w.is(k, "respectfully")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PAST_VERBS =
      Set.of(
          "held", "sent", "wrote", "met", "made", "took", "gave", "told", "said", "heard", "spoke",
          "saw", "came", "went", "began", "found");

  /** "On June 2, 2030, plaintiff filed": a past-tense verb right after the fronted date. */
  private static boolean pastAfter(Words w, int first) {
    int comma = indexOf(w, ",", first, Math.min(w.size(), first + 7));
    if (comma < 0) {
      return false;
    }
    for (int k = comma + 1; k < Math.min(w.size(), comma + 6); k++) {
      String x = w.at(k);
      if (PAST_VERBS.contains(x)
          || x.length() > 4 && x.endsWith("ed") && !w.isAny(k - 1, "is", "are", "be", "been")) {
        return true;
      }
      if (isAny(x, "shall", "must", "will", "may", "should", "is", "are")) {
        return false;
      }
    }
    return false;
  }

  /** "was due", "had until", "were to be filed by": the cue speaks of the past. */
  private boolean pastBefore(Words w, int cueStart) {
    for (int k = Math.max(0, cueStart - 3); k < cueStart; k++) {
      if (w.isAny(k, "was", "were", "had", "been")) {
        return true;
      }
    }
    return false;
  }

  static int indexOf(Words w, String word, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (w.is(i, word)) {
        return i;
      }
    }
    return -1;
  }

  static boolean isAny(String s, String... words) {
    for (String x : words) {
      if (s.equals(x)) {
        return true;
      }
    }
    return false;
  }
}
