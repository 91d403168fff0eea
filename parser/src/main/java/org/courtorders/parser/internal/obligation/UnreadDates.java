package org.courtorders.parser.internal.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Severity;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Findings;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;

/**
 * Reports the dates still to come that no reader used, so nothing is lost silently: a date after
 * the order's date that no deadline or proceeding uses gets a {@code DATE_UNCLASSIFIED} diagnostic
 * with its span. Two places are looked at: the order's caption and heading (a "Hearing Date: June
 * 5, 2025" box, a schedule the caption detector took for a caption), which the clause readers never
 * see, and every clause of the court's own text, where a reader may have passed a date over without
 * a word (a clause that narrates, "On June 3, 2025 the parties appeared"; a date only mentioned). A
 * date some reader already reported is not reported twice, and the old date of a moved session
 * ("the conference set for June 5, 2025 is adjourned to ...") is understood, not lost. A letter's
 * heading is the party's, not the court's, and is left alone. One pass over the heading and one
 * over the court's dates; a clause's words are scanned only when one of its dates is reported.
 *
 * <pre>{@code
 * new UnreadDates(ctx).report();   // after the obligation readers
 * }</pre>
 */
final class UnreadDates {
  private final Reading ctx;
  private final DateClassifier classifier = new DateClassifier(DateWords.standard());

  UnreadDates(Reading ctx) {
    this.ctx = ctx;
  }

  void report() {
    Optional<LocalDate> anchor = ctx.anchorDate();
    if (anchor.isEmpty()) {
      return;
    }
    Set<LocalDate> used = used();
    if (ctx.layout.letter().isEmpty()) {
      heading(anchor.get(), used);
    } else {
      letter(anchor.get(), used);
    }
    courtText(anchor.get(), used);
  }

  /**
   * A letter's text outside the court's clauses: the party's words, and the docket lines printed
   * above an endorsed letter, which may carry the court's endorsement itself ("ENDORSEMENT: Fact
   * discovery is extended to April 19, 2024"). Whose voice a date there is cannot be told, so a
   * date after the order's date that no reader used is reported as such, never taken as a deadline.
   * One date scan over the letter; the court's clauses are left to {@link #courtText}.
   */
  private void letter(LocalDate anchor, Set<LocalDate> used) {
    List<Clause> clauses = ctx.doc.clauses();
    int ci = 0;
    for (DateMention m : new DateRecognizer().find(ctx.text)) {
      while (ci < clauses.size() && clauses.get(ci).end() <= m.start()) {
        ci++;
      }
      if (ci >= clauses.size() || clauses.get(ci).start() > m.start()) { // not the court's text
        reportIfUnused(
            m,
            anchor,
            used,
            "a date in the letter (a party's words or a docket line above it, which may hold the"
                + " court's endorsement)");
      }
    }
  }

  /** The dates the order's deadlines, proceedings, signature and filing stamp use. */
  private Set<LocalDate> used() {
    Set<LocalDate> used = new HashSet<>();
    for (Directive d : ctx.out.directives) {
      d.deadline().flatMap(x -> x.date()).ifPresent(used::add);
    }
    for (Proceeding p : ctx.out.proceedings) {
      p.date().ifPresent(used::add);
    }
    ctx.facts.signedDate().ifPresent(used::add);
    ctx.facts.filedDate().ifPresent(used::add);
    return used;
  }

  private void heading(LocalDate anchor, Set<LocalDate> used) {
    Range header = ctx.layout.header();
    if (header.end() <= header.start()) {
      return;
    }
    for (DateMention m : new DateRecognizer().find(ctx.text, header.start(), header.end())) {
      reportIfUnused(m, anchor, used, "a date in the caption or heading");
    }
  }

  /**
   * Reports {@code m}, a date with its year written, when it lies after the order's date and no
   * deadline or proceeding uses it; {@code where} says where it was read.
   */
  private void reportIfUnused(DateMention m, LocalDate anchor, Set<LocalDate> used, String where) {
    if (m.kind() != DateMention.Kind.DATE || !m.yearPresent()) {
      return;
    }
    Optional<LocalDate> d = m.date();
    if (d.isPresent() && d.get().isAfter(anchor) && !used.contains(d.get())) {
      ctx.diagnose(
          DiagnosticCode.DATE_UNCLASSIFIED,
          Severity.INFO,
          where + ", after the order's date, that no reader used: " + m.text(ctx.text),
          m.start(),
          m.end());
    }
  }

  /** A date left unused, with what the classifier made of it. */
  private record Left(DateMention m, DateRole role, LocalDate date) {}

  /**
   * The dates of the court's clauses after the order's date that no directive or proceeding uses
   * and no reader reported: each gets a diagnostic naming what the reader made of it.
   */
  private void courtText(LocalDate anchor, Set<LocalDate> used) {
    Set<Integer> reported = new HashSet<>();
    Set<LocalDate> moved = new HashSet<>();
    List<Left> left = new ArrayList<>();
    for (Findings.Note n : ctx.out.notes()) {
      reported.add(n.start());
    }
    for (Clause c : ctx.doc.clauses()) {
      Words w = null;
      List<DateMention> dates = ctx.doc.dates(c);
      for (int k = 0; k < dates.size(); k++) { // no iterator per clause (issue 13)
        DateMention m = dates.get(k);
        if (m.kind() != DateMention.Kind.DATE || reported.contains(m.start())) {
          continue;
        }
        Optional<LocalDate> d = m.date();
        if (d.isEmpty() || !d.get().isAfter(anchor) || used.contains(d.get())) {
          continue;
        }
        if (w == null) {
          w = Words.scan(ctx.text, c.start(), c.end());
        }
        DateRole role = classifier.classify(w, w.indexAt(m.start()));
        if (role == DateRole.RESCHEDULED_FROM) {
          moved.add(d.get()); // a moved session's old date: read, not lost
        } else {
          reported.add(m.start());
          left.add(new Left(m, role, d.get()));
        }
      }
    }
    for (Left l : left) {
      if (moved.contains(l.date())) {
        continue; // the same old setting, mentioned before the sentence that moves it
      }
      ctx.diagnose(
          DiagnosticCode.DATE_UNCLASSIFIED,
          Severity.INFO,
          "a date in the court's text, after the order's date, that no deadline or proceeding"
              + " uses (read as "
              + l.role().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "): "
              + l.m().text(ctx.text),
          l.m().start(),
          l.m().end());
    }
  }
}
