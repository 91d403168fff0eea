package org.courtorders.parser.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Citation;
import org.courtorders.core.Court;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.Party;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Ruling;
import org.courtorders.core.Sanction;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.spi.CourtRules;

/**
 * Everything one parse knows: the input, its normalized text and layout, and what the
 * extractors have found so far. One per parse, never shared between threads.
 */
public final class ParseContext {
  public final NormalizedText normalized;
  public final String text;
  public final Layout layout;
  public final Optional<LocalDate> fallbackDate;
  private final int maxDiagnostics;

  public Optional<Court> court = Optional.empty();
  /** The rules of the order's court, chosen right after the court is recognized; none if unregistered. */
  public Optional<CourtRules> rules = Optional.empty();
  /** The Rule 6 calculator with the court's holidays and closures; federal holidays only without rules. */
  public Rule6Calculator rule6 = Rule6Calculator.federal();
  public Optional<String> title = Optional.empty();
  public final List<CaseNumber> caseNumbers = new ArrayList<>();
  public final List<Party> plaintiffs = new ArrayList<>();
  public final List<Party> defendants = new ArrayList<>();
  public Optional<Range> captionRange = Optional.empty();
  public final List<Judge> judges = new ArrayList<>();
  public Optional<LocalDate> signedDate = Optional.empty();
  public Optional<LocalDate> filedDate = Optional.empty();
  public DocumentType documentType = DocumentType.OTHER;
  public final List<Directive> directives = new ArrayList<>();
  public final List<Proceeding> proceedings = new ArrayList<>();
  public final List<Ruling> rulings = new ArrayList<>();
  public final List<Sanction> sanctions = new ArrayList<>();
  public final List<Citation> citations = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private boolean diagnosticsTruncated;

  public ParseContext(NormalizedText normalized, Layout layout, Optional<LocalDate> fallbackDate,
      int maxDiagnostics) {
    this.normalized = normalized;
    this.text = normalized.text();
    this.layout = layout;
    this.fallbackDate = fallbackDate;
    this.maxDiagnostics = maxDiagnostics;
  }

  /**
   * A copy holding everything found so far, for running one extractor again on the same state
   * (the stage benchmarks do). Found items are immutable, so the lists are copied shallowly.
   */
  public ParseContext copy() {
    ParseContext c = new ParseContext(normalized, layout, fallbackDate, maxDiagnostics);
    c.court = court;
    c.rules = rules;
    c.rule6 = rule6;
    c.title = title;
    c.caseNumbers.addAll(caseNumbers);
    c.plaintiffs.addAll(plaintiffs);
    c.defendants.addAll(defendants);
    c.captionRange = captionRange;
    c.judges.addAll(judges);
    c.signedDate = signedDate;
    c.filedDate = filedDate;
    c.documentType = documentType;
    c.directives.addAll(directives);
    c.proceedings.addAll(proceedings);
    c.rulings.addAll(rulings);
    c.sanctions.addAll(sanctions);
    c.citations.addAll(citations);
    c.diagnostics.addAll(diagnostics);
    c.diagnosticsTruncated = diagnosticsTruncated;
    c.leftMargin = leftMargin;
    return c;
  }

  /** The original span of a normalized range. */
  public TextSpan span(int start, int end) {
    return normalized.toOriginal(start, end);
  }

  public TextSpan span(Range range) {
    return normalized.toOriginal(range.start(), range.end());
  }

  /** The original text under a normalized range. */
  public String quote(int start, int end) {
    return normalized.originalSlice(start, end);
  }

  public String quote(Range range) {
    return normalized.originalSlice(range.start(), range.end());
  }

  private int leftMargin = -1;

  /**
   * The document's left margin: the column most lines of text start at (the 20th percentile of
   * first-character columns), so a pleading-paper gutter or a deep indent of the whole page
   * does not look like a right column.
   */
  public int leftMargin() {
    if (leftMargin < 0) {
      List<Integer> cols = new ArrayList<>();
      for (Range line : layout.lines()) {
        int i = line.start();
        while (i < line.end() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        if (i < line.end()) {
          cols.add(column(i));
        }
      }
      java.util.Collections.sort(cols);
      leftMargin = cols.isEmpty() ? 0 : cols.get(cols.size() / 5);
    }
    return leftMargin;
  }

  /** The column of {@code offset} counted from the document's left margin, never negative. */
  public int indent(int offset) {
    return Math.max(0, column(offset) - leftMargin());
  }

  /**
   * The column in the ORIGINAL text where normalized offset {@code offset} sits: the number of
   * characters since the original line's start, tabs counted as 8. Two-column captions are
   * told apart by it, since the text layer drops the blanks that indent a right column.
   */
  public int column(int offset) {
    String original = normalized.original();
    int at = normalized.originalStart(offset);
    int col = 0;
    for (int i = at - 1; i >= 0; i--) {
      char c = original.charAt(i);
      if (c == '\n' || c == '\r' || c == '\f') {
        break;
      }
      col += c == '\t' ? 8 : 1;
      if (col > 400) {
        break;
      }
    }
    return col;
  }

  /** The order's own date, for inferring missing years: signed, else filed, else the fallback. */
  public Optional<LocalDate> anchorDate() {
    return signedDate.or(() -> filedDate).or(() -> fallbackDate);
  }

  /**
   * Records a diagnostic at a normalized range, up to {@code maxDiagnostics}. The empty range at
   * 0 means the whole document and stays at original offset 0, even when the text layer removed
   * what the input starts with (markdown marks, a stamp line).
   */
  public void diagnose(DiagnosticCode code, Severity severity, String message, int start, int end) {
    diagnoseAt(code, severity, message, start == 0 && end == 0 ? TextSpan.of(0, 0) : span(start, end));
  }

  /**
   * Records that {@code reader} failed on the normalized range {@code [start, end)} (a sentence, or
   * the whole text): an {@code INTERNAL_ERROR} naming the reader. Only that reader's findings
   * there are lost.
   */
  public void internalError(String reader, Throwable failure, int start, int end) {
    diagnose(DiagnosticCode.INTERNAL_ERROR, Severity.ERROR,
        reader + " failed here and its findings in this text are missing: " + failure, start, end);
  }

  /** Records a diagnostic at an original span, up to {@code maxDiagnostics}. */
  public void diagnoseAt(DiagnosticCode code, Severity severity, String message, TextSpan span) {
    if (diagnostics.size() < maxDiagnostics) {
      diagnostics.add(Diagnostic.of(code, severity, message, span));
    } else {
      diagnosticsTruncated = true;
    }
  }

  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (diagnosticsTruncated) {
      all.add(Diagnostic.of(DiagnosticCode.DIAGNOSTICS_TRUNCATED, Severity.INFO,
          "more than " + maxDiagnostics + " diagnostics; the rest were dropped", TextSpan.of(0, 0)));
    }
    return all;
  }
}
