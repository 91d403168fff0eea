package org.courtorders.parser.internal.obligation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Severity;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;

/**
 * Reports the dates still to come that no reader looked at: those in an order's caption and heading
 * (a "Hearing Date: June 5, 2025" box, a schedule the caption detector took for a caption), which
 * the clause readers never see. A date after the order's date that no deadline or proceeding uses
 * gets a {@code DATE_UNCLASSIFIED} diagnostic with its span, so nothing is lost silently. A
 * letter's heading is the party's, not the court's, and is left alone. One pass over the heading.
 *
 * <pre>{@code
 * new UnreadDates(ctx).report();   // after the obligation readers
 * }</pre>
 */
final class UnreadDates {
  private final Reading ctx;

  UnreadDates(Reading ctx) {
    this.ctx = ctx;
  }

  void report() {
    Optional<LocalDate> anchor = ctx.anchorDate();
    if (ctx.layout.letter().isPresent() || anchor.isEmpty()) {
      return;
    }
    Range header = ctx.layout.header();
    if (header.end() <= header.start()) {
      return;
    }
    Set<LocalDate> used = new HashSet<>();
    for (Directive d : ctx.out.directives) {
      d.deadline().flatMap(x -> x.date()).ifPresent(used::add);
    }
    for (Proceeding p : ctx.out.proceedings) {
      p.date().ifPresent(used::add);
    }
    ctx.facts.signedDate().ifPresent(used::add);
    ctx.facts.filedDate().ifPresent(used::add);
    for (DateMention m : new DateRecognizer().find(ctx.text, header.start(), header.end())) {
      if (m.kind() != DateMention.Kind.DATE || !m.yearPresent()) {
        continue;
      }
      Optional<LocalDate> d = m.date();
      if (d.isPresent() && d.get().isAfter(anchor.get()) && !used.contains(d.get())) {
        ctx.diagnose(
            DiagnosticCode.DATE_UNCLASSIFIED,
            Severity.INFO,
            "a date in the caption or heading, after the order's date, that no reader used: "
                + m.text(ctx.text),
            m.start(),
            m.end());
      }
    }
  }
}
