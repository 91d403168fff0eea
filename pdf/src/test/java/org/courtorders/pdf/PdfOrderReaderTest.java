package org.courtorders.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.Sourced;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PDFs drawn from real orders read back into the same order, with every span on its page. */
class PdfOrderReaderTest {
  static final CourtOrderParser PARSER = CourtOrderParser.builder().discoverRules().build();
  static final PdfOrderReader READER = PdfOrderReader.create(PARSER);

  static String resource(String name) throws IOException {
    try (InputStream in = PdfOrderReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void pacerStampsGiveDocumentNumberFiledDateAndPages() throws IOException {
    String text = resource("butler_v_fidelity.txt");
    List<List<String>> pages = TestPdfs.pages(text);
    assertEquals(4, pages.size(), "the text's four PACER stamps open four pages");
    PdfOrder pdf = READER.read(TestPdfs.fromPages(pages), "butler.pdf");
    CourtOrder order = pdf.order();
    assertEquals("butler.pdf", order.source().name().orElseThrow());
    assertEquals(4, order.source().pageCount().orElseThrow());
    assertEquals(53, order.source().documentNumber().orElseThrow());
    assertEquals(LocalDate.of(2026, 5, 22), order.filedDate().orElseThrow());
    assertEquals(4, pdf.pages().size());
    for (PdfPage p : pdf.pages()) {
      assertTrue(
          pdf.text()
              .substring(p.span().start(), p.span().end())
              .contains("Page " + p.number() + " of 4"));
    }
  }

  @Test
  void everySpanLiesOnThePageThatHoldsItsText() throws IOException {
    PdfOrder pdf = READER.read(TestPdfs.fromText(resource("butler_v_fidelity.txt")), "butler.pdf");
    List<Sourced> items = new ArrayList<>();
    items.addAll(pdf.order().directives());
    pdf.order().directives().forEach(d -> d.deadline().ifPresent(items::add));
    items.addAll(pdf.order().rulings());
    items.addAll(pdf.order().sanctions());
    items.addAll(pdf.order().citations());
    assertFalse(pdf.order().directives().isEmpty());
    for (Sourced item : items) {
      TextSpan span = item.span();
      PdfPage page = pdf.pageOf(span).orElseThrow();
      assertTrue(
          page.span().start() <= span.start() && span.start() <= page.span().end(),
          "span " + span + " lies on page " + page.number());
      List<PdfBox> boxes = pdf.boxesOf(span);
      if (span.end() > span.start()) {
        assertFalse(boxes.isEmpty(), "a non-empty span has somewhere to highlight: " + span);
        assertEquals(page.number(), boxes.get(0).page());
      }
      for (PdfBox b : boxes) {
        assertTrue(b.x() >= 0 && b.x() + b.width() <= page.width() + 1, b.toString());
        assertTrue(b.y() >= 0 && b.y() + b.height() <= page.height() + 1, b.toString());
      }
    }
  }

  @Test
  void deadlineIsHighlightedOnTheLineThatSaysIt() throws IOException {
    String body =
        "ORDER\n\nDefendants shall file their opposition by July 20, 2026.\n\nSO ORDERED.\n";
    PdfOrder pdf = READER.read(TestPdfs.fromText(body), "x.pdf");
    Deadline d =
        pdf.order().directives().stream()
            .flatMap(x -> x.deadline().stream())
            .findFirst()
            .orElseThrow();
    List<PdfBox> boxes = pdf.boxesOf(d.span());
    assertEquals(1, boxes.size());
    PdfBox box = boxes.get(0);
    // Third line of the page (ORDER, blank, the sentence): its baseline sits 3 leadings down.
    float baselineFromTop = TestPdfs.MARGIN + 3 * TestPdfs.LEADING;
    assertTrue(
        box.y() < baselineFromTop && box.y() + box.height() >= baselineFromTop - 1, box.toString());
    // "July 20, 2026" starts after "Defendants shall file their opposition by " in Courier.
    float charWidth = 0.6f * TestPdfs.FONT_SIZE;
    int col = "Defendants shall file their opposition by ".length();
    assertTrue(
        Math.abs(box.x() - (TestPdfs.MARGIN + col * charWidth)) < charWidth * 2, box.toString());
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      return s
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  /** A PDF made from a bundled sample reads into the order the text reads into. */
  @ParameterizedTest
  @MethodSource("samples")
  void sampleAsPdfParsesAsItsText(Path sample) throws IOException {
    String text = Files.readString(sample);
    CourtOrder fromText =
        PARSER.parse(text.lines().map(TestPdfs::encodable).collect(Collectors.joining("\n")), "x");
    CourtOrder fromPdf = READER.read(TestPdfs.fromText(text), "x").order();
    assertEquals(fromText.court().map(c -> c.id()), fromPdf.court().map(c -> c.id()));
    assertEquals(caseNumbers(fromText), caseNumbers(fromPdf));
    assertEquals(fromText.signedDate(), fromPdf.signedDate());
    assertEquals(deadlines(fromText), deadlines(fromPdf));
    assertEquals(
        fromText.proceedings().stream().map(p -> p.date()).toList(),
        fromPdf.proceedings().stream().map(p -> p.date()).toList());
  }

  /**
   * The bundled sample PDF ({@code samples/pdf/}, drawn by {@link TestPdfs} from the sample text of
   * the same name; {@code -Dsamples.update=true} draws it again) reads as its text does.
   */
  @Test
  void bundledSamplePdfReadsAsItsText() throws IOException {
    Path text = Path.of("../samples/003_1815541e702f4645.txt");
    Path pdf = Path.of("../samples/pdf/003_1815541e702f4645.pdf");
    if (Boolean.getBoolean("samples.update")) {
      Files.createDirectories(pdf.getParent());
      Files.write(pdf, TestPdfs.fromText(Files.readString(text)));
    }
    CourtOrder fromText =
        PARSER.parse(
            Files.readString(text)
                .lines()
                .map(TestPdfs::encodable)
                .collect(Collectors.joining("\n")),
            "x");
    PdfOrder read = READER.read(pdf);
    assertEquals(deadlines(fromText), deadlines(read.order()));
    assertEquals(caseNumbers(fromText), caseNumbers(read.order()));
    assertFalse(deadlines(read.order()).isEmpty());
  }

  private static List<String> caseNumbers(CourtOrder o) {
    return o.caption()
        .map(
            c ->
                c.caseNumbers().stream()
                    .map(n -> n.normalized().orElse(n.text()))
                    .sorted()
                    .toList())
        .orElse(List.of());
  }

  private static List<String> deadlines(CourtOrder o) {
    return o.directives().stream()
        .map(Directive::deadline)
        .flatMap(java.util.Optional::stream)
        .map(d -> d.date() + " " + d.time())
        .sorted()
        .toList();
  }

  @Test
  void stampDrawnLastIsReadFirst() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDType1Font font = TestPdfs.font();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        TestPdfs.text(cs, font, 72, 600, "ORDER");
        TestPdfs.text(
            cs, font, 72, 580, "The parties shall appear for a conference on March 3, 2025.");
        // ECF stamps the header on after filing: last in the content stream, top of the page.
        TestPdfs.text(
            cs, font, 36, 770, "Case 1:24-cv-01234-ABC Document 17 Filed 02/10/25 Page 1 of 1");
      }
      PdfOrder pdf = READER.read(TestPdfs.save(doc), "x.pdf");
      assertTrue(pdf.text().stripLeading().startsWith("Case 1:24-cv-01234-ABC"), pdf.text());
      assertEquals(17, pdf.order().source().documentNumber().orElseThrow());
      assertEquals(LocalDate.of(2025, 2, 10), pdf.order().filedDate().orElseThrow());
    }
  }

