package org.courtorders.parser.internal.obligation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.courtorders.core.Deadline;
import org.courtorders.core.DeadlineKind;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Proceeding;
import org.courtorders.core.RelativePeriod;
import org.courtorders.core.Severity;
import org.courtorders.core.TimeUnit;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.core.time.Rule6Result;
import org.courtorders.core.time.Rule6Version;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.date.DatelessMention;
import org.courtorders.parser.internal.date.DatelessRecognizer;
import org.courtorders.parser.internal.date.PeriodMention;
import org.courtorders.parser.internal.date.YearPolicy;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds the deadline of one directive clause: a due date ("no later than July 17, 2023", "by 2:00
 * p.m. on February 19"), a date referred back to ("by that date"), a period computed under Fed. R.
 * Civ. P. 6(a) as in force on the trigger date ("within 14 days of this Order"), or a dateless word
 * ("immediately", "promptly"). A year left out is inferred from the order's own date, rolling
 * forward across a year end, never from the clock.
 *
 * <pre>{@code
 * DeadlineResolver deadlines = new DeadlineResolver(ctx, book, proceedings);
 * Optional<Deadline> d = deadlines.find(clause);
 * }</pre>
 */
final class DeadlineResolver {
  private static final Anchored THAT_DATE =
      Anchored.compile(
          "(?i)\\b(?:by|on|before|until)\\s+(?:that|the\\s+same|such|this)\\s+date\\b");

  /**
   * "the date of this order file on ECF": a missing comma (OCR) lets the trigger run on; it still
   * starts with the order.
   */
  private static final Pattern THIS_ORDER_PREFIX =
      Pattern.compile(
          "(?i)^(?:the\\s+)?(?:(?:date|entry|e-filing|filing|issuance)\\s+of\\s+)?this\\s+(?:order|opinion|memorandum)\\b");

  /** How far before a date its cue may start. */
  private static final int CUE_WINDOW = 45;

  private final Reading ctx;
  private final PhraseBook book;
  private final List<Proceeding> proceedings;
  private final DatelessRecognizer dateless = new DatelessRecognizer();
  private LocalDate lastDate;

  DeadlineResolver(Reading ctx, PhraseBook book, List<Proceeding> proceedings) {
    this.ctx = ctx;
    this.book = book;
    this.proceedings = proceedings;
  }

  /** Remembers the last date written in court text, for "by that date". */
  void see(Clause c) {
    for (DateMention m : ctx.doc.dates(c)) {
      resolve(m, false).ifPresent(d -> lastDate = d);
    }
  }

  /** The deadline the clause sets, if any. */
  Optional<Deadline> find(Clause c) {
    String t = ctx.text;
    for (DateMention m : ctx.doc.dates(c)) {
      if (m.kind() != DateMention.Kind.DATE || !cued(m.start(), c.start())) {
        continue;
      }
      Optional<Deadline> d = dateDeadline(m);
      if (d.isEmpty() || d.get().date().map(this::isPast).orElse(false)) {
        continue;
      }
      return d;
    }
    Anchored.Scan that = THAT_DATE.scan(t, c.start(), c.end());
    if (that.find() && lastDate != null && !isPast(lastDate)) {
      return Optional.of(
          new Deadline.Builder()
              .kind(DeadlineKind.DATE)
              .date(lastDate)
              .text(ctx.quote(that.start(), that.end()))
              .span(ctx.span(that.start(), that.end()))
              .build());
    }
    List<PeriodMention> ps = ctx.doc.periods(c);
    if (!ps.isEmpty()) {
      return Optional.of(period(ps.get(0)));
    }
    List<DatelessMention> dl = dateless.find(t, c.start(), c.end());
    if (!dl.isEmpty()) {
      DatelessMention m = dl.get(0);
      return Optional.of(
          new Deadline.Builder()
              .kind(DeadlineKind.valueOf(m.kind().name()))
              .text(ctx.quote(m.start(), m.end()))
              .span(ctx.span(m.start(), m.end()))
              .build());
    }
    return Optional.empty();
  }

  /**
   * Whether a due-date cue ("by", "no later than", "on or before") ends right before {@code at}.
   */
  private boolean cued(int at, int clauseStart) {
    int from = Math.max(clauseStart, at - CUE_WINDOW);
    return book.any(Phrase.Category.DATE_CUE, ctx.text, from, at);
  }

  private boolean isPast(LocalDate d) {
    return ctx.anchorDate().map(d::isBefore).orElse(false);
  }

  /**
   * A DATE deadline for the mention, its diagnostics reported: with its date, the year inferred
   * from the order's date when not written; with only the month and day (and a YEAR_UNKNOWN
   * diagnostic) when the text gives no year and the order no date, since a year is never guessed;
   * empty for a date that does not exist.
   */
  Optional<Deadline> dateDeadline(DateMention m) {
    Optional<LocalDate> d = resolve(m, true);
    Optional<MonthDay> md = Optional.empty();
    if (!m.yearPresent()
        && !m.has(DateMention.Flag.INVALID_DATE)
        && m.month() >= 1
        && m.month() <= 12) {
      try {
        md = Optional.of(MonthDay.of(m.month(), m.day()));
      } catch (java.time.DateTimeException e) {
        md = Optional.empty();
      }
    }
    if (d.isEmpty() && md.isEmpty()) {
      return Optional.empty();
    }
    Deadline.Builder b =
        new Deadline.Builder()
            .kind(DeadlineKind.DATE)
            .date(d)
            .monthDay(md)
            .yearInferred(d.isPresent() && !m.yearPresent())
            .text(ctx.quote(m.start(), m.end()))
            .span(ctx.span(m.start(), m.end()));
    m.time().ifPresent(b::time);
    return Optional.of(b.build());
  }

  /** The mention's date, its year inferred from the order's date when not written. */
  Optional<LocalDate> resolve(DateMention m, boolean report) {
    if (m.kind() != DateMention.Kind.DATE) {
      return Optional.empty();
    }
    if (m.has(DateMention.Flag.INVALID_DATE)) {
      if (report) {
        ctx.diagnose(
            DiagnosticCode.INVALID_DATE,
            Severity.WARNING,
            "no such date: " + m.text(ctx.text),
            m.start(),
            m.end());
      }
      return Optional.empty();
    }
    Optional<LocalDate> d;
    if (m.yearPresent()) {
      d = m.date();
    } else {
      Optional<LocalDate> anchor = ctx.anchorDate();
      if (anchor.isEmpty()) {
        if (report) {
          ctx.diagnose(
              DiagnosticCode.YEAR_UNKNOWN,
              Severity.WARNING,
              "no year written and no order date to infer it from: " + m.text(ctx.text),
              m.start(),
              m.end());
        }
        return Optional.empty();
      }
      d = DateRecognizer.resolveYear(m, anchor.get(), YearPolicy.FORWARD);
      if (report && d.isPresent()) {
        ctx.diagnose(
            DiagnosticCode.YEAR_INFERRED,
            Severity.INFO,
            "year " + d.get().getYear() + " inferred from the order's date " + anchor.get(),
            m.start(),
            m.end());
      }
    }
    if (report && d.isPresent() && m.has(DateMention.Flag.WEEKDAY_MISMATCH)) {
      ctx.diagnose(
          DiagnosticCode.WEEKDAY_MISMATCH,
          Severity.WARNING,
          m.text(ctx.text)
              + ": "
              + d.get()
              + " is a "
              + d.get().getDayOfWeek().toString().toLowerCase(Locale.ROOT),
          m.start(),
          m.end());
    }
    return d;
  }

  /**
   * A relative deadline. The order's date triggers "this Order" periods and periods with no event
   * written ("afforded 45 days to file"); a conference or hearing this order schedules triggers
   * periods counted from it; any other event leaves the date unknown (TRIGGER_UNKNOWN).
   */
  Deadline period(PeriodMention p) {
    Optional<LocalDate> trigger = Optional.empty();
    if (p.runsFromOrder() || THIS_ORDER_PREFIX.matcher(p.trigger()).find()) {
      trigger = ctx.anchorDate();
    } else {
      trigger = proceedingDate(p.trigger());
    }
    RelativePeriod.Builder rp =
        new RelativePeriod.Builder()
            .amount(p.amount())
            .unit(p.unit())
            .direction(p.direction())
            .trigger(p.trigger().isEmpty() ? "this Order" : p.trigger());
    trigger.ifPresent(rp::triggerDate);
    Deadline.Builder b =
        new Deadline.Builder()
            .kind(DeadlineKind.RELATIVE)
            .period(rp.build())
            .text(ctx.quote(p.start(), p.end()))
            .span(ctx.span(p.start(), p.end()));
    boolean hoursByTheClock = p.unit() == TimeUnit.HOURS && p.amount() % 24 != 0;
    if (trigger.isPresent() && hoursByTheClock) {
      // Rule 6(a)(2): "within 36 hours" ends on a day that depends on the hour of the event
      ctx.diagnose(
          DiagnosticCode.TIME_UNKNOWN,
          Severity.INFO,
          "a period of "
              + p.amount()
              + " hours ends at a time counted from the hour of \""
              + rp.build().trigger()
              + "\", which the text does not give, so the deadline has no date",
          p.start(),
          p.end());
    } else if (trigger.isPresent()
        && p.amount() <= Rule6Calculator.MAX_AMOUNT
        && (p.unit() != TimeUnit.HOURS || !trigger.get().isBefore(Rule6Version.AMENDED_2009))) {
      Rule6Result r = ctx.facts.rule6().compute(trigger.get(), p.amount(), p.unit(), p.direction());
      b.date(r.lastDay()).computation(r.steps());
      r.laterLastDay()
          .ifPresent(
              later ->
                  ctx.diagnose(
                      DiagnosticCode.EXECUTIVE_CLOSURE,
                      Severity.INFO,
                      "the period passes a day federal offices were closed by executive order; counted as a working day it"
                          + " ends "
                          + r.lastDay()
                          + ", and if the court treats the closure as a legal holiday (Fed. R. Civ."
                          + " P. 6(a)(6)(B)) it ends "
                          + later,
                      p.start(),
                      p.end()));
    } else {
      ctx.diagnose(
          DiagnosticCode.TRIGGER_UNKNOWN,
          Severity.INFO,
          "the date of \"" + p.trigger() + "\" is not known, so the deadline has no date",
          p.start(),
          p.end());
    }
    return b.build();
  }

  /** "the settlement conference": the date of the one such proceeding this order schedules. */
  private Optional<LocalDate> proceedingDate(String trigger) {
    String t = trigger.toLowerCase(Locale.ROOT);
    for (Phrase p : book.of(Phrase.Category.PROCEEDING)) {
      if (p.pattern().matcher(t).find()) {
        List<LocalDate> ds =
            proceedings.stream()
                .filter(x -> x.type().name().equals(p.value()) && x.date().isPresent())
                .map(x -> x.date().get())
                .distinct()
                .toList();
        return ds.size() == 1 ? Optional.of(ds.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
