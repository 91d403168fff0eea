package org.courtorders.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.courtorders.core.TextSpan;

/**
 * PDFBox's text stripper, taught three things: where each page's text starts and ends in the
 * output, the rectangle of every run of text it writes, and the order of two-column pages (a
 * Westlaw printout), which it reads column by column instead of line by line across both. One
 * instance reads one document; it is not thread-safe.
 */
final class LayoutStripper extends PDFTextStripper {
  /** Written after every page: a blank line and a form feed, so pages never run together. */
  static final String PAGE_BREAK = "\n\f\n";

  /** Fewest glyphs on a page before a column split is considered: short pages are one column. */
  private static final int MIN_GLYPHS_FOR_COLUMNS = 200;

  /** Fewest lines that must sit on both sides of a gutter before a page counts as two columns. */
  private static final int MIN_TWO_SIDED_LINES = 6;

  private final StringWriter out = new StringWriter();
  private final List<PdfPage> pages = new ArrayList<>();
  private int pageStart;
  private boolean pageHasText;

  // Runs of text as written, in output order: [start, end) in the output and their rectangle.
  private int runCount;
  private int[] runStart = new int[256];
  private int[] runEnd = new int[256];
  private int[] runPage = new int[256];
  private float[] runBox = new float[256 * 4];

  LayoutStripper() throws IOException {
    setLineSeparator("\n");
    setPageStart("");
    setPageEnd("");
    setArticleStart("");
    setArticleEnd("\n");
    setParagraphStart("");
    setParagraphEnd("");
    // By position: PACER stamps are drawn last in the content stream but read first on the page.
    setSortByPosition(true);
    setAddMoreFormatting(false);
  }

  /** Reads the document's text into this stripper's buffers. */
  String read(org.apache.pdfbox.pdmodel.PDDocument doc) throws IOException {
    writeText(doc, out);
    return out.toString();
  }

  List<PdfPage> pages() {
    return pages;
  }

  PdfOrder.Runs runs() {
    return new PdfOrder.Runs(
        Arrays.copyOf(runStart, runCount),
        Arrays.copyOf(runEnd, runCount),
        Arrays.copyOf(runPage, runCount),
        Arrays.copyOf(runBox, runCount * 4));
  }

  private int offset() {
    return out.getBuffer().length();
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    pageStart = offset();
    pageHasText = false;
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    super.endPage(page);
    PDRectangle box = page.getCropBox();
    int end = offset();
    pages.add(
        new PdfPage(
            getCurrentPageNo(),
            TextSpan.of(pageStart, end),
            box.getWidth(),
            box.getHeight(),
            pageHasText));
    out.write(PAGE_BREAK);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    int start = offset();
    super.writeString(text, positions);
    int end = offset();
    if (positions.isEmpty() || end <= start) {
      return;
    }
    if (!text.isBlank()) {
      pageHasText = true;
    }
    String written = out.getBuffer().substring(start, end);
    if (written.length() == positions.size()) {
      // One glyph per character, the usual case: a rectangle per word, so a highlight can start
      // mid-line where a deadline does.
      int i = 0;
      while (i < written.length()) {
        while (i < written.length() && Character.isWhitespace(written.charAt(i))) {
          i++;
        }
        int j = i;
        while (j < written.length() && !Character.isWhitespace(written.charAt(j))) {
          j++;
        }
        if (j > i) {
          addRun(start + i, start + j, positions.subList(i, j));
        }
        i = j;
      }
    } else {
      addRun(start, end, positions); // ligatures expanded or marks joined: the run as a whole
    }
  }

  private void addRun(int start, int end, List<TextPosition> positions) {
    float x0 = Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (TextPosition p : positions) {
      x0 = Math.min(x0, p.getXDirAdj());
      x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
      y0 = Math.min(y0, p.getYDirAdj() - p.getHeightDir());
      y1 = Math.max(y1, p.getYDirAdj());
    }
    if (runCount == runStart.length) {
      int n = runCount * 2;
      runStart = Arrays.copyOf(runStart, n);
      runEnd = Arrays.copyOf(runEnd, n);
      runPage = Arrays.copyOf(runPage, n);
      runBox = Arrays.copyOf(runBox, n * 4);
    }
    runStart[runCount] = start;
    runEnd[runCount] = end;
    runPage[runCount] = getCurrentPageNo();
    runBox[runCount * 4] = x0;
    runBox[runCount * 4 + 1] = y0;
    runBox[runCount * 4 + 2] = x1 - x0;
    runBox[runCount * 4 + 3] = y1 - y0;
    runCount++;
  }

  @Override
  protected void writePage() throws IOException {
    // Beads (article threads) already give the reading order; otherwise look for columns.
    if (charactersByArticle.size() == 1) {
      List<List<TextPosition>> ordered = columnOrder(charactersByArticle.get(0));
      if (ordered != null) {
        charactersByArticle.clear();
        for (List<TextPosition> part : ordered) {
          charactersByArticle.add(part);
        }
      }
    }
    super.writePage();
  }

