package org.courtorders.parser.internal.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.Actor;
import org.courtorders.core.CountDirection;
import org.courtorders.core.Deadline;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.Modality;
import org.courtorders.core.Severity;
import org.courtorders.core.TimeUnit;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.PeriodMention;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;

/**
 * Reads obligations starting from the dates rather than from the modal verbs: every date of a court
 * clause is classified ({@link DateClassifier}), and a due date that no modal directive claimed
 * becomes a directive of its own, with its actor bound by the grammar around it: the object of
 * "expects X to", the subject of "X will have 30 days to", the owner of the thing due ("Motion ...
 * due", "opposition due" in a briefing schedule), the person of the sentence before a passive ("The
 * sanction is to be paid by"), or the party whose act it is ("time for service"). Items under a
 * lead-in ("Counsel is ordered to: • ... within 45 days") take the lead-in's actor. A date the
 * reader cannot classify is reported with a DATE_UNCLASSIFIED diagnostic, so nothing is lost
 * silently.
 *
 * <pre>{@code
 * DateReader r = new DateReader(ctx, actors, deadlines);
 * List<Directive> found = r.read(clause, modalDirective, recount);
 * }</pre>
 */
final class DateReader {
  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("twenty-one", 21),
          Map.entry("thirty", 30),
          Map.entry("forty-five", 45),
          Map.entry("sixty", 60),
          Map.entry("ninety", 90));

  private final Reading ctx;
  private final ActorResolver actors;
  private final DeadlineResolver deadlines;
  private final DateWords v = DateWords.standard();
  private final DateClassifier classifier = new DateClassifier(DateWords.standard());
  private Actor lastNamed;
  private Actor leadIn;

  /** Whether the clause before was an item's label alone ("1."). */
  private boolean labelled;

  /** Under "It is ORDERED that:" each item names its own actor. */
  private boolean ownSubjects;

  /** Whether the clause before was an item, or a sentence going on inside one. */
  private boolean inItem;

  /** Whether the clause before was a sentence going on inside an item (not an item itself). */
  private boolean continuing;

  /** The action {@link DirectiveRecognizer} gives a directive whose cue is followed by no verb. */
  private static final String NO_ACT = "act";

  DateReader(Reading ctx, ActorResolver actors, DeadlineResolver deadlines) {
    this.ctx = ctx;
    this.actors = actors;
    this.deadlines = deadlines;
    this.briefing = new Briefing(ctx, actors);
  }

  private final Briefing briefing;

  /** Date mentions another reader took (schedule rows): not classified again here. */
  private Set<Integer> ignored = Set.of();

  DateReader ignoring(Set<Integer> mentionStarts) {
    this.ignored = mentionStarts;
    return this;
  }

  /**
   * The directives of one clause: the modal directive the clause already gave (completed with a due
   * date it missed), and one more for every due date no directive claimed.
   */
  List<Directive> read(Clause c, Optional<Directive> modal, boolean recount) {
    String t = ctx.text;
    List<Directive> out = new ArrayList<>();
    Words w = Words.scan(t, c.start(), c.end());
    // "1." a sentence of its own (the segmenter ends one at "1. Defendant"): the next clause is
    // the item it labels
    if (w.size() == 1 && w.isAny(0, "and", "or")) {
      return out; // "(b) ...; and" / "(c) ...": the conjunction between two items
    }
    boolean marked = labelled || w.size() > 0 && ItemLabels.at(w, markAt(w));
    boolean item = isItem(w) || labelled;
    labelled = w.size() > 0 && ItemLabels.after(w, 0) == w.size();
    if (labelled) {
      return out;
    }
    // a sentence that goes on inside an item ("• Attend a course. She may submit proof ...;")
    // keeps the list open: the next marked item still takes the lead-in's actor
    boolean goesOn = !marked && (inItem || continuing) && midLine(t, c.start());
    if (continuing && !marked) {
      item = false; // after such a sentence, only a new item mark resumes the list
    }
    continuing = goesOn && (leadIn != null || ownSubjects);
    inItem = item || continuing;
    if (!item && modal.isEmpty() && !continuing) {
      leadIn = null;
      ownSubjects = !recount && decretalLeadIn(w);
    } else if (!item && !continuing) {
      ownSubjects = false;
    }
    if (recount) {
      remember(c);
      return out;
    }
    Directive base = modal.orElse(null);
    if (base == null && leadIn != null && item) {
      base = itemDirective(c, w);
    } else if (base == null && ownSubjects && item) {
      base = subjectItemDirective(c, w);
    }
    List<LocalDate> claimed = new ArrayList<>();
    if (base != null) {
      base.deadline().flatMap(Deadline::date).ifPresent(claimed::add);
    }
    boolean quoted = quoted(t, c);
    for (DateMention m : ctx.doc.dates(c)) {
      if (m.kind() != DateMention.Kind.DATE || ignored.contains(m.start())) {
        continue;
      }
      DateRole role = classifier.classify(w, w.indexAt(m.start()));
      Optional<LocalDate> d = deadlines.resolve(m, false);
      if (d.isPresent() && ctx.anchorDate().map(a -> d.get().isBefore(a)).orElse(false)) {
        role = DateRole.PAST;
      }
      if (role == DateRole.DEADLINE && !quoted) {
        if (d.isPresent() && (claimed.contains(d.get()) || dueElsewhere(d.get()))) {
          continue; // the same due date restated ("If the letter is not received by June 3, ...")
        }
        Optional<Deadline> made = deadlines.dateDeadline(m);
        if (made.isEmpty()) {
          continue; // INVALID_DATE reported with the date's span
        }
        Deadline dl =
            made.get(); // no year and no order date: month and day kept, YEAR_UNKNOWN reported
        dl.date().ifPresent(claimed::add);
        if (base != null && base.deadline().isEmpty() && !base.reminder()) {
          base = new Directive.Builder().from(base).deadline(dl).build();
        } else {
          Directive nd = directive(c, w, m.start(), dl);
          if (nd != null) {
            out.add(nd);
          } else {
            ctx.diagnose(
                DiagnosticCode.DATE_UNCLASSIFIED,
                Severity.INFO,
                "a due date with no act or actor the reader could tell: " + m.text(t),
                m.start(),
                m.end());
          }
        }
      } else if (role == DateRole.APPOINTMENT && !quoted && !used(m, d)) {
        ctx.diagnose(
            DiagnosticCode.DATE_UNCLASSIFIED,
            Severity.INFO,
            "a session's date with no conference, hearing or trial to pair it with: " + m.text(t),
            m.start(),
            m.end());
      } else if (role == DateRole.UNKNOWN && !used(m, d)) {
        ctx.diagnose(
            DiagnosticCode.DATE_UNCLASSIFIED,
            Severity.INFO,
            "a date in the court's text that is neither a due date, a session, nor a past event: "
                + m.text(t),
            m.start(),
            m.end());
      }
    }
    if (base == null && out.isEmpty() && !quoted) {
      holding(c, w).ifPresent(out::add);
    }
    if (base != null) {
      base = sideOfAct(base, c, w);
      out.add(0, base);
      boolean leading = modal.isPresent() && leadsIn(w);
      if (leading) {
        boolean counsel =
            t.substring(c.start(), c.end()).toLowerCase(Locale.ROOT).contains("counsel");
        leadInVerb = objectVerb(w, base.action());
        leadIn =
            counsel && base.actor() != Actor.COURT && sanctionNear(c)
                ? Actor.COUNSEL
                : base.actor();
        if (leadIn == Actor.COUNSEL && base.actor() != Actor.COUNSEL) {
          out.set(0, base = new Directive.Builder().from(base).actor(Actor.COUNSEL).build());
        }
      }
      if (leading && base.action().equals(NO_ACT) && base.deadline().isEmpty()) {
        // "Counsel shall:" names who acts, not what: its items are the directives, and an
        // action made up for the lead-in ("act") would be a value the text never gave
        out.remove(0);
      }
    }
    remember(c);
    for (Directive x : out) {
      x.deadline().flatMap(Deadline::date).ifPresent(dueDates::add);
      sentenceOf.put(x, c.sentenceStart());
    }
    return out;
  }

  private final Map<Directive, Integer> sentenceOf = new java.util.IdentityHashMap<>();

  /**
   * Several decretal verbs in one sentence ("EXTENDS the answer deadline to May 30, ..., and ORDERS
   * Doe to file his answer by May 30"): a due date stated once for a named actor is not also due
   * from no one in particular, so the unnamed copy loses its deadline (FAILURE-CLASSES C29).
   */
  void finish(List<Directive> all) {
    for (int i = 0; i < all.size(); i++) {
      Directive d = all.get(i);
      Integer s = sentenceOf.get(d);
      Optional<LocalDate> date = d.deadline().flatMap(Deadline::date);
      if (s == null || d.actorText().isPresent() || date.isEmpty()) {
        continue;
      }
      for (Directive o : all) {
        if (o != d
            && s.equals(sentenceOf.get(o))
            && o.actorText().isPresent()
            && o.deadline().flatMap(Deadline::date).equals(date)) {
          Directive bare = new Directive.Builder().from(d).deadline(Optional.empty()).build();
          all.set(i, bare);
          break;
        }
      }
    }
  }

  /** Whether a date was already used by a proceeding or a directive of this order. */
  private boolean used(DateMention m, Optional<LocalDate> d) {
    if (d.isEmpty()) {
      return false;
    }
    if (sessionDates == null) {
      sessionDates = new HashSet<>();
      ctx.out.proceedings.forEach(p -> p.date().ifPresent(sessionDates::add));
    }
    return sessionDates.contains(d.get())
        || dueDates.contains(d.get())
        || d.equals(ctx.facts.signedDate());
  }

  private Set<LocalDate> sessionDates;
  private final Set<LocalDate> dueDates = new HashSet<>();

  private boolean dueElsewhere(LocalDate d) {
    return dueDates.contains(d);
  }

  /**
   * Notes that {@code c} was read: the actor it names last becomes {@link #lastNamed()}. The actors
   * are read only when asked for (issue #13: reading every clause's actors here was an eighth of
   * the obligation readers' time, for a value few clauses need).
   */
  private void remember(Clause c) {
    unread.add(c);
  }

  /** Clauses remembered since {@link #lastNamed} was last brought up to date, oldest first. */
  private final List<Clause> unread = new ArrayList<>();

  /** The actor named last in the clauses read so far, or null. */
  private Actor lastNamed() {
    for (int i = unread.size() - 1; i >= 0; i--) {
      Clause c = unread.get(i);
      Optional<ActorResolver.Found> f = actors.last(ctx.text, c.start(), c.end());
      if (f.isPresent()) {
        lastNamed = f.get().actor();
        break;
      }
    }
    unread.clear();
    return lastNamed;
  }

  /**
   * "Plaintiff will have 45 days to file an amended complaint": a period held, run from the order.
   */
  private Optional<Directive> holding(Clause c, Words w) {
    for (int i = 0; i + 3 < w.size(); i++) {
      if (v.startingAt("have", w, i) == 0) {
        continue;
      }
      int k = i + 1;
      if (w.is(k, "an") || w.is(k, "additional")) {
        k++;
        if (w.is(k, "additional")) {
          k++;
        }
      }
      Integer n = number(w.at(k));
      if (n == null) {
        continue;
      }
      int unitAt = k + 1;
      if (w.is(unitAt, "(") && number(w.at(unitAt + 1)) != null && w.is(unitAt + 2, ")")) {
        unitAt += 3;
      }
      TimeUnit unit =
          switch (w.at(unitAt)) {
            case "days", "day" -> TimeUnit.DAYS;
            case "weeks", "week" -> TimeUnit.WEEKS;
            default -> null;
          };
      int after = unitAt + 1;
      if (w.is(after, "in") && w.is(after + 1, "which")) {
        after += 2;
      }
      if (unit == null || !(w.is(after, "to") || w.is(after, "from"))) {
        continue;
      }
      Optional<ActorResolver.Found> who = actors.last(ctx.text, c.start(), w.start(i));
      boolean event = false;
      for (int e = 0; e < w.size(); e++) {
        event |= w.isAny(e, "after", "following", "upon", "once", "when", "receipt", "service");
      }
      if (who.isEmpty() || w.is(after, "from") || event) {
        return Optional.empty();
      }
      PeriodMention p =
          new PeriodMention(
              w.start(i),
              w.end(unitAt),
              n,
              unit,
              CountDirection.FORWARD,
              "",
              -1,
              -1,
              PeriodMention.TriggerKind.IMPLICIT);
      Deadline dl = deadlines.period(p);
      Directive.Builder b =
          new Directive.Builder()
              .actor(who.get().actor())
              .modality(Modality.MAY)
              .text(ctx.quote(c.start(), c.end()))
              .span(ctx.span(c.start(), c.end()))
              .actorText(ctx.quote(who.get().start(), who.get().end()))
              .deadline(dl);
      action(b, w, after + 1);
      return Optional.of(b.build());
    }
    return Optional.empty();
  }

  private static Integer number(String s) {
    if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
      try {
        int n = Integer.parseInt(s);
        return n > 0 && n <= 365 ? n : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return NUMBER_WORDS.get(s);
  }

  /** An item under a lead-in ("• File certification ... within 45 days of this Order."). */
  private Directive itemDirective(Clause c, Words w) {
    Directive.Builder b =
        new Directive.Builder()
            .actor(leadIn)
            .modality(Modality.ORDERED)
            .text(ctx.quote(c.start(), c.end()))
            .span(ctx.span(c.start(), c.end()));
    Optional<Deadline> dl = deadlines.find(c);
    if (leadInVerb != null) {
      // an object of the lead-in's verb ("send a copy to: • the United States Attorney"): no act
      // of its own, a directive only when it carries its own due date, with the lead-in's verb
      if (dl.isEmpty()) {
        return null;
      }
      b.action(leadInVerb);
    } else {
      action(b, w, ItemLabels.after(w, 0));
    }
    dl.ifPresent(b::deadline);
    return b.build();
  }

  /**
   * The verb of a lead-in that names its act before the colon ("The Clerk shall send a copy of this
   * Order to:", "Plaintiff must make the following redactions:"), whose items are its objects, not
   * acts; null when the items are the acts ("Counsel shall:", "is directed to: (a) confer", "do the
   * following:", "file a declaration and: (1) account for ...").
   */
  private static String objectVerb(Words w, String action) {
    int colon = DateClassifier.indexOf(w, ":", 0, w.size());
    if (colon < 1 || DateClassifier.isAny(action, "do", "take", "comply", "act")) {
      return null;
    }
    if (w.isAny(colon - 1, "and", "or")) {
      return null; // "file a declaration and: (1) account for ...": the items are further acts
    }
    return DateClassifier.indexOf(w, action, 0, colon) >= 0 ? action : null;
  }

  /** The verb of an object lead-in (see {@link #objectVerb}), or null. */
  private String leadInVerb;

  /**
   * An item under a decretal lead-in with no modal ("It is ORDERED that: (1) Defendant file its
   * answer within 21 days"): the item names its own actor before its verb, or binds the parties;
   * only an item that sets a deadline is read, since an item may as well state a ruling.
   */
  private Directive subjectItemDirective(Clause c, Words w) {
    Optional<Deadline> dl = deadlines.find(c);
    if (dl.isEmpty()) {
      return null;
    }
    int first = ItemLabels.after(w, markAt(w));
    Directive.Builder b =
        new Directive.Builder()
            .modality(Modality.ORDERED)
            .text(ctx.quote(c.start(), c.end()))
            .span(ctx.span(c.start(), c.end()))
            .deadline(dl.get());
    int subjectEnd = w.end(Math.min(w.size() - 1, first + SUBJECT_WORDS));
    Optional<ActorResolver.Found> who =
        first < w.size() ? actors.first(ctx.text, w.start(first), subjectEnd) : Optional.empty();
    if (who.isPresent() && !generic(w, w.indexAt(who.get().start()))) {
      ActorResolver.Found f = who.get();
      b.actor(actors.personal(f.actor(), ctx.text, f.start(), f.end(), c.end()))
          .actorText(ctx.quote(f.start(), f.end()));
      action(b, w, w.indexAt(f.end()));
    } else {
      b.actor(Actor.PARTIES);
      action(b, w, first);
    }
    return b.build();
  }

  /** How many words an item's subject may take before its verb ("the Defendant City of X"). */
  private static final int SUBJECT_WORDS = 6;

  /** A directive for a due date no modal claimed, or null when the clause names no act. */
  private Directive directive(Clause c, Words w, int dateStart, Deadline dl) {
    int dateTok = w.indexAt(dateStart);
    int from = localStart(w, dateTok);
    if (courtSubject(w, from, dateTok) || !namesAct(w, from, dateTok)) {
      return null;
    }
    Directive.Builder b =
        new Directive.Builder()
            .modality(Modality.SHALL)
            .text(ctx.quote(c.start(), c.end()))
            .span(ctx.span(c.start(), c.end()))
            .deadline(dl);
    Actor actor = null;
    int actFrom = -1;
    // the object of "ORDERS/expects/directs X to"
    int dir = v.findLast("directing", w, from, dateTok);
    if (dir >= 0) {
      int to = DateClassifier.indexOf(w, "to", dir + 1, Math.min(dateTok, dir + 14));
      if (to > dir + 1) {
        Optional<ActorResolver.Found> f = actors.first(ctx.text, w.end(dir), w.start(to));
        if (f.isPresent()) {
          actor =
              actors.personal(f.get().actor(), ctx.text, f.get().start(), f.get().end(), c.end());
          b.actorText(ctx.quote(f.get().start(), f.get().end()));
          actFrom = to + 1;
        }
      }
    }
    if (actor == null) {
      int a = from < w.size() ? w.start(from) : c.start();
      Optional<ActorResolver.Found> f = actors.last(ctx.text, a, dateStart);
      if (f.isEmpty() && dateTok - from <= 2) {
        f =
            actors.first(
                ctx.text,
                dl.span().end() <= c.end() ? Math.min(c.end(), dateEnd(w, dateTok)) : c.end(),
                c.end());
      }
      if (f.isPresent()
          && !ctx.text.substring(f.get().start(), f.get().end()).equalsIgnoreCase("counsel")
          && !generic(w, w.indexAt(f.get().start()))
          && !recipient(w, w.indexAt(f.get().start()))) {
        actor = actors.personal(f.get().actor(), ctx.text, f.get().start(), f.get().end(), c.end());
        b.actorText(ctx.quote(f.get().start(), f.get().end()));
      }
    }
    if (actor == null) {
      actor = ownerOfAct(w, from, dateTok, true);
    }
    b.actor(actor == null ? Actor.PARTIES : actor);
    int to = DateClassifier.indexOf(w, "to", from, dateTok);
    action(b, w, actFrom >= 0 ? actFrom : to >= 0 && to + 1 < dateTok ? to + 1 : from);
    String subject =
        ctx.text
            .substring(from < w.size() ? w.start(from) : c.start(), Math.max(c.start(), dateStart))
            .strip();
    if (!subject.isEmpty()) {
      b.object(subject.length() > 160 ? subject.substring(0, 160) : subject);
    }
    return b.build();
  }

  /** "without costs to any party": no one in particular. */
  private static boolean generic(Words w, int tok) {
    return w.isAny(tok - 1, "any", "every", "a", "an", "no", "each", "either", "neither")
        || w.isAny(tok, "any", "every", "no", "each", "either", "neither");
  }

  /** "paid to the Clerk", "filed with the Court", "served on Defendants": not who acts. */
  private static boolean recipient(Words w, int tok) {
    int k = tok - 1;
    if (w.isAny(k, "the", "all", "each", "any")) {
      k--;
    }
    return w.isAny(k, "to", "with", "on", "upon", "from", "against");
  }

  private static int dateEnd(Words w, int dateTok) {
    int k = dateTok;
    while (k < w.size() && !w.is(k, ",")) {
      k++;
    }
    return k < w.size() ? w.end(k) : w.end(w.size() - 1);
  }

  /**
   * The first token of the sentence the date stands in, inside the clause ("... a.m. The pretrial
   * materials ...").
   */
  private static int localStart(Words w, int dateTok) {
    for (int k = dateTok - 1; k > 0; k--) {
      String x = w.at(k);
      if (x.equals(";") || x.equals(":") && k + 1 < dateTok - 1) {
        return k + 1;
      }
      if (x.equals(".")
          && k + 1 < w.size()
          && w.isWord(k + 1)
          && Character.isUpperCase(w.raw(k + 1).charAt(0))
          && w.at(k - 1).length() >= 3
          && !w.isUpper(k - 1)) {
        return k + 1;
      }
    }
    return 0;
  }

  /** "The Court is required to submit ... by": the court binding itself is no one's deadline. */
  private boolean courtSubject(Words w, int from, int dateTok) {
    int k = from;
    while (k < dateTok && !w.isWord(k)) {
      k++;
    }
    boolean court =
        (w.isAny(k, "the", "this") && w.is(k + 1, "court")) || w.isAny(k, "i", "we", "chambers");
    int dir = v.find("directing", w, k, dateTok);
    // "The Court is required to": a passive directing verb still binds the court itself
    return court && (dir < 0 || w.isAny(dir - 1, "is", "are", "was", "be", "been"));
  }

  /**
   * Whether the words before a due date name something to do: a verb after "to", a modal, a
   * predicate, a thing due.
   */
  private boolean namesAct(Words w, int from, int dateTok) {
    int words = 0;
    for (int k = from; k < dateTok; k++) {
      if (w.isWord(k)) {
        words++;
      }
      if (w.isAny(
              k,
              "to",
              "due",
              "be",
              "is",
              "are",
              "shall",
              "must",
              "will",
              "deadline",
              ":",
              "have",
              "has")
          || v.startingAt("filingNoun", w, k) > 0) {
        return words >= 1 || w.is(k, "due");
      }
    }
    return false;
  }

  /**
   * Who acts when no one is named: the claimant for its own acts ("time for service"), the moving
   * or the other side in a briefing schedule, the person of the sentence before a passive ("The
   * sanction is to be paid by").
   */
  private Actor ownerOfAct(Words w, int from, int before, boolean passive) {
    if (v.find("plaintiffAct", w, from, w.size()) >= 0) {
      return Actor.PLAINTIFFS;
    }
    if (!passive) {
      return null;
    }
    // the thing due heads the subject: "Motion to compel due", "State opposition due", "reply due"
    int head = Math.min(before, from + 3);
    if (v.find("respondent", w, from, head) >= 0 || v.find("movant", w, from, head) >= 0) {
      return briefing.ownerOfThingDue(w, from, head);
    }
    if (DateClassifier.indexOf(w, "be", from, before) >= 0 && lastNamed() != null) {
      return lastNamed; // "is to be paid by": the person the passage is about
    }
    return null;
  }

  /**
   * A modal directive with no one named whose act belongs to the claimant ("EXTENDS the time for
   * service").
   */
  private Directive sideOfAct(Directive d, Clause c, Words w) {
    if (d.actorText().isPresent() || d.actor() != Actor.PARTIES || d.deadline().isEmpty()) {
      return d;
    }
    Actor a = ownerOfAct(w, 0, w.size(), false);
    return a == null ? d : new Directive.Builder().from(d).actor(a).build();
  }

  /** Verb and object: the first word at or after token {@code from}. */
  private void action(Directive.Builder b, Words w, int from) {
    int i = from;
    while (w.is(i, ":")) {
      i++;
    }
    i = ItemLabels.after(w, i == 0 ? markAt(w) : i);
    while (i < w.size()
        && (!w.isWord(i) || w.isAny(i, "to", "be", "the", "also", "then", "promptly"))) {
      i++;
    }
    b.action(i < w.size() ? w.at(i) : "act");
  }

  /** Where an item's mark stands: after a joining "and"/"or" ("; and (c) file ..."), else 0. */
  private static int markAt(Words w) {
    return w.isAny(0, "and", "or") && ItemLabels.at(w, 1) ? 1 : 0;
  }

  private boolean isItem(Words w) {
    if (w.size() == 0) {
      return false;
    }
    String f = w.at(0);
    if (ItemLabels.at(w, 0)) {
      return true;
    }
    return f.equals("and") || Character.isLowerCase(w.raw(0).charAt(0));
  }

  /**
   * Whether offset {@code at} is not the first text on its line: the character before it (blanks
   * skipped) is on the same line. Reads back over blanks only, so it costs the blanks' length.
   */
  private static boolean midLine(String t, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char ch = t.charAt(k);
      if (ch == '\n' || ch == '\r') {
        return false;
      }
      if (!Character.isWhitespace(ch)) {
        return true;
      }
    }
    return false;
  }

  /** "is directed to:", "shall: (a) ...": a colon followed by nothing or by an item mark. */
  private static boolean leadsIn(Words w) {
    for (int k = 0; k < w.size(); k++) {
      if (w.is(k, ":")) {
        return k + 1 >= w.size() || ItemLabels.at(w, k + 1);
      }
    }
    return false;
  }

  /**
   * "It is hereby ORDERED that:", "the Court ORDERS as follows:": a decretal lead-in with no modal,
   * whose items name their own actors ("(1) Defendant file its answer within 21 days").
   */
  private boolean decretalLeadIn(Words w) {
    for (int k = 1; k < w.size(); k++) {
      if (w.is(k, ":")) {
        return v.endingAt("decretalLeadIn", w, k - 1) > 0
            && (k + 1 >= w.size() || ItemLabels.at(w, k + 1));
      }
    }
    return false;
  }

  private boolean sanctionNear(Clause c) {
    int from = Math.max(0, c.start() - 400);
    return ctx.text.substring(from, c.end()).toLowerCase(Locale.ROOT).contains("sanction");
  }

  /** Whether the clause starts inside an open quotation of its sentence. */
  private static boolean quoted(String t, Clause c) {
    int open = 0;
    boolean straight = false;
    for (int i = c.sentenceStart(); i < c.start(); i++) {
      char ch = t.charAt(i);
      if (ch == '“') {
        open++;
      } else if (ch == '”' && open > 0) {
        open--;
      } else if (ch == '"') {
        straight = !straight;
      }
    }
    return open > 0 || straight;
  }
}
