package org.courtorders.parser.internal.obligation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.Sanction;
import org.courtorders.core.SanctionKind;
import org.courtorders.core.SanctionMeasure;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds sanctions threatened or imposed, one entry per distinct threat (gold guide): "may/could
 * result in" is a WARNING, "will result in" or "the Court will adjourn ... if" a CONSEQUENCE,
 * "the Court imposes" or "is sanctioned in the amount of" IMPOSED. An order to show cause is a
 * WARNING only when no sentence spells out its threat, since the two are one threat; a list of
 * sanctions imposed in one passage is one IMPOSED entry per person sanctioned; a threat recounted
 * from an earlier order is not counted.
 *
 * <pre>{@code
 * SanctionRecognizer r = new SanctionRecognizer(ctx, book);
 * sentences.forEach(s -> r.add(s, recount, directiveIndex));
 * ctx.out.sanctions.addAll(r.sanctions());
 * }</pre>
 */
final class SanctionRecognizer {
  private static final Pattern CONDITION = Pattern.compile(
      "(?i)\\b(?:if|unless|failure|fails?|should\\b[^.]{0,60}\\bfail|otherwise|in the event)\\b");
  private static final Pattern AMOUNT = Pattern.compile("\\$\\s?(\\d{1,3}(?:,\\d{3})*|\\d+)(\\.\\d{2})?");
  private static final Pattern RULE = Pattern.compile(
      "(?i)\\b(?:Fed\\.\\s?R\\.\\s?Civ\\.\\s?P\\.\\s?|Federal Rule of Civil Procedure\\s|Rule\\s)(\\d{1,2}(?:\\([a-z0-9]{1,4}\\)){0,3})|28 U\\.S\\.C\\. § ?1927|inherent (?:power|authority)");
  private static final Pattern PERSON = Pattern.compile(
      "\\b(?:Attorney|Ms\\.|Mr\\.|Mrs\\.)\\s+(?:[A-Z][a-zA-Z'-]+\\s+){0,3}([A-Z][a-zA-Z'-]{2,})");

  private final Reading ctx;
  private final PhraseBook book;
  private final List<Candidate> threats = new ArrayList<>();
  private final List<Candidate> showCause = new ArrayList<>();
  private final Map<String, List<Candidate>> imposed = new LinkedHashMap<>();
  private final List<Candidate> imposedUnnamed = new ArrayList<>();

  private record Candidate(SanctionKind kind, Set<SanctionMeasure> measures, int start, int end,
      Optional<BigDecimal> amount, Optional<String> rule, Optional<Integer> directive) {}

  SanctionRecognizer(Reading ctx, PhraseBook book) {
    this.ctx = ctx;
    this.book = book;
  }

  /** Reads one court sentence {@code [start, end)}. */
  void add(int start, int end, boolean recount, boolean directivePresent, Optional<Integer> directive) {
    if (recount) {
      return;
    }
    String t = ctx.text;
    for (PhraseBook.Hit h : book.find(Phrase.Category.IMPOSE, t, start, end)) {
      Set<SanctionMeasure> ms = measures(start, end, start);
      if (!h.phrase().measure().isEmpty()) {
        ms = EnumSet.of(SanctionMeasure.valueOf(h.phrase().measure()));
      }
      Candidate c = candidate(SanctionKind.IMPOSED, ms, start, end, directive);
      Matcher p = PERSON.matcher(t).region(start, end);
      if (p.find()) {
        String who = p.group(1).replaceAll("['’]s?$", "");
        imposed.computeIfAbsent(who, k -> new ArrayList<>()).add(c);
      } else {
        imposedUnnamed.add(c);
      }
      break;
    }
    Set<SanctionKind> seen = EnumSet.noneOf(SanctionKind.class);
    for (PhraseBook.Hit h : book.find(Phrase.Category.THREAT, t, start, end)) {
      String v = h.phrase().value();
      if (v.equals("OSC")) {
        if (directivePresent) {
          Set<SanctionMeasure> ms = measures(h.end(), end, start);
          showCause.add(candidate(SanctionKind.WARNING, ms.isEmpty() ? EnumSet.of(SanctionMeasure.UNSPECIFIED) : ms,
              start, end, directive));
        }
        continue;
      }
      SanctionKind kind = SanctionKind.valueOf(v);
      Set<SanctionMeasure> ms = measures(h.end(), end, h.end());
      if (h.phrase().id().equals("threat.court_will")) {
        ms = measures(h.start(), end, h.start()); // the verb names the measure: "will adjourn"
      } else if (h.phrase().id().equals("threat.defer")) {
        ms = measures(h.end(), end, start);
      }
      if (ms.isEmpty()) {
        continue; // "may result in delay": no sanction named
      }
      if (h.phrase().id().equals("threat.court_will") && !CONDITION.matcher(t).region(start, end).find()) {
        continue; // "the court will impose sanctions" announcing what follows is not a threat
      }
      if (seen.add(kind)) {
        threats.add(candidate(kind, ms, h.start(), end, directive));
      }
    }
  }

