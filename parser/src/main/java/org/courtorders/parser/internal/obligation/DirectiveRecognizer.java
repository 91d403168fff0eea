package org.courtorders.parser.internal.obligation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.Actor;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.core.Modality;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;

/**
 * Reads one clause as a directive: the modal cue ("shall", "is ORDERED to", "may"), who it binds,
 * the verb and its object, how ("by email to ..."), on what condition ("If a dispute remains"), and
 * its deadline. A clause that recounts an earlier order is not a directive; one that reminds of it
 * is a directive marked {@code reminder} without a deadline of its own.
 *
 * <pre>{@code
 * DirectiveRecognizer r = new DirectiveRecognizer(ctx, book, actors, deadlines);
 * r.recognize(clause).ifPresent(ctx.out.directives::add);
 * }</pre>
 */
final class DirectiveRecognizer {
  /** The court binding itself ("The Court is required to submit") is not a directive to anyone. */
  private static final Anchored COURT_SUBJECT =
      Anchored.compile(
          "(?i)\\b(?:the court|this court|i|we|chambers will)(?:\\s+[a-z]+){0,2}\\s*$");

  private static final Anchored PRONOUN_SUBJECT =
      Anchored.compile(
          "(?i)(?:^|[,:]\\s*|\\bthat\\s+)(?:they|he|she|it|this|these|such|the)\\b[^,]{0,40}$");
  private static final Anchored OBJECT_END = Anchored.compile("\\s(?:to|from)\\s");
  private static final Anchored GENERIC = Anchored.compile("(?i)\\b(?:a|an|any|every|no)\\s+$");
  private static final Anchored CONDITION =
      Anchored.compile("(?i)^\\W*(?:if|unless|in the event|should|once|upon)\\b[^,]{3,200},");
  private static final Set<String> SKIP =
      Set.of(
          "promptly",
          "immediately",
          "also",
          "jointly",
          "further",
          "then",
          "hereby",
          "forthwith",
          "respectfully",
          "sua",
          "sponte",
          "either",
          "thereafter",
          "hereafter",
          "each",
          "not",
          "timely",
          "personally",
          "expeditiously",
          "first");
  private static final Anchored STOP =
      Anchored.compile(
          "(?i),(?!\\d)|[;(:]|\\s(?:by|no later than|not later than|within|on or before|via|in person|before|until|indicating|confirming)\\s");

  private final Reading ctx;
  private final PhraseBook book;
  private final ActorResolver actors;
  private final DeadlineResolver deadlines;
  private Actor lastActor;

  DirectiveRecognizer(
      Reading ctx, PhraseBook book, ActorResolver actors, DeadlineResolver deadlines) {
    this.ctx = ctx;
    this.book = book;
    this.actors = actors;
    this.deadlines = deadlines;
  }