  @Test
  void twoColumnsComeOutColumnByColumn() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      PDType1Font font = TestPdfs.font();
      int rows = 40;
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        TestPdfs.text(
            cs,
            font,
            120,
            760,
            "SMITH v. JONES, A FULL-WIDTH TITLE ACROSS BOTH COLUMNS OF THE PAGE");
        // Drawn row by row across both columns, as many printouts are: the worst order to read.
        for (int i = 0; i < rows; i++) {
          float y = 730 - i * TestPdfs.LEADING;
          TestPdfs.text(cs, font, 36, y, String.format("left column sentence %02d goes on", i));
          TestPdfs.text(cs, font, 320, y, String.format("right column sentence %02d goes on", i));
        }
        TestPdfs.text(
            cs, font, 120, 40, "A FOOTER LINE THAT ALSO CROSSES THE GUTTER OF THE PAGE, PAGE 1");
      }
      String text = READER.read(TestPdfs.save(doc), "x.pdf").text();
      int title = text.indexOf("SMITH v. JONES");
      int lastLeft = text.indexOf(String.format("left column sentence %02d", rows - 1));
      int firstRight = text.indexOf("right column sentence 00");
      int footer = text.indexOf("A FOOTER LINE");
      assertTrue(title >= 0 && title < text.indexOf("left column sentence 00"), text);
      assertTrue(lastLeft >= 0 && lastLeft < firstRight, text);
      assertTrue(
          text.indexOf(String.format("right column sentence %02d", rows - 1)) < footer, text);
      for (int i = 1; i < rows; i++) {
        assertTrue(
            text.indexOf(String.format("left column sentence %02d", i - 1))
                < text.indexOf(String.format("left column sentence %02d", i)));
      }
    }
  }

  @Test
  void oneColumnPageWithASideBySideCaptionStaysLineByLine() throws IOException {
    String text = resource("butler_v_fidelity.txt");
    PdfOrder pdf = READER.read(TestPdfs.fromText(text), "x.pdf");
    // Every drawn line comes out whole and in order: no column split on a one-column page.
    int at = 0;
    for (List<String> page : TestPdfs.pages(text)) {
      for (String line : page) {
        if (line.isBlank()) {
          continue;
        }
        String words = line.strip().replaceAll("\\s+", " ");
        int found = pdf.text().replaceAll("[ \\t]+", " ").indexOf(words, 0);
        assertTrue(found >= 0, "line is extracted whole: " + words);
      }
    }
    assertTrue(at == 0);
  }

  @Test
  void passwordProtectedPdfIsAnErrorSayingSo() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        TestPdfs.text(cs, TestPdfs.font(), 72, 700, "SO ORDERED.");
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      byte[] bytes = TestPdfs.save(doc);
      PdfReadException e =
          assertThrows(PdfReadException.class, () -> READER.read(bytes, "locked.pdf"));
      assertEquals(PdfReadException.Reason.ENCRYPTED, e.reason());
      assertTrue(e.getMessage().contains("locked.pdf"));
    }
  }

  @Test
  void ownerPasswordOnlyPdfIsRead() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        TestPdfs.text(cs, TestPdfs.font(), 72, 700, "Plaintiff shall respond by June 3, 2025.");
      }
      doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      PdfOrder pdf = READER.read(TestPdfs.save(doc), "restricted.pdf");
      assertTrue(pdf.text().contains("June 3, 2025"));
    }
  }

  @Test
  void brokenPdfsAreErrorsNotCrashes() throws IOException {
    byte[] good = TestPdfs.fromText("ORDER\n\nSO ORDERED.\n");
    List<byte[]> broken =
        List.of(
            "%PDF-1.7\nthis is not a pdf at all\n".getBytes(StandardCharsets.US_ASCII),
            new byte[0],
            java.util.Arrays.copyOf(good, 40),
            "hello".getBytes(StandardCharsets.US_ASCII));
    for (byte[] b : broken) {
      PdfReadException e = assertThrows(PdfReadException.class, () -> READER.read(b, "bad.pdf"));
      assertTrue(
          e.reason() == PdfReadException.Reason.BROKEN_PDF, e.reason() + ": " + e.getMessage());
    }
  }

  @Test
  void scanWithoutTextLayerAsksForOcr() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addImagePage(doc);
      TestPdfs.addImagePage(doc);
      byte[] bytes = TestPdfs.save(doc);
      PdfReadException e =
          assertThrows(PdfReadException.class, () -> READER.read(bytes, "scan.pdf"));
      assertEquals(PdfReadException.Reason.NO_TEXT_LAYER, e.reason());
      assertTrue(e.getMessage().contains("OCR needed"), e.getMessage());
    }
  }

  @Test
  void scannedPageAmongTextPagesIsADiagnostic() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        TestPdfs.text(cs, TestPdfs.font(), 72, 700, "The motion is GRANTED. SO ORDERED.");
      }
      TestPdfs.addImagePage(doc);
      PdfOrder pdf = READER.read(TestPdfs.save(doc), "mixed.pdf");
      assertEquals(2, pdf.order().source().pageCount().orElseThrow());
      List<Diagnostic> noText =
          pdf.order().diagnostics().stream()
              .filter(d -> d.code() == DiagnosticCode.NO_TEXT_LAYER)
              .toList();
      assertEquals(1, noText.size());
      assertTrue(noText.get(0).message().contains("page 2"));
      assertEquals(2, pdf.pageOf(noText.get(0).span()).orElseThrow().number());
    }
  }

  @Test
  void jsonCarriesThePageOfEverySpan() throws IOException {
    PdfOrder pdf = READER.read(TestPdfs.fromText(resource("butler_v_fidelity.txt")), "butler.pdf");
    ObjectNode json = pdf.toJson();
    assertEquals(4, json.get("source").get("pageCount").asInt());
    assertEquals(4, json.get("pages").size());
    List<JsonNode> spans = json.findValues("span");
    assertFalse(spans.isEmpty());
    for (JsonNode s : spans) {
      assertTrue(s.has("page"), s.toString());
      int page = s.get("page").asInt();
      assertTrue(page >= 1 && page <= 4);
    }
  }
}
