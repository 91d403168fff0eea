package org.courtorders.parser.internal.read;

import java.time.LocalDate;
import java.util.Optional;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Range;

/**
 * One run of one reader: the document (read-only), the facts before it (a value) and the reader's
 * own findings. The shorthands below read the document; none maps an offset.
 */
public final class Reading {
  public final Document doc;
  public final Facts facts;
  public final Findings out = new Findings();

  /** The normalized text ({@code doc.text}). */
  public final String text;

  /** The document's layout ({@code doc.layout}). */
  public final Layout layout;

  public Reading(Document doc, Facts facts) {
    this.doc = doc;
    this.facts = facts;
    this.text = doc.text;
    this.layout = doc.layout;
  }

  /** A normalized range as a span; the assembler maps it to the input. */
  public TextSpan span(int start, int end) {
    return doc.span(start, end);
  }

  public TextSpan span(Range range) {
    return doc.span(range);
  }

  /** The input's own text under a normalized range. */
  public String quote(int start, int end) {
    return doc.quote(start, end);
  }

  public int indent(int offset) {
    return doc.indent(offset);
  }

  public int column(int offset) {
    return doc.column(offset);
  }

  /** The order's own date: signed, else filed, else the caller's fallback. */
  public Optional<LocalDate> anchorDate() {
    return facts.anchorDate();
  }

  /**
   * A diagnostic at normalized range {@code [start, end)}; {@code [0, 0)} is the whole document.
   */
  public void diagnose(DiagnosticCode code, Severity severity, String message, int start, int end) {
    out.diagnose(code, severity, message, start, end);
  }

  /** Records that {@code reader} failed on a normalized range. */
  public void internalError(String reader, Throwable failure, int start, int end) {
    out.internalError(reader, failure, start, end);
  }
}
