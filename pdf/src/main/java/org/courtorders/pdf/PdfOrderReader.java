package org.courtorders.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.core.Source;
import org.courtorders.parser.CourtOrderParser;

/**
 * Reads court orders from PDF files with Apache PDFBox: the text layer in reading order, page by
 * page, parsed by a {@link CourtOrderParser}, with the page map kept beside the order. PACER header
 * stamps come through as text, so the document number, filed date and page numbers are read from
 * them as for text input. Thread-safe: one reader serves any number of threads.
 *
 * <pre>{@code
 * PdfOrderReader reader = PdfOrderReader.create(CourtOrderParser.builder().discoverRules().build());
 * PdfOrder pdf = reader.read(Path.of("order.pdf"));
 * System.out.println(pdf.order().source().pageCount().orElseThrow() + " pages");
 * }</pre>
 *
 * <p>A PDF that opens but has pages without a text layer (a scanned exhibit) parses, with a {@link
 * DiagnosticCode#NO_TEXT_LAYER} warning per such page. A PDF whose text cannot be read at all (a
 * password, a damaged file, a scan with no text layer anywhere) throws {@link PdfReadException}
 * saying why: never an empty order that looks like a success.
 *
 * @since 0.1.0
 */
public final class PdfOrderReader {
  private final CourtOrderParser parser;

  private PdfOrderReader(CourtOrderParser parser) {
    this.parser = parser;
  }

  /** A reader that parses with {@code parser}. */
  public static PdfOrderReader create(CourtOrderParser parser) {
    return new PdfOrderReader(Objects.requireNonNull(parser, "parser"));
  }

  /**
   * Whether bytes look like a PDF: the "%PDF-" signature within the first kilobyte, as readers
   * allow.
   */
  public static boolean looksLikePdf(byte[] head) {
    Objects.requireNonNull(head, "head");
    int limit = Math.min(head.length, 1024) - 5;
    for (int i = 0; i <= limit; i++) {
      if (head[i] == '%'
          && head[i + 1] == 'P'
          && head[i + 2] == 'D'
          && head[i + 3] == 'F'
          && head[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /** Reads a PDF file; {@code source.name} is its file name. */
  public PdfOrder read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    return read(Files.readAllBytes(path), name == null ? path.toString() : name.toString());
  }

  /** Reads a PDF given as bytes, recording {@code sourceName} in {@code source.name}. */
  public PdfOrder read(byte[] pdf, String sourceName) throws PdfReadException {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(sourceName, "sourceName");
    String text;
    List<PdfPage> pages;
    PdfOrder.Runs runs;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      LayoutStripper stripper = new LayoutStripper();
      text = stripper.read(doc);
      pages = stripper.pages();
      runs = stripper.runs();
    } catch (InvalidPasswordException e) {
      throw new PdfReadException(
          PdfReadException.Reason.ENCRYPTED,
          sourceName + " is encrypted with a password; its text cannot be read",
          e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new PdfReadException(
          PdfReadException.Reason.BROKEN_PDF,
          sourceName + " is not a readable PDF: " + e.getMessage(),
          e);
    }
    if (pages.isEmpty()) {
      throw new PdfReadException(
          PdfReadException.Reason.BROKEN_PDF, sourceName + " is a PDF with no pages", null);
    }
    if (pages.stream().noneMatch(PdfPage::hasText)) {
      throw new PdfReadException(
          PdfReadException.Reason.NO_TEXT_LAYER,
          sourceName + " has no text layer on any of its " + pages.size() + " page(s): OCR needed",
          null);
    }
    CourtOrder parsed = parser.parse(text, sourceName);
    CourtOrder.Builder order = new CourtOrder.Builder().from(parsed);
    // The file's own page count: a stamp's "Page 1 of N" can be missing or count another way.
    order.source(new Source.Builder().from(parsed.source()).pageCount(pages.size()).build());
    for (PdfPage p : pages) {
      if (!p.hasText()) {
        order.addDiagnostic(
            Diagnostic.of(
                DiagnosticCode.NO_TEXT_LAYER,
                Severity.WARNING,
                "page "
                    + p.number()
                    + " has no text layer (a scan or a blank page): OCR needed to read it",
                p.span()));
      }
    }
    return new PdfOrder(order.build(), text, pages, runs);
  }
}
