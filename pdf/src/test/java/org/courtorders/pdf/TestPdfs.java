package org.courtorders.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Draws test PDFs with PDFBox from text, so the tests keep no binary fixture. */
final class TestPdfs {
  static final float FONT_SIZE = 9;
  static final float LEADING = 11;
  static final float MARGIN = 36;
  static final int WRAP = 98;
  static final int LINES_PER_PAGE = 64;

  /** A PACER stamp at the start of a line opens a new page, as in the PDF the text came from. */
  private static final Pattern STAMP =
      Pattern.compile("^\\s*Case \\S+\\s+Document \\d+.*Page \\d+ of \\d+");

  private TestPdfs() {}

  static PDType1Font font() {
    return new PDType1Font(Standard14Fonts.FontName.COURIER);
  }

  /** The text split into pages at its PACER stamps, each page's lines wrapped to fit. */
  static List<List<String>> pages(String text) {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    for (String raw : text.split("\r?\n", -1)) {
      if (STAMP.matcher(raw).find() && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
      }
      for (String line : wrap(encodable(raw))) {
        if (page.size() == LINES_PER_PAGE) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(line);
      }
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  /** A PDF with one page per entry, each line drawn top to bottom in Courier. */
  static byte[] fromPages(List<List<String>> pages) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = font();
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = page.getMediaBox().getHeight() - MARGIN;
          for (String line : lines) {
            y -= LEADING;
            if (!line.isBlank()) {
              text(cs, font, MARGIN, y, line);
            }
          }
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] fromText(String text) {
    return fromPages(pages(text));
  }

  static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, FONT_SIZE);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** A page with only a picture on it: what a scan without OCR looks like. */
  static void addImagePage(PDDocument doc) throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 60; x++) {
      img.setRGB(x, x, 0xFFFFFF);
    }
    PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(xo, 36, 36, 540, 720);
    }
  }

  /**
   * Text that Courier's WinAnsi encoding can draw: compatibility forms split ("ﬀ" to "ff"), the
   * rest '?'.
   */
  static String encodable(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    PDType1Font font = font();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '\t') {
        sb.append("    ");
        continue;
      }
      try {
        font.encode(String.valueOf(c));
        sb.append(c);
      } catch (IllegalArgumentException | IOException e) {
        sb.append('?');
      }
    }
    return sb.toString();
  }

  private static List<String> wrap(String line) {
    List<String> out = new ArrayList<>();
    String rest = line.stripTrailing();
    while (rest.length() > WRAP) {
      int cut = rest.lastIndexOf(' ', WRAP);
      if (cut <= 0) {
        cut = WRAP;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    out.add(rest);
    return out;
  }
}