  /**
   * The page's glyphs as reading-order parts when the page has two columns: lines that cross the
   * gutter (a title, a stamp, a footer) each stay whole, and between them the left column's lines
   * come before the right column's. Null when the page is one column. Linear in glyphs, apart from
   * one sort.
   */
  static List<List<TextPosition>> columnOrder(List<TextPosition> glyphs) {
    if (glyphs.size() < MIN_GLYPHS_FOR_COLUMNS) {
      return null;
    }
    float pageWidth = glyphs.get(0).getPageWidth();
    if (!(pageWidth > 0)) {
      return null;
    }
    List<Line> lines = lines(glyphs);
    // Lines that cover each point of the middle half of the page, counting the short gaps
    // between a line's words as covered: a column gutter is a band few lines cross.
    int lo = (int) (pageWidth * 0.3f);
    int hi = (int) (pageWidth * 0.7f);
    int[] cover = new int[hi - lo + 1];
    for (Line line : lines) {
      for (int i = 0; i < line.covered.size(); i += 2) {
        int a = Math.max(lo, (int) Math.floor(line.covered.get(i)));
        int b = Math.min(hi, (int) Math.ceil(line.covered.get(i + 1)));
        for (int x = a; x <= b; x++) {
          cover[x - lo]++;
        }
      }
    }
    int best = 0;
    for (int i = 1; i < cover.length; i++) {
      if (cover[i] < cover[best]) {
        best = i;
      }
    }
    float gutter = lo + best;
    int twoSided = 0;
    for (Line line : lines) {
      if (!line.crosses(gutter) && line.minX < gutter && line.maxX > gutter) {
        twoSided++;
      }
    }
    if (twoSided < MIN_TWO_SIDED_LINES || cover[best] * 5 > lines.size()) {
      return null;
    }
    List<List<TextPosition>> parts = new ArrayList<>();
    List<TextPosition> left = new ArrayList<>();
    List<TextPosition> right = new ArrayList<>();
    for (Line line : lines) {
      if (line.crosses(gutter)) {
        flush(parts, left, right);
        parts.add(new ArrayList<>(line.glyphs));
      } else {
        for (TextPosition g : line.glyphs) {
          (g.getXDirAdj() + g.getWidthDirAdj() / 2 < gutter ? left : right).add(g);
        }
      }
    }
    flush(parts, left, right);
    return parts;
  }

  private static void flush(
      List<List<TextPosition>> parts, List<TextPosition> left, List<TextPosition> right) {
    if (!left.isEmpty()) {
      parts.add(new ArrayList<>(left));
      left.clear();
    }
    if (!right.isEmpty()) {
      parts.add(new ArrayList<>(right));
      right.clear();
    }
  }

  /** Glyphs grouped into lines by baseline, top to bottom. */
  private static List<Line> lines(List<TextPosition> glyphs) {
    List<TextPosition> byY = new ArrayList<>(glyphs);
    byY.sort(
        Comparator.comparingDouble(TextPosition::getYDirAdj)
            .thenComparingDouble(TextPosition::getXDirAdj));
    List<Line> lines = new ArrayList<>();
    Line current = null;
    for (TextPosition g : byY) {
      float tolerance = Math.max(1f, g.getHeightDir() * 0.5f);
      if (current == null || g.getYDirAdj() - current.y > tolerance) {
        current = new Line(g.getYDirAdj());
        lines.add(current);
      }
      current.glyphs.add(g);
    }
    lines.forEach(Line::measure);
    return lines;
  }

  /** One line of glyphs and the stretches of the page it covers. */
  private static final class Line {
    final float y;
    final List<TextPosition> glyphs = new ArrayList<>();

    /** Covered intervals as [from, to] pairs, words joined across gaps of ordinary spacing. */
    final List<Float> covered = new ArrayList<>();

    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;

    Line(float y) {
      this.y = y;
    }

    void measure() {
      glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
      float from = Float.NaN;
      float to = Float.NaN;
      for (TextPosition g : glyphs) {
        if (g.getUnicode() == null || g.getUnicode().isBlank()) {
          continue;
        }
        float a = g.getXDirAdj();
        float b = a + g.getWidthDirAdj();
        minX = Math.min(minX, a);
        maxX = Math.max(maxX, b);
        // An ordinary word space is under about one em; a gutter is wider.
        float join = Math.max(2f, Math.max(g.getFontSizeInPt(), g.getHeightDir()));
        if (Float.isNaN(from)) {
          from = a;
          to = b;
        } else if (a - to > join) {
          covered.add(from);
          covered.add(to);
          from = a;
          to = b;
        } else {
          to = Math.max(to, b);
        }
      }
      if (!Float.isNaN(from)) {
        covered.add(from);
        covered.add(to);
      }
    }

    boolean crosses(float x) {
      for (int i = 0; i < covered.size(); i += 2) {
        if (covered.get(i) <= x && x <= covered.get(i + 1)) {
          return true;
        }
      }
      return false;
    }
  }
}
