package org.courtorders.parser.internal.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.courtorders.core.Manner;
import org.courtorders.core.Proceeding;
import org.courtorders.core.ProceedingStatus;
import org.courtorders.core.ProceedingType;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.date.YearPolicy;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds conferences, hearings, trials and arguments still to come: a proceeding word followed
 * closely by its date ("status conference on March 1, 2010 at 3:30 p.m."), with what the order does
 * to it (scheduled, adjourned to a new date, adjourned with no date, cancelled). One already held
 * ("the conference held on June 14") or dated before the order is left out.
 *
 * <pre>{@code
 * ProceedingRecognizer r = new ProceedingRecognizer(ctx, book);
 * clauses.forEach(c -> r.add(c, recount));
 * List<Proceeding> found = r.proceedings();
 * }</pre>
 */
final class ProceedingRecognizer {
  /** A proceeding's date follows its noun closely ("conference currently scheduled for"). */
  private static final int GAP = 90;

  /** How far a session's own verb may carry its date from the noun ("will be held on"). */
  private static final int REACH = 300;

  private static final Anchored HELD =
      Anchored.compile(
          "(?i)\\b(?:was|were|been)\\s+held\\b|\\bheld\\s+(?:on|today|yesterday)\\b|\\btook place\\b");
  private static final Anchored FUTURE =
      Anchored.compile("(?i)\\b(?:will|shall|to)\\s+be\\s+held\\b");
  private static final Anchored ADJOURNED =
      Anchored.compile("(?i)\\badjourn(?:ed|s|ing)?\\b|\\bpostpone");
  private static final Anchored ADJOURNED_TO =
      Anchored.compile("(?i)\\b(?:adjourned|rescheduled|moved)\\s+(?:to|until|for)\\b");
  private static final Anchored CANCELLED = Anchored.compile("(?i)\\b(?:cancell?ed|vacated)\\b");
  private static final Anchored CONDITIONAL = Anchored.compile("(?i)^\\W*(?:if|unless)\\b");
  private static final Anchored UPCOMING =
      Anchored.compile(
          "(?i)\\b(?:will be held|shall be held|remains in effect|upcoming|currently scheduled)\\b");
  private static final Anchored PLACE =
      Anchored.compile("(?i)\\bin\\s+(courtroom\\s+[0-9A-Z]{1,5}[A-Z]?)");
  private static final Anchored DUE_CUE =
      Anchored.compile("(?i)\\b(?:by|no later than|on or before|before|prior to|until)\\s*$");

  private final Reading ctx;
  private final PhraseBook book;
  private final List<Proceeding> found = new ArrayList<>();
  private final DateWords words = DateWords.standard();
  private final DateClassifier classifier = new DateClassifier(DateWords.standard());

  ProceedingRecognizer(Reading ctx, PhraseBook book) {
    this.ctx = ctx;
    this.book = book;
  }

  void add(Clause c, boolean recount) {
    String t = ctx.text;
    if (recount
        || CONDITIONAL.find(t, c.sentenceStart(), c.sentenceEnd())
            && t.substring(c.sentenceStart(), c.sentenceEnd()).contains("will adjourn")) {
      return;
    }
    List<PhraseBook.Hit> nouns = book.find(Phrase.Category.PROCEEDING, t, c.start(), c.end());
    if (nouns.isEmpty() || docketTitle(c)) {
      return;
    }
    List<DateMention> ds = ctx.doc.dates(c);
    Words w = Words.scan(t, c.start(), c.end());
    boolean cancel = words.find("cancel", w, 0, w.size()) >= 0;
    for (int i = 0; i < nouns.size(); i++) {
      PhraseBook.Hit n = nouns.get(i);
      if (i + 1 < nouns.size() && nouns.get(i + 1).start() < n.end()) {
        continue; // "pre-trial conference": the longer noun wins
      }
      int nextNoun = i + 1 < nouns.size() ? nouns.get(i + 1).start() : c.end();
      DateMention date = null;
      DateMention oldDate = null;
      boolean old = false;
      for (DateMention d : ds) {
        if (d.kind() != DateMention.Kind.DATE
            || d.start() < n.end()
            || d.start() >= nextNoun
            || d.start() - n.end() > REACH) {
          continue;
        }
        DateRole role = classifier.classify(w, w.indexAt(d.start()));
        if (role == DateRole.RESCHEDULED_FROM) {
          old = true;
          oldDate = oldDate == null ? d : oldDate;
          continue;
        }
        // the session's own verb reaches across a long subject ("A hearing on ... (ECF No. 88) ...
        // will be held on"); a bare date must stand close to its noun
        if (role == DateRole.APPOINTMENT
            || role == DateRole.UNKNOWN && d.start() - n.end() <= GAP) {
          date = d;
          break;
        }
      }
      if (date == null && old && !cancel && !adjourned(c)) {
        // "currently scheduled for July 22 ... will be held in person": the setting stands
        date = oldDate;
        old = false;
      }
      if (date == null) {
        if (old && cancel) {
          add(
              ProceedingType.valueOf(n.phrase().value()),
              Optional.empty(),
              null,
              c,
              ProceedingStatus.CANCELLED);
        } else if (!old && upcoming(c)) {
          add(
              ProceedingType.valueOf(n.phrase().value()),
              Optional.empty(),
              null,
              c,
              status(c, null));
        }
        continue;
      }
      String between = t.substring(n.end(), date.start());
      if (HELD.find(between) && !FUTURE.find(between)
          || DUE_CUE.find(t.substring(Math.max(c.start(), date.start() - 20), date.start()))) {
        continue;
      }
      Optional<LocalDate> when = resolve(date);
      if (when.isEmpty() || ctx.anchorDate().map(a -> when.get().isBefore(a)).orElse(false)) {
        continue;
      }
      ProceedingStatus status = old ? ProceedingStatus.ADJOURNED : status(c, date);
      Optional<LocalDate> on = when;
      DateMention at = date;
      if (status == ProceedingStatus.ADJOURNED && !old) {
        DateMention to = newDate(c, ds);
        on = to == null ? Optional.empty() : resolve(to);
        at = to == null ? date : to;
      } else if (status == ProceedingStatus.CANCELLED) {
        on = Optional.empty(); // a cancelled proceeding will not take place on any date
      }
      add(ProceedingType.valueOf(n.phrase().value()), on, at, c, status);
    }
  }

