package org.courtorders.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Locale;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Source;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.DecodedText;
import org.courtorders.pdf.PdfOrder;
import org.courtorders.pdf.PdfOrderReader;
import org.courtorders.pdf.PdfReadException;

/**
 * Reads one input into an order, whatever its format: a file or standard input, gzip decompressed
 * (by its first bytes, whatever its name); a PDF (by its ".pdf" name or its "%PDF-" signature)
 * through {@link PdfOrderReader}; other binary files (images, archives, executables) refused as
 * {@code NOT_TEXT}; anything else as text through {@link DecodedText}. Every command that reads
 * orders (parse, check, csv, ics) goes through here, so a format or a fault is handled in one
 * place. The order's {@code source.name} is the input's name (relative to its argument), {@code
 * source.path} its full path. Thread-safe.
 *
 * <pre>{@code
 * OrderLoader loader = new OrderLoader(parser, false, System.in);
 * OrderLoader.Loaded l = loader.load(input);   // throws Failure with a stable code
 * }</pre>
 */
final class OrderLoader {
  /** File-name endings a folder walk takes, as a message lists them. */
  static final String INPUT_ENDINGS = ".txt, .txt.gz, .pdf";

  /**
   * An input read and parsed: the order (with {@code source.path}), the text it was parsed from,
   * the PDF page map if any, and a note for standard error (a Windows-1252 fallback) or null.
   */
  record Loaded(CourtOrder order, String text, PdfOrder pdf, String note) {
    /** The order's JSON tree: with the page map for a PDF. */
    JsonNode json(ObjectMapper mapper) {
      if (pdf == null) {
        return mapper.valueToTree(order);
      }
      ObjectNode tree = pdf.toJson();
      JsonNode source = tree.get("source");
      if (source instanceof ObjectNode s) {
        s.set("path", mapper.valueToTree(order.source().path()));
      }
      return tree;
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
  private final InputStream stdin;

  OrderLoader(CourtOrderParser parser, boolean strictUtf8, InputStream stdin) {
    this.parser = parser;
    this.pdfReader = PdfOrderReader.create(parser);
    this.strictUtf8 = strictUtf8;
    this.stdin = stdin;
  }

  /** The parser this loader reads with. */
  CourtOrderParser parser() {
    return parser;
  }

  /** Whether a file name is one the folder walk picks up: text or PDF, gzipped or not. */
  static boolean isInputName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt")
        || lower.endsWith(".txt.gz")
        || lower.endsWith(".pdf")
        || lower.endsWith(".pdf.gz");
  }

  Loaded load(InputFiles.Input input) throws Failure {
    if (input.problem() != null) {
      throw new Failure("UNREADABLE", input.problem());
    }
    byte[] bytes;
    try {
      bytes = InputReader.read(input, stdin);
    } catch (InputReader.Refused e) {
      throw new Failure(e.code, e.getMessage());
    }
    byte[] head = InputReader.head(bytes);
    String lower = input.name().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf") || lower.endsWith(".pdf.gz") || PdfOrderReader.looksLikePdf(head)) {
      try {
        PdfOrder pdf = pdfReader.read(bytes, input.name());
        return new Loaded(withPath(pdf.order(), input), pdf.text(), pdf, null);
      } catch (PdfReadException e) {
        throw new Failure(e.reason().name(), e.getMessage());
      }
    }
    String kind = Sniff.binaryKind(head);
    if (kind != null) {
      throw new Failure("NOT_TEXT", input.display() + " is " + kind + ", not text; not read");
    }
    DecodedText decoded = DecodedText.of(bytes);
    bytes = null; // let the bytes go before parsing a large input
    if (decoded.fallback() && strictUtf8) {
      throw new Failure("INVALID_ENCODING", input.display() + " is not valid UTF-8");
    }
    CourtOrder order = withPath(parser.parse(decoded, input.name()), input);
    String note =
        decoded.fallback() ? input.display() + " is not valid UTF-8; read as Windows-1252" : null;
    return new Loaded(order, decoded.text(), null, note);
  }

  private static CourtOrder withPath(CourtOrder order, InputFiles.Input input) {
    if (input.fullPath() == null) {
      return order;
    }
    return new CourtOrder.Builder()
        .from(order)
        .source(new Source.Builder().from(order.source()).path(input.fullPath()).build())
        .build();
  }
}
