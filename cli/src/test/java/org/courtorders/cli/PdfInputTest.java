package org.courtorders.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15: the command line reads PDFs found in folders and named on it; bad PDFs get error
 * records.
 */
class PdfInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static byte[] pdf(boolean encrypted, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 740;
        for (String line : lines) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
          cs.newLineAtOffset(72, y);
          cs.showText(line);
          cs.endText();
          y -= 14;
        }
      }
      if (encrypted) {
        doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] scan() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(
            LosslessFactory.createFromImage(
                doc, new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB)),
            72,
            72,
            400,
            600);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static final String[] ORDER = {
    "Case 1:24-cv-01234-ABC Document 17 Filed 02/10/25 Page 1 of 1",
    "UNITED STATES DISTRICT COURT",
    "SOUTHERN DISTRICT OF NEW YORK",
    "ORDER",
    "Defendants shall file their opposition by March 3, 2025.",
    "SO ORDERED."
  };

  private List<JsonNode> run(Path out, int expectedExit, String... args) throws IOException {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("parse", "--no-progress", "-o", out.toString()));
    all.addAll(List.of(args));
    assertEquals(expectedExit, cl.execute(all.toArray(String[]::new)), err.toString());
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void folderOfTextAndPdfsGivesOneLinePerFileAndAnErrorRecordPerUnreadablePdf() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), String.join("\n", ORDER));
    Files.write(in.resolve("b.pdf"), pdf(false, ORDER));
    Files.writeString(in.resolve("c.pdf"), "%PDF-1.7\nnot really\n");
    Files.write(in.resolve("d.PDF"), pdf(true, ORDER));
    Files.write(in.resolve("e.pdf"), scan());
    Files.writeString(in.resolve("notes.md"), "not an input");
    List<JsonNode> lines = run(dir.resolve("out.jsonl"), ExitCodes.SOME_FAILED, in.toString());
    assertEquals(
        List.of("a.txt", "b.pdf", "c.pdf", "d.PDF", "e.pdf"),
        lines.stream().map(l -> l.path("source").path("name").asText()).toList());
    JsonNode b = lines.get(1);
    assertEquals(1, b.path("source").path("pageCount").asInt());
    assertEquals(17, b.path("source").path("documentNumber").asInt());
    assertEquals("2025-02-10", b.path("filedDate").asText());
    JsonNode deadline = b.path("directives").get(0).path("deadline");
    assertEquals("2025-03-03", deadline.path("date").asText());
    assertEquals(1, deadline.path("span").path("page").asInt());
    assertTrue(deadline.path("span").path("boxes").size() >= 1);
    assertEquals("BROKEN_PDF", lines.get(2).path("error").path("code").asText());
    assertEquals("ENCRYPTED", lines.get(3).path("error").path("code").asText());
    assertEquals("NO_TEXT_LAYER", lines.get(4).path("error").path("code").asText());
    assertTrue(lines.get(4).path("error").path("message").asText().contains("OCR needed"));
  }

  @Test
  void pdfNamedOnTheCommandLineIsReadEvenWithoutItsExtension() throws IOException {
    Path file = dir.resolve("download");
    Files.write(file, pdf(false, ORDER));
    List<JsonNode> lines = run(dir.resolve("out.jsonl"), ExitCodes.OK, file.toString());
    assertEquals(1, lines.size());
    assertEquals(1, lines.get(0).path("source").path("pageCount").asInt());
    assertEquals(
        "2025-03-03",
        lines.get(0).path("directives").get(0).path("deadline").path("date").asText());
  }
}