  /**
   * A docket entry's own title ("ORDER directing the parties to say whether they want a settlement
   * conference, signed by Magistrate Judge A. Roe on 3/4/2019") names a proceeding but sets none;
   * its date is the signing date (FAILURE-CLASSES C16).
   */
  private boolean docketTitle(Clause c) {
    // Only a clause holding "signed by" in some case can be one, so most are not copied (issue
    // 13): any letters that lower-case to it are those ASCII letters, which regionMatches finds.
    if (!containsIgnoreCase(ctx.text, c.start(), c.end(), "signed by")) {
      return false;
    }
    String s = lower(ctx.text.substring(c.start(), c.end()));
    return s.contains("signed by")
        && (s.startsWith("order") || s.contains("(signed by") || s.contains(", signed by"));
  }

  private Optional<LocalDate> resolve(DateMention d) {
    return ctx.anchorDate().isPresent()
        ? DateRecognizer.resolveYear(d, ctx.anchorDate().get(), YearPolicy.FORWARD)
        : d.date();
  }

  private ProceedingStatus status(Clause c, DateMention d) {
    String t = ctx.text;
    if (CANCELLED.find(t, c.start(), c.end())) {
      return ProceedingStatus.CANCELLED;
    }
    if (adjourned(c)) {
      return ProceedingStatus.ADJOURNED;
    }
    return ProceedingStatus.SCHEDULED;
  }

  /**
   * Whole-clause tests asked once per proceeding noun, answered once per clause: a clause dense
   * with nouns ("hearing conference hearing ...", issue #13) was otherwise read once per noun.
   */
  private Clause askedOf;

  private Boolean adjourned;
  private Boolean upcoming;

  private void forClause(Clause c) {
    if (askedOf != c) {
      askedOf = c;
      adjourned = null;
      upcoming = null;
    }
  }

  private boolean adjourned(Clause c) {
    forClause(c);
    if (adjourned == null) {
      adjourned = ADJOURNED.find(ctx.text, c.start(), c.end());
    }
    return adjourned;
  }

  private boolean upcoming(Clause c) {
    forClause(c);
    if (upcoming == null) {
      upcoming = UPCOMING.find(ctx.text, c.start(), c.end());
    }
    return upcoming;
  }

  /** The date after "adjourned to", if the clause gives one. */
  private DateMention newDate(Clause c, List<DateMention> ds) {
    Anchored.Scan m = ADJOURNED_TO.scan(ctx.text, c.start(), c.end());
    if (!m.find()) {
      return null;
    }
    for (DateMention d : ds) {
      if (d.start() >= m.end() && d.kind() == DateMention.Kind.DATE) {
        return d;
      }
    }
    return null;
  }

  private void add(
      ProceedingType type,
      Optional<LocalDate> date,
      DateMention at,
      Clause c,
      ProceedingStatus status) {
    String t = ctx.text;
    Proceeding.Builder b =
        new Proceeding.Builder()
            .type(type)
            .status(status)
            .text(ctx.quote(c.start(), c.end()))
            .span(ctx.span(c.start(), c.end()));
    date.ifPresent(b::date);
    if (at != null && date.isPresent()) {
      at.time().ifPresent(b::time);
    }
    book.first(Phrase.Category.MANNER, t, c.start(), c.end())
        .map(h -> h.phrase().value())
        .filter(v -> !v.equals("EMAIL") && !v.equals("ECF") && !v.equals("MAIL"))
        .ifPresent(v -> b.manner(Manner.valueOf(v)));
    Anchored.Scan p = PLACE.scan(t, c.start(), c.end());
    if (p.find()) {
      b.place(ctx.quote(p.start(1), p.end(1)));
    }
    found.add(b.build());
  }

  /** One entry per proceeding and date; dateless mentions only when no dated one of the type. */
  List<Proceeding> proceedings() {
    List<Proceeding> out = new ArrayList<>();
    for (Proceeding p : found) {
      boolean dup = out.stream().anyMatch(o -> o.type() == p.type() && o.date().equals(p.date()));
      if (!dup) {
        out.add(p);
      }
    }
    out.removeIf(
        p ->
            p.date().isEmpty()
                && p.status() == ProceedingStatus.SCHEDULED
                && out.stream().anyMatch(o -> o.type() == p.type() && o.date().isPresent()));
    return out;
  }

  /** Whether {@code text[from, to)} holds {@code word} ignoring case (as regionMatches does). */
  static boolean containsIgnoreCase(String text, int from, int to, String word) {
    for (int i = from; i <= to - word.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