  Optional<Directive> recognize(Clause c, boolean recount, boolean reminder) {
    String t = ctx.text;
    if (recount) {
      return Optional.empty();
    }
    Optional<PhraseBook.Hit> modal = modal(c);
    if (modal.isEmpty()) {
      return Optional.empty();
    }
    PhraseBook.Hit m = modal.get();
    Modality modality = Modality.valueOf(m.phrase().value());
    // Who: the subject before the cue, or the object after "ORDERS"/"directs".
    Optional<ActorResolver.Found> who;
    int actionFrom = m.end();
    if (m.phrase().actorAfter()) {
      Anchored.Scan toWord = OBJECT_END.scan(t, m.end(), c.end());
      int to = toWord.find() ? toWord.start() : Math.min(c.end(), m.end() + 80);
      who = actors.first(t, m.end(), to);
      actionFrom = Math.min(c.end(), to + 4);
    } else {
      if (COURT_SUBJECT.find(t, c.start(), m.start())) {
        return Optional.empty();
      }
      who = actors.last(t, c.start(), m.start());
    }
    boolean inferred = false;
    Actor actor;
    if (who.isPresent()) {
      if (GENERIC.find(t, Math.max(c.start(), who.get().start() - 6), who.get().start())) {
        return Optional.empty(); // "a plaintiff must plead": the law in general, not this case
      }
      actor = actors.personal(who.get().actor(), t, who.get().start(), who.get().end(), c.end());
    } else if (lastActor != null && PRONOUN_SUBJECT.find(t, c.start(), m.start())) {
      actor = lastActor;
      inferred = true;
    } else {
      Optional<ActorResolver.Found> after = actors.first(t, m.end(), c.end());
      actor = after.map(f -> f.actor()).orElse(Actor.PARTIES);
      inferred = true;
    }
    if (inferred
        && (modality == Modality.MAY
            || modality == Modality.SHOULD
            || modality == Modality.MAY_NOT)) {
      return Optional.empty(); // permission with no one named is legal narrative, not an order
    }
    if (insideQuote(t, c.sentenceStart(), m.start())) {
      return Optional.empty();
    }
    lastActor = actor;
    Directive.Builder b =
        new Directive.Builder()
            .actor(actor)
            .modality(modality)
            .reminder(reminder)
            .text(ctx.quote(c.start(), c.end()))
            .span(ctx.span(c.start(), c.end()));
    who.ifPresent(f -> b.actorText(ctx.quote(f.start(), f.end())));
    action(b, t, actionFrom, c.end());
    book.first(Phrase.Category.MANNER, t, c.start(), c.end())
        .ifPresent(h -> b.manner(ctx.quote(h.start(), h.end()).replaceAll("[.]+$", "")));
    Anchored.Scan cond = CONDITION.scan(t, c.sentenceStart(), c.sentenceEnd());
    if (cond.find() && cond.end() <= c.end()) {
      b.condition(ctx.quote(cond.start(), cond.end() - 1).strip());
    }
    if (!reminder) {
      Optional<Deadline> d = deadlines.find(c);
      d.ifPresent(b::deadline);
    }
    return Optional.of(b.build());
  }

  /** The first modal cue, the longest on a tie ("shall not" over "shall"). */
  private Optional<PhraseBook.Hit> modal(Clause c) {
    List<PhraseBook.Hit> hits = book.find(Phrase.Category.MODAL, ctx.text, c.start(), c.end());
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  /** Verb and object: the first word after the cue that is not an adverb. */
  private void action(Directive.Builder b, String t, int from, int to) {
    int i = from;
    while (i < to && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == ':')) {
      i++;
    }
    // "is directed to: (a) complete ...": the item's label is not its verb
    int label = ItemLabels.after(t, i, to);
    i = label > i ? label : from;
    String verb = null;
    int verbEnd = from;
    for (int guard = 0; guard < 12 && i < to; guard++) {
      while (i < to && !Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < to && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '-')) {
        j++;
      }
      if (j == i) {
        break;
      }
      String w = t.substring(i, j).toLowerCase(Locale.ROOT);
      if (SKIP.contains(w)
          || Character.isDigit(w.charAt(0))
          || w.equals("days")
          || w.equals("weeks")
          || w.equals("to")
          || w.equals("be")) {
        i = j;
        continue;
      }
      verb = w;
      verbEnd = j;
      break;
    }
    b.action(verb == null ? "act" : verb);
    if (verb != null) {
      Anchored.Scan s = STOP.scan(t, verbEnd, to);
      int end = s.find() ? s.start() : to;
      end = Math.min(end, verbEnd + 160);
      String obj = t.substring(verbEnd, end).strip();
      if (obj.endsWith(".")) {
        obj = obj.substring(0, obj.length() - 1);
      }
      if (!obj.isEmpty()) {
        b.object(obj);
      }
    }
  }

  /** Whether {@code at} lies inside an open quotation in its sentence. */
  private static boolean insideQuote(String t, int from, int at) {
    int open = 0;
    boolean straight = false;
    for (int i = from; i < at; i++) {
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
