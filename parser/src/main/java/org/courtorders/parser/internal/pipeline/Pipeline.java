package org.courtorders.parser.internal.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.parser.internal.assemble.Assembler;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.extract.CaseNumberExtractor;
import org.courtorders.parser.internal.extract.CitationStep;
import org.courtorders.parser.internal.extract.CourtExtractor;
import org.courtorders.parser.internal.extract.JudgeExtractor;
import org.courtorders.parser.internal.extract.OrderDateExtractor;
import org.courtorders.parser.internal.extract.PartyExtractor;
import org.courtorders.parser.internal.extract.TitleExtractor;
import org.courtorders.parser.internal.obligation.ObligationExtractor;
import org.courtorders.parser.internal.read.Facts;
import org.courtorders.parser.internal.read.Findings;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.spi.CourtRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parse, start to end: the text layer and layout make one {@link Document}; each {@link Reader}
 * in turn reads it with the {@link Facts} found before it; right after the court is recognized its
 * rules are chosen and flow into the later readers; the {@link Assembler} maps every range to the
 * input and builds the order; the court's rules enrich and check it last. Immutable and
 * thread-safe.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final List<Reader> readers;
  private final Map<String, CourtRules> rules;

  /** Each registered court's Rule 6 calculator: its state holidays and clerk's-office closures. */
  private final Map<String, Rule6Calculator> calculators;

  private final Optional<LocalDate> fallbackDate;
  private final int maxInputChars;
  private final int maxDiagnostics;

  public Pipeline(
      Map<String, CourtRules> rules,
      Optional<LocalDate> fallbackDate,
      int maxInputChars,
      int maxDiagnostics) {
    this.rules = Map.copyOf(rules);
    this.fallbackDate = fallbackDate;
    this.maxInputChars = maxInputChars;
    this.maxDiagnostics = maxDiagnostics;
    this.readers = standardReaders();
    Map<String, Rule6Calculator> calc = new HashMap<>();
    this.rules.forEach(
        (id, r) ->
            calc.put(
                id,
                Rule6Calculator.builder()
                    .stateHolidays(r.stateHolidays())
                    .courtClosures(r.courtClosures())
                    .build()));
    this.calculators = Map.copyOf(calc);
  }

  /**
   * The readers in the order a parse runs them. Each reads the facts of those before it: the court
   * first (its rules are chosen right after), then the case numbers, the title, the parties (which
   * look at case numbers and title), the judges (case-number initials), the order's dates, the
   * citations, and last the obligations (which need parties, dates and the court's rules).
   */
  public static List<Reader> standardReaders() {
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
    List<Diagnostic> inputDiagnostics = new ArrayList<>();
    if (truncated) {
      inputDiagnostics.add(
          Diagnostic.of(
              DiagnosticCode.INPUT_TRUNCATED,
              Severity.WARNING,
              "input of "
                  + input.length()
                  + " characters is longer than maxInputChars ("
                  + maxInputChars
                  + "); the rest was not read",
              TextSpan.of(text.length(), input.length())));
    }
    Document doc = Document.of(text);
    List<Findings.Note> notes = new ArrayList<>();
    Findings front = new Findings();
    doc.problems().forEach(p -> front.internalError(p.reader(), p.failure(), p.start(), p.end()));
    notes.addAll(front.notes());
    Facts facts = Facts.none(fallbackDate);
    for (Reader r : readers) {
      Findings found = run(r, doc, facts);
      notes.addAll(found.notes());
      facts = facts.plus(found);
      if (r instanceof CourtExtractor) {
        facts = chooseRules(facts);
      }
    }
    CourtOrder order =
        Assembler.assemble(input, name, doc, facts, notes, inputDiagnostics, maxDiagnostics);
    return facts.rules().map(court -> applyRules(court, order, input)).orElse(order);
  }

  /**
   * The court is known: its rules (if registered) take part in the rest of the parse, their
   * holidays and closures in every Rule 6 computation, their phrases in the phrase book.
   */
  private Facts chooseRules(Facts facts) {
    Optional<CourtRules> r = facts.court().map(c -> rules.get(c.id()));
    return facts.withRules(
        r, r.map(x -> calculators.get(x.courtId())).orElse(Rule6Calculator.federal()));
  }

  /**
   * Runs one reader; a failure it does not contain itself costs its findings and is an
   * INTERNAL_ERROR.
   */
  private static Findings run(Reader r, Document doc, Facts facts) {
    try {
      return r.read(doc, facts);
    } catch (RuntimeException | StackOverflowError ex) {
      LOG.debug("reader {} failed", r.name(), ex);
      Findings failed = new Findings();
      failed.internalError(r.name(), ex, 0, 0);
      return failed;
    }
  }

  /**
   * Lets the court enrich the order and check it (its roster already filled judges known by
   * initials, in the judge reader).
   */
  private static CourtOrder applyRules(CourtRules court, CourtOrder order, String input) {
    try {
      CourtOrder enriched = court.enrich(order, input);
      return new CourtOrder.Builder()
          .from(enriched)
          .addAllDiagnostics(court.check(enriched, input))
          .build();
    } catch (RuntimeException ex) {
      LOG.debug("rules for {} failed", court.courtId(), ex);
      return new CourtOrder.Builder()
          .from(order)
          .addDiagnostic(
              Diagnostic.of(
                  DiagnosticCode.RULES_FAILED,
                  Severity.ERROR,
                  "rules for " + court.courtId() + " failed: " + ex,
                  TextSpan.of(0, 0)))
          .build();
    }
  }

  /** Never cut between the two halves of a surrogate pair. */
  private static int safeCut(String s, int at) {
    return at > 0 && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
  }
}
