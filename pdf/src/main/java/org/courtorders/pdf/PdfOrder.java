package org.courtorders.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.TextSpan;
import org.courtorders.core.json.CourtOrderJson;

/**
 * An order read from a PDF: the parsed order, the text it was parsed from, and the page map that
 * puts every span on its page and, where PDFBox gave positions, on the rectangles a viewer
 * highlights.
 *
 * <pre>{@code
 * PdfOrder pdf = PdfOrderReader.create(parser).read(Path.of("order.pdf"));
 * for (Directive d : pdf.order().directives()) {
 *   int page = pdf.pageOf(d.span()).orElseThrow().number();
 *   List<PdfBox> highlight = pdf.boxesOf(d.span());
 * }
 * }</pre>
 *
 * <p>Spans index {@link #text()}, the text extracted from the PDF (UTF-16 units, end exclusive):
 * pages follow one another separated by a blank line and a form feed.
 *
 * @since 0.1.0
 */
public final class PdfOrder {
  /** Word runs in output order: offsets, pages and rectangles, in parallel arrays. */
  record Runs(int[] start, int[] end, int[] page, float[] box) {}

  private final CourtOrder order;
  private final String text;
  private final List<PdfPage> pages;
  private final Runs runs;

  PdfOrder(CourtOrder order, String text, List<PdfPage> pages, Runs runs) {
    this.order = order;
    this.text = text;
    this.pages = List.copyOf(pages);
    this.runs = runs;
  }

  /** The parsed order; {@code source.pageCount} is the PDF's own page count. */
  public CourtOrder order() {
    return order;
  }

  /** The text extracted from the PDF: every span in {@link #order()} indexes it. */
  public String text() {
    return text;
  }

  /** The pages, in file order. */
  public List<PdfPage> pages() {
    return pages;
  }

  /** The page on which a span starts; empty only for a PDF with no pages. */
  public Optional<PdfPage> pageOf(TextSpan span) {
    Objects.requireNonNull(span, "span");
    PdfPage found = null;
    for (PdfPage p : pages) { // pages are few; a linear scan is clearer than a search
      if (p.span().start() <= span.start()) {
        found = p;
      } else {
        break;
      }
    }
    return Optional.ofNullable(found != null ? found : pages.isEmpty() ? null : pages.get(0));
  }

  /**
   * The rectangles that hold a span's text, one per line it covers (on each page it covers), top to
   * bottom. Empty for an empty span or text PDFBox gave no positions for.
   */
  public List<PdfBox> boxesOf(TextSpan span) {
    Objects.requireNonNull(span, "span");
    List<PdfBox> boxes = new ArrayList<>();
    int n = runs.start().length;
    // First run ending after the span's start: runs are in output order, so binary search.
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (runs.end()[mid] <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    float[] b = runs.box();
    for (int i = lo; i < n && runs.start()[i] < span.end(); i++) {
      int page = runs.page()[i];
      float x = b[i * 4];
      float y = b[i * 4 + 1];
      float w = b[i * 4 + 2];
      float h = b[i * 4 + 3];
      PdfBox last = boxes.isEmpty() ? null : boxes.get(boxes.size() - 1);
      if (last != null && last.page() == page && sameLine(last, y, h)) {
        float x0 = Math.min(last.x(), x);
        float y0 = Math.min(last.y(), y);
        float x1 = Math.max(last.x() + last.width(), x + w);
        float y1 = Math.max(last.y() + last.height(), y + h);
        boxes.set(boxes.size() - 1, new PdfBox(page, x0, y0, x1 - x0, y1 - y0));
      } else {
        boxes.add(new PdfBox(page, x, y, w, h));
      }
    }
    return boxes;
  }

  private static boolean sameLine(PdfBox last, float y, float h) {
    float overlap = Math.min(last.y() + last.height(), y + h) - Math.max(last.y(), y);
    return overlap > 0.5f * Math.min(last.height(), h);
  }

  /**
   * The order's JSON tree (contract v1) with the page map added: a top-level {@code pages} array,
   * and on every {@code span} object its {@code page} and the {@code boxes} to highlight.
   */
  public ObjectNode toJson() {
    ObjectMapper mapper = CourtOrderJson.mapper();
    ObjectNode root = mapper.valueToTree(order);
    addPages(root);
    ArrayNode pagesNode = root.putArray("pages");
    for (PdfPage p : pages) {
      ObjectNode page = pagesNode.addObject();
      page.put("number", p.number());
      page.put("start", p.span().start());
      page.put("end", p.span().end());
      page.put("width", p.width());
      page.put("height", p.height());
      page.put("hasText", p.hasText());
    }
    return root;
  }

  private void addPages(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode span = object.get("span");
      if (span instanceof ObjectNode s && s.has("start") && s.has("end")) {
        TextSpan ts = TextSpan.of(s.get("start").asInt(), s.get("end").asInt());
        pageOf(ts).ifPresent(p -> s.put("page", p.number()));
        List<PdfBox> boxes = boxesOf(ts);
        if (!boxes.isEmpty()) {
          ArrayNode arr = s.putArray("boxes");
          for (PdfBox box : boxes) {
            ObjectNode o = arr.addObject();
            o.put("page", box.page());
            o.put("x", round(box.x()));
            o.put("y", round(box.y()));
            o.put("width", round(box.width()));
            o.put("height", round(box.height()));
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("span")) {
          addPages(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(this::addPages);
    }
  }

  /** Points to a tenth: finer than any highlight needs, and JSON stays short. */
  private static double round(float v) {
    return Math.round(v * 10) / 10.0;
  }
}