  /** Measures named in {@code [from, to)}; the sanction word alone gives UNSPECIFIED. */
  private Set<SanctionMeasure> measures(int from, int to, int floor) {
    Set<SanctionMeasure> out = EnumSet.noneOf(SanctionMeasure.class);
    for (PhraseBook.Hit h : book.find(Phrase.Category.MEASURE, ctx.text, Math.max(floor, from), to)) {
      out.add(SanctionMeasure.valueOf(h.phrase().value()));
    }
    if (out.size() > 1) {
      out.remove(SanctionMeasure.UNSPECIFIED);
    }
    return out;
  }

  private Candidate candidate(SanctionKind kind, Set<SanctionMeasure> ms, int start, int end,
      Optional<Integer> directive) {
    String s = ctx.text.substring(start, end);
    Optional<BigDecimal> amount = Optional.empty();
    Matcher a = AMOUNT.matcher(s);
    if (ms.contains(SanctionMeasure.MONETARY) && a.find()) {
      amount = Optional.of(new BigDecimal(a.group(1).replace(",", "") + (a.group(2) == null ? "" : a.group(2))));
    }
    Matcher r = RULE.matcher(s);
    Optional<String> rule = r.find() ? Optional.of(r.group().strip()) : Optional.empty();
    return new Candidate(kind, ms.isEmpty() ? EnumSet.of(SanctionMeasure.UNSPECIFIED) : ms, start, end, amount,
        rule, directive);
  }

  List<Sanction> sanctions() {
    List<Candidate> all = new ArrayList<>(threats);
    if (threats.isEmpty() && imposed.isEmpty() && imposedUnnamed.isEmpty() && !showCause.isEmpty()) {
      all.add(showCause.get(0));
    }
    List<List<Candidate>> groups = new ArrayList<>(imposed.values());
    if (!imposedUnnamed.isEmpty()) {
      if (groups.isEmpty()) {
        groups.add(new ArrayList<>(imposedUnnamed));
      } else {
        groups.get(0).addAll(imposedUnnamed);
      }
    }
    for (List<Candidate> g : groups) {
      Set<SanctionMeasure> ms = EnumSet.noneOf(SanctionMeasure.class);
      g.forEach(c -> ms.addAll(c.measures()));
      if (ms.size() > 1) {
        ms.remove(SanctionMeasure.UNSPECIFIED);
      }
      Candidate first = g.get(0);
      Optional<BigDecimal> amount = g.stream().flatMap(c -> c.amount().stream()).findFirst();
      Optional<String> rule = g.stream().flatMap(c -> c.rule().stream()).findFirst();
      all.add(new Candidate(SanctionKind.IMPOSED, ms, first.start(), first.end(), amount, rule, first.directive()));
    }
    all.sort((x, y) -> Integer.compare(x.start(), y.start()));
    List<Sanction> out = new ArrayList<>();
    for (Candidate c : all) {
      Sanction.Builder b = new Sanction.Builder().kind(c.kind()).measures(c.measures())
          .text(ctx.quote(c.start(), c.end())).span(ctx.span(c.start(), c.end()));
      c.amount().ifPresent(b::amount);
      c.rule().ifPresent(b::rule);
      c.directive().ifPresent(b::directive);
      out.add(b.build());
    }
    return out;
  }

  /** Whether the header names an order to show cause. */
  void showCauseTitle(String header, int start, int end) {
    if (header.toLowerCase(Locale.ROOT).contains("show cause")) {
      showCause.add(candidate(SanctionKind.WARNING, EnumSet.of(SanctionMeasure.UNSPECIFIED), start, end,
          Optional.empty()));
    }
  }
}
