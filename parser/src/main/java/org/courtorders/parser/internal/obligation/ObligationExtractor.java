package org.courtorders.parser.internal.obligation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.courtorders.core.Directive;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.spi.CourtRules;

/**
 * Fills an order's directives, proceedings, rulings and sanctions from the court's own text ({@link
 * org.courtorders.parser.internal.document.Document#clauses()}): proceedings first, so that a
 * period counted from "the settlement conference" can use its date; then each clause as a directive
 * with its deadline; then rulings and sanctions, each sanction pointing at the directive it backs.
 *
 * <pre>{@code
 * new ObligationExtractor().extract(ctx);   // after the caption, judge and date extractors
 * ctx.out.directives.forEach(d -> System.out.println(d.actor() + " " + d.action()));
 * }</pre>
 */
public final class ObligationExtractor implements Reader {
  private final Map<CourtRules, PhraseBook> books = new ConcurrentHashMap<>();

  /** The phrase book for the order's court: the standard one with the court's phrases added. */
  private PhraseBook book(Reading ctx) {
    return ctx.facts
        .rules()
        .map(r -> books.computeIfAbsent(r, x -> PhraseBook.standard().with(x.phrases())))
        .orElse(PhraseBook.standard());
  }

  @Override
  public void extract(Reading ctx) {
    try (WordStarts.Reading r = WordStarts.reading(ctx.text)) {
      read(ctx);
    }
  }

  private void read(Reading ctx) {
    PhraseBook book = book(ctx);
    List<Clause> clauses = ctx.doc.clauses();
    String t = ctx.text;
    boolean[] recount = new boolean[clauses.size()];
    boolean[] reminder = new boolean[clauses.size()];
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      int k = i;
      // a sentence's clauses share its answer: asked once per sentence, not once per clause
      Clause before = i > 0 ? clauses.get(i - 1) : null;
      boolean sameSentence =
          before != null
              && before.sentenceStart() == c.sentenceStart()
              && before.sentenceEnd() == c.sentenceEnd();
      guard(
          ctx,
          "PhraseBook",
          c.sentenceStart(),
          c.sentenceEnd(),
          () -> {
            recount[k] = book.any(Phrase.Category.RECOUNT, t, c.start(), c.end());
            reminder[k] =
                sameSentence
                    ? reminder[k - 1]
                    : book.any(Phrase.Category.REMINDER, t, c.sentenceStart(), c.sentenceEnd());
          });
    }

    ProceedingRecognizer proceedings = new ProceedingRecognizer(ctx, book);
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      boolean r = recount[i];
      guard(
          ctx,
          "ProceedingRecognizer",
          c.sentenceStart(),
          c.sentenceEnd(),
          () -> proceedings.add(c, r));
    }
    ctx.out.proceedings.addAll(proceedings.proceedings());

    ActorResolver actors = new ActorResolver(ctx, book);
    DeadlineResolver deadlines = new DeadlineResolver(ctx, book, ctx.out.proceedings);
    DirectiveRecognizer directives = new DirectiveRecognizer(ctx, book, actors, deadlines);
    ScheduleReader schedule = new ScheduleReader(ctx, book, actors, deadlines);
    guard(ctx, "ScheduleReader", 0, 0, () -> schedule.read(clauses));
    ctx.out.proceedings.addAll(schedule.proceedings());
    DateReader dates = new DateReader(ctx, actors, deadlines).ignoring(schedule.claimed());
    RulingRecognizer rulings = new RulingRecognizer(ctx, book);
    SanctionRecognizer sanctions = new SanctionRecognizer(ctx, book);
    if (ctx.layout.letter().isEmpty()) {
      int h = ctx.layout.header().end();
      guard(
          ctx,
          "SanctionRecognizer",
          0,
          h,
          () ->
              sanctions.showCauseTitle(
                  t.substring(0, h) + " " + ctx.facts.title().orElse(""), 0, h));
    }
    int sentenceStart = -1;
    int sentenceEnd = -1;
    boolean sentenceRecount = false;
    boolean sentenceDirective = false;
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (c.sentenceStart() != sentenceStart) {
        if (sentenceStart >= 0) {
          sanction(ctx, sanctions, sentenceStart, sentenceEnd, sentenceRecount, sentenceDirective);
        }
        sentenceStart = c.sentenceStart();
        sentenceEnd = c.sentenceEnd();
        sentenceRecount = false;
        sentenceDirective = false;
      }
      sentenceRecount |= recount[i];
      boolean r = recount[i];
      boolean m = reminder[i];
      Optional<Directive> modal =
          guarded(ctx, "DirectiveRecognizer", c, () -> directives.recognize(c, r, m));
      List<Directive> found =
          guarded(ctx, "DateReader", c, () -> Optional.of(dates.read(c, modal, r)))
              .orElse(modal.map(List::of).orElse(List.of()));
      ctx.out.directives.addAll(found);
      ctx.out.directives.addAll(schedule.directivesIn(c));
      sentenceDirective |= found.stream().anyMatch(d -> !d.reminder());
      guard(ctx, "DeadlineResolver", c.sentenceStart(), c.sentenceEnd(), () -> deadlines.see(c));
      guard(ctx, "RulingRecognizer", c.sentenceStart(), c.sentenceEnd(), () -> rulings.add(c, r));
    }
    if (sentenceStart >= 0) {
      sanction(ctx, sanctions, sentenceStart, sentenceEnd, sentenceRecount, sentenceDirective);
    }
    guard(ctx, "DateReader", 0, 0, () -> dates.finish(ctx.out.directives));
    guard(ctx, "UnreadDates", 0, 0, () -> new UnreadDates(ctx).report());
    ctx.out.rulings.addAll(rulings.rulings());
    ctx.out.sanctions.addAll(sanctions.sanctions());
  }

  private static void sanction(
      Reading ctx,
      SanctionRecognizer sanctions,
      int start,
      int end,
      boolean recount,
      boolean directive) {
    guard(
        ctx,
        "SanctionRecognizer",
        start,
        end,
        () -> sanctions.add(start, end, recount, directive, lastDirective(ctx)));
  }

  /**
   * Runs one reader on one sentence; a failure costs only its findings there and becomes an {@code
   * INTERNAL_ERROR} naming it. Stack overflow is caught too: a reader's recursion must not take the
   * parse down.
   */
  private static void guard(Reading ctx, String reader, int start, int end, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException | StackOverflowError ex) {
      ctx.internalError(reader, ex, start, end);
    }
  }

  private static <T> Optional<T> guarded(
      Reading ctx, String reader, Clause c, Supplier<Optional<T>> r) {
    try {
      return r.get();
    } catch (RuntimeException | StackOverflowError ex) {
      ctx.internalError(reader, ex, c.sentenceStart(), c.sentenceEnd());
      return Optional.empty();
    }
  }

  private static Optional<Integer> lastDirective(Reading ctx) {
    return ctx.out.directives.isEmpty()
        ? Optional.empty()
        : Optional.of(ctx.out.directives.size() - 1);
  }
}
