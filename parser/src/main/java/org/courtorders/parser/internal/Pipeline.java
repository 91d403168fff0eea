package org.courtorders.parser.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtorders.core.Caption;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Judge;
import org.courtorders.core.Severity;
import org.courtorders.core.Source;
import org.courtorders.core.TextSpan;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.parser.internal.extract.CaseNumberExtractor;
import org.courtorders.parser.internal.extract.CitationStep;
import org.courtorders.parser.internal.extract.CourtExtractor;
import org.courtorders.parser.internal.extract.Extractor;
import org.courtorders.parser.internal.extract.JudgeExtractor;
import org.courtorders.parser.internal.extract.OrderDateExtractor;
import org.courtorders.parser.internal.extract.PartyExtractor;
import org.courtorders.parser.internal.extract.TitleExtractor;
import org.courtorders.parser.internal.obligation.ObligationExtractor;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.PageStamp;
import org.courtorders.parser.internal.text.TextNormalizer;
import org.courtorders.parser.spi.CourtRules;
import org.courtorders.parser.spi.JudgeProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse pipeline: normalize, segment, run each extractor in order, apply the court's
 * rules, assemble the order. Immutable and thread-safe; each parse has its own context.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final List<Extractor> extractors;
  private final Map<String, CourtRules> rules;
  /** Each registered court's Rule 6 calculator: its state holidays and clerk's-office closures. */
  private final Map<String, Rule6Calculator> calculators;
  private final Optional<LocalDate> fallbackDate;
  private final int maxInputChars;
  private final int maxDiagnostics;

  public Pipeline(Map<String, CourtRules> rules, Optional<LocalDate> fallbackDate, int maxInputChars,
      int maxDiagnostics) {
    this.rules = Map.copyOf(rules);
    this.fallbackDate = fallbackDate;
    this.maxInputChars = maxInputChars;
    this.maxDiagnostics = maxDiagnostics;
    this.extractors = standardExtractors();
    Map<String, Rule6Calculator> calc = new java.util.HashMap<>();
    this.rules.forEach((id, r) -> calc.put(id, Rule6Calculator.builder().stateHolidays(r.stateHolidays())
        .courtClosures(r.courtClosures()).build()));
    this.calculators = Map.copyOf(calc);
  }

  /** The extractors in the order a parse runs them; later ones read what earlier ones found. */
  public static List<Extractor> standardExtractors() {
    return List.of(
        new CourtExtractor(),
        new CaseNumberExtractor(),
        new TitleExtractor(),
        new PartyExtractor(),
        new JudgeExtractor(),
        new OrderDateExtractor(),
        new CitationStep(),
        new ObligationExtractor());
  }

  public CourtOrder parse(String input, Optional<String> name) {
    boolean truncated = input.length() > maxInputChars;
    String text = truncated ? input.substring(0, safeCut(input, maxInputChars)) : input;
    NormalizedText normalized = TextNormalizer.normalize(text);
    Layout layout = Segmenter.standard().segment(normalized.text());
    ParseContext ctx = new ParseContext(normalized, layout, fallbackDate, maxDiagnostics);
    if (truncated) {
      ctx.diagnoseAt(DiagnosticCode.INPUT_TRUNCATED, Severity.WARNING,
          "input of " + input.length() + " characters is longer than maxInputChars (" + maxInputChars
              + "); the rest was not read", TextSpan.of(text.length(), input.length()));
    }
    for (Extractor e : extractors) {
      run(ctx, e);
      if (e instanceof CourtExtractor) {
        chooseRules(ctx);
      }
    }
    CourtOrder order = assemble(ctx, input, name);
    CourtRules court = ctx.rules.orElse(null);
    if (court != null) {
      order = applyRules(court, order, input);
    }
    return order;
  }

  /**
   * The court is known: its rules (if registered) take part in the rest of the parse, their
   * holidays and closures in every Rule 6 computation, their phrases in the phrase book.
   */
  private void chooseRules(ParseContext ctx) {
    ctx.rules = ctx.court.map(c -> rules.get(c.id()));
    ctx.rule6 = ctx.rules.map(r -> calculators.get(r.courtId())).orElse(Rule6Calculator.federal());
  }

  /** Runs one reader over the document; a failure it does not contain itself is an INTERNAL_ERROR. */
  private static void run(ParseContext ctx, Extractor e) {
    try {
      e.extract(ctx);
    } catch (RuntimeException | StackOverflowError ex) {
      LOG.debug("extractor {} failed", e.getClass().getSimpleName(), ex);
      ctx.internalError(e.getClass().getSimpleName(), ex, 0, 0);
    }
  }

  /**
   * Fills judge names and titles from the court's roster (by case-number initials), then lets
   * the court enrich. The roster's title wins over none; a name the document gives is kept.
   */
  private static CourtOrder applyRules(CourtRules court, CourtOrder order, String input) {
    try {
      List<JudgeProfile> roster = court.judges();
      List<Judge> judges = new ArrayList<>();
      for (Judge j : order.judges()) {
        Optional<JudgeProfile> p = j.initials().isPresent()
            ? roster.stream().filter(r -> r.initials().equals(j.initials().get())).findFirst()
            : Optional.empty();
        if (p.isPresent()) {
          Judge.Builder b = new Judge.Builder().from(j);
          if (j.name().isEmpty()) {
            b.name(p.get().name());
          }
          if (j.title().isEmpty()) {
            b.title(p.get().title());
          }
          judges.add(b.build());
        } else {
          judges.add(j);
        }
      }
      CourtOrder withRoster = new CourtOrder.Builder().from(order).judges(judges).build();
      CourtOrder enriched = court.enrich(withRoster, input);
      return new CourtOrder.Builder().from(enriched).addAllDiagnostics(court.check(enriched, input)).build();
    } catch (RuntimeException ex) {
      LOG.debug("rules for {} failed", court.courtId(), ex);
      return new CourtOrder.Builder().from(order).addDiagnostic(org.courtorders.core.Diagnostic.of(
          DiagnosticCode.RULES_FAILED, Severity.ERROR, "rules for " + court.courtId() + " failed: " + ex,
          TextSpan.of(0, 0))).build();
    }
  }

  private static CourtOrder assemble(ParseContext ctx, String input, Optional<String> name) {
    Source.Builder source = new Source.Builder().name(name).sha256(sha256(input)).length(input.length());
    List<PageStamp> stamps = ctx.normalized.stamps();
    stamps.stream().flatMap(s -> s.documentNumber().stream()).findFirst().ifPresent(source::documentNumber);
    stamps.stream().flatMap(s -> s.pageCount().stream()).findFirst().ifPresent(source::pageCount);

    CourtOrder.Builder b = new CourtOrder.Builder()
        .source(source.build())
        .court(ctx.court)
        .documentType(ctx.documentType)
        .judges(ctx.judges)
        .signedDate(ctx.signedDate)
        .filedDate(ctx.filedDate)
        .directives(ctx.directives)
        .proceedings(ctx.proceedings)
        .rulings(ctx.rulings)
        .sanctions(ctx.sanctions)
        .citations(ctx.citations)
        .diagnostics(ctx.diagnostics());
    if (!ctx.caseNumbers.isEmpty() || !ctx.plaintiffs.isEmpty() || !ctx.defendants.isEmpty() || ctx.title.isPresent()) {
      TextSpan span = ctx.span(ctx.layout.header());
      b.caption(new Caption.Builder().title(ctx.title).caseNumbers(ctx.caseNumbers).plaintiffs(ctx.plaintiffs)
          .defendants(ctx.defendants).span(span).build());
    } else {
      ctx.diagnose(DiagnosticCode.NO_CAPTION, Severity.INFO, "no caption found", 0, 0);
      b.diagnostics(ctx.diagnostics());
    }
    return b.build();
  }

  /** Never cut between the two halves of a surrogate pair. */
  private static int safeCut(String s, int at) {
    return at > 0 && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
  }

  static String sha256(String input) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(input.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
