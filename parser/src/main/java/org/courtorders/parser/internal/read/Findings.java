package org.courtorders.parser.internal.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Citation;
import org.courtorders.core.Court;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.Party;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Ruling;
import org.courtorders.core.Sanction;
import org.courtorders.core.Severity;

/**
 * What one reader found in one run: items with normalized spans, and diagnostics at normalized
 * ranges. Each reader fills its own; the engine adds them to the {@link Facts} the next reader
 * gets, and the assembler maps every range to the input.
 */
public final class Findings {
  /** A diagnostic at a normalized range; {@code [0, 0)} means the whole document. */
  public record Note(DiagnosticCode code, Severity severity, String message, int start, int end) {}

  public Optional<Court> court = Optional.empty();
  public Optional<String> title = Optional.empty();
  public Optional<DocumentType> documentType = Optional.empty();
  public final List<CaseNumber> caseNumbers = new ArrayList<>();
  public final List<Party> plaintiffs = new ArrayList<>();
  public final List<Party> defendants = new ArrayList<>();
  public final List<Judge> judges = new ArrayList<>();
  public Optional<LocalDate> signedDate = Optional.empty();
  public Optional<LocalDate> filedDate = Optional.empty();
  public final List<Citation> citations = new ArrayList<>();
  public final List<Directive> directives = new ArrayList<>();
  public final List<Proceeding> proceedings = new ArrayList<>();
  public final List<Ruling> rulings = new ArrayList<>();
  public final List<Sanction> sanctions = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  final Set<Object> inInput = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Marks an item whose spans are already input offsets: the text layer read it from a line it took
   * out of the normalized text (a page stamp's case number). The assembler leaves it as is.
   */
  public void spannedInInput(Object item) {
    inInput.add(item);
  }

  /** Records a diagnostic at normalized range {@code [start, end)}. */
  public void diagnose(DiagnosticCode code, Severity severity, String message, int start, int end) {
    notes.add(new Note(code, severity, message, start, end));
  }

  /**
   * Records that {@code reader} failed on normalized range {@code [start, end)}: an {@code
   * INTERNAL_ERROR} naming it. Only its findings there are lost.
   */
  public void internalError(String reader, Throwable failure, int start, int end) {
    diagnose(
        DiagnosticCode.INTERNAL_ERROR,
        Severity.ERROR,
        reader + " failed here and its findings in this text are missing: " + failure,
        start,
        end);
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }
}
