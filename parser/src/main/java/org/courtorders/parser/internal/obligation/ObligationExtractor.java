package org.courtorders.parser.internal.obligation;

import java.util.List;
import java.util.Optional;
import org.courtorders.core.Directive;
import org.courtorders.parser.internal.ParseContext;
import org.courtorders.parser.internal.extract.Extractor;

/**
 * Fills an order's directives, proceedings, rulings and sanctions from the court's own text
 * ({@link CourtText}): proceedings first, so that a period counted from "the settlement
 * conference" can use its date; then each clause as a directive with its deadline; then rulings
 * and sanctions, each sanction pointing at the directive it backs.
 *
 * <pre>{@code
 * new ObligationExtractor().extract(ctx);   // after the caption, judge and date extractors
 * ctx.directives.forEach(d -> System.out.println(d.actor() + " " + d.action()));
 * }</pre>
 */
public final class ObligationExtractor implements Extractor {
  private final PhraseBook book = PhraseBook.standard();

  @Override
  public void extract(ParseContext ctx) {
    List<Clause> clauses = CourtText.clauses(ctx);
    String t = ctx.text;
    boolean[] recount = new boolean[clauses.size()];
    boolean[] reminder = new boolean[clauses.size()];
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      recount[i] = book.any(Phrase.Category.RECOUNT, t, c.start(), c.end());
      reminder[i] = book.any(Phrase.Category.REMINDER, t, c.sentenceStart(), c.sentenceEnd());
    }

    ProceedingRecognizer proceedings = new ProceedingRecognizer(ctx, book);
    for (int i = 0; i < clauses.size(); i++) {
      proceedings.add(clauses.get(i), recount[i]);
    }
    ctx.proceedings.addAll(proceedings.proceedings());

    ActorResolver actors = new ActorResolver(ctx, book);
    DeadlineResolver deadlines = new DeadlineResolver(ctx, book, ctx.proceedings);
    DirectiveRecognizer directives = new DirectiveRecognizer(ctx, book, actors, deadlines);
    DateReader dates = new DateReader(ctx, actors, deadlines);
    RulingRecognizer rulings = new RulingRecognizer(ctx, book);
    SanctionRecognizer sanctions = new SanctionRecognizer(ctx, book);
    if (ctx.layout.letter().isEmpty()) {
      int h = ctx.layout.header().end();
      sanctions.showCauseTitle(t.substring(0, h) + " " + ctx.title.orElse(""), 0, h);
    }
    int sentenceStart = -1;
    int sentenceEnd = -1;
    boolean sentenceRecount = false;
    boolean sentenceDirective = false;
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (c.sentenceStart() != sentenceStart) {
        if (sentenceStart >= 0) {
          sanctions.add(sentenceStart, sentenceEnd, sentenceRecount, sentenceDirective, lastDirective(ctx));
        }
        sentenceStart = c.sentenceStart();
        sentenceEnd = c.sentenceEnd();
        sentenceRecount = false;
        sentenceDirective = false;
      }
      sentenceRecount |= recount[i];
      Optional<Directive> modal = directives.recognize(c, recount[i], reminder[i]);
      List<Directive> found = dates.read(c, modal, recount[i]);
      ctx.directives.addAll(found);
      sentenceDirective |= found.stream().anyMatch(d -> !d.reminder());
      deadlines.see(c);
      rulings.add(c, recount[i]);
    }
    if (sentenceStart >= 0) {
      sanctions.add(sentenceStart, sentenceEnd, sentenceRecount, sentenceDirective, lastDirective(ctx));
    }
    dates.finish(ctx.directives);
    ctx.rulings.addAll(rulings.rulings());
    ctx.sanctions.addAll(sanctions.sanctions());
  }

  private static Optional<Integer> lastDirective(ParseContext ctx) {
    return ctx.directives.isEmpty() ? Optional.empty() : Optional.of(ctx.directives.size() - 1);
  }
}
