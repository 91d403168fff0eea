package org.courtorders.core;

/**
 * Why the parser could not fully understand part of an order. Codes are stable: add, never rename.
 *
 * @since 0.1.0
 */
public enum DiagnosticCode {
  /** The input was longer than {@code maxInputChars}; the rest was not read. */
  INPUT_TRUNCATED,
  /** More diagnostics than {@code maxDiagnostics}; the rest were dropped. */
  DIAGNOSTICS_TRUNCATED,
  /** The bytes were not valid UTF-8 and were decoded as Windows-1252. */
  INVALID_ENCODING,
  /** No caption block was found. */
  NO_CAPTION,
  /** No case number was found. */
  NO_CASE_NUMBER,
  /** The court could not be identified. */
  NO_COURT,
  /** No signing judge could be identified. */
  NO_AUTHOR,
  /** A date's year was not written and was inferred from the order's own date. */
  YEAR_INFERRED,
  /** A date could not be completed: no year and no order date to infer it from. */
  YEAR_UNKNOWN,
  /** A weekday written beside a date does not match it. */
  WEEKDAY_MISMATCH,
  /** A date that does not exist ("February 30"). */
  INVALID_DATE,
  /** A relative period whose trigger date is unknown; it keeps its period and has no date. */
  TRIGGER_UNKNOWN,
  /**
   * A date in the court's own text that the reader could not tell to be a due date, a session, a
   * rescheduled session's old date or a past event; its span points at the date.
   */
  DATE_UNCLASSIFIED,
  /** An actor could not be resolved against the caption. */
  AMBIGUOUS_ACTOR,
  /** A name was read through OCR noise and corrected against a roster. */
  OCR_CORRECTED,
  /** Judge initials in a case number that no roster knows. */
  UNKNOWN_JUDGE_INITIALS,
  /** Something looked meaningful but could not be interpreted. */
  UNRECOGNIZED,
  /** A court rules plug-in failed on this document; the rest of the parse stands. */
  RULES_FAILED,
  /**
   * A reader of the parser failed on part of this document (a bug, never the input's fault); only
   * that reader's findings in the span given are missing, the rest of the parse stands. The message
   * names the reader.
   */
  INTERNAL_ERROR,
  /** A case number printed no case type ("Case No. 11-12780"); civil was inferred. */
  CASE_TYPE_INFERRED,
  /**
   * A computed deadline passes a day the President closed federal offices by executive order; the
   * date given counts it as a working day, and the message names the later date that applies if the
   * court treats the closure as a legal holiday (Fed. R. Civ. P. 6(a)(6)(B)).
   *
   * @since 0.2.0
   */
  EXECUTIVE_CLOSURE,
  /**
   * A period in hours whose end depends on the time of its event, which the text does not give
   * (Fed. R. Civ. P. 6(a)(2)); the deadline keeps its period and has no date.
   *
   * @since 0.2.0
   */
  TIME_UNKNOWN,
  /** A PDF page has no text layer (a scan, or a blank page): its words need OCR to be read. */
  NO_TEXT_LAYER
}
