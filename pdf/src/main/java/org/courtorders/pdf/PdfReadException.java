package org.courtorders.pdf;

import java.io.IOException;

/**
 * A PDF whose text cannot be read at all: encrypted with a password, broken, or without any text
 * layer. {@link #reason()} says which, as a stable code for error records.
 *
 * @since 0.1.0
 */
public final class PdfReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a PDF could not be read. */
  public enum Reason {
    /** The file needs a password to be opened. */
    ENCRYPTED,
    /** The file is not a PDF PDFBox can read (truncated, damaged, or not a PDF at all). */
    BROKEN_PDF,
    /** No page has a text layer: a scan that needs OCR first. */
    NO_TEXT_LAYER
  }

  private final Reason reason;

  public PdfReadException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the file could not be read. */
  public Reason reason() {
    return reason;
  }
}
