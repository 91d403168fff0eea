package org.courtorders.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.DecodedText;
import org.courtorders.pdf.PdfOrder;
import org.courtorders.pdf.PdfOrderReader;
import org.courtorders.pdf.PdfReadException;

/**
 * Reads one input into an order, whatever its format: a PDF (by its ".pdf" name or its "%PDF-"
 * signature) through {@link PdfOrderReader}, anything else as text through {@link DecodedText}.
 * Every command that reads orders (parse, csv, ics, check) goes through here, so a format is
 * added in one place. Thread-safe.
 *
 * <pre>{@code
 * OrderLoader loader = new OrderLoader(parser, false);
 * OrderLoader.Loaded l = loader.load(input);   // throws Failure with a stable code
 * }</pre>
 */
final class OrderLoader {
  /** An input read and parsed: the order, the text it was parsed from, the PDF page map if any. */
  record Loaded(CourtOrder order, String text, PdfOrder pdf, String note) {
    /** The order's JSON tree: with the page map for a PDF. */
    JsonNode json(ObjectMapper mapper) {
      return pdf != null ? pdf.toJson() : mapper.valueToTree(order);
    }
  }

  /** An input that could not be read: a stable code for the error record, and why. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Failure(String code, String message) {
      super(message);
      this.code = code;
    }
  }

  private final CourtOrderParser parser;
  private final PdfOrderReader pdfReader;
  private final boolean strictUtf8;

  OrderLoader(CourtOrderParser parser, boolean strictUtf8) {
    this.parser = parser;
    this.pdfReader = PdfOrderReader.create(parser);
    this.strictUtf8 = strictUtf8;
  }

  /** Whether a file name is one the folder walk picks up: text or PDF. */
  static boolean isInputName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".pdf");
  }

  Loaded load(InputFiles.Input input) throws Failure {
    if (input.problem() != null) {
      throw new Failure("UNREADABLE", input.problem());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(input.path());
    } catch (IOException | UncheckedIOException e) {
      throw new Failure("UNREADABLE", "cannot read " + input.path() + ": " + e.getMessage());
    }
    if (input.name().toLowerCase(Locale.ROOT).endsWith(".pdf") || PdfOrderReader.looksLikePdf(bytes)) {
      try {
        PdfOrder pdf = pdfReader.read(bytes, input.name());
        return new Loaded(pdf.order(), pdf.text(), pdf, null);
      } catch (PdfReadException e) {
        throw new Failure(e.reason().name(), e.getMessage());
      }
    }
    DecodedText decoded = DecodedText.of(bytes);
    if (decoded.fallback() && strictUtf8) {
      throw new Failure("INVALID_ENCODING", input.path() + " is not valid UTF-8");
    }
    CourtOrder order = parser.parse(decoded, input.name());
    String note = decoded.fallback() ? input.path() + " is not valid UTF-8; read as Windows-1252" : null;
    return new Loaded(order, decoded.text(), null, note);
  }
}
