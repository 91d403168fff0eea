package org.courtorders.parser.internal.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.date.PeriodMention;
import org.courtorders.parser.internal.date.PeriodRecognizer;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.PageStamp;
import org.courtorders.parser.internal.text.TextNormalizer;

/**
 * What the front half of the parser makes of an input, once, for every reader: the normalized text,
 * its layout, its tokens, the court's own text as clauses, and the mentions readers share (the
 * dates and periods of each clause). Immutable once built (periods are computed on first use and
 * kept); one per parse.
 *
 * <p>Every offset a reader sees or gives back is normalized. A reader never maps an offset to the
 * original input: {@link #span(int, int)} only wraps a normalized range, and the assembler maps
 * every range once. {@link #quote(int, int)} reads the original text under a range, for a value
 * that must keep the input's own spelling (an actor as written).
 *
 * <pre>{@code
 * Document doc = Document.of(input);
 * for (Clause c : doc.clauses()) {
 *   for (DateMention m : doc.dates(c)) { ... }
 * }
 * }</pre>
 */
public final class Document {
  private static final DateRecognizer DATES = new DateRecognizer();
  private static final PeriodRecognizer PERIODS = new PeriodRecognizer();

  /** A part of the front half that failed on a range: its name and why. */
  public record Problem(String reader, Throwable failure, int start, int end) {}

  private final NormalizedText normalized;

  /** The normalized text readers read. */
  public final String text;

  /** Lines, caption region, sentences, signature, letter parts. */
  public final Layout layout;

  private final TokenLayer tokens;
  private final List<Clause> clauses;
  private final List<List<DateMention>> dates;
  private final List<List<PeriodMention>> periods;
  private final List<Problem> problems;
  private final int leftMargin;

  private Document(NormalizedText normalized, Layout layout) {
    this.normalized = normalized;
    this.text = normalized.text();
    this.layout = layout;
    char[] chars = normalized.chars();
    this.tokens = TokenLayer.of(chars, text.length());
    List<Problem> problems = new ArrayList<>();
    List<Clause> clauses;
    try {
      clauses = List.copyOf(CourtText.clauses(text, chars, layout));
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(new Problem("CourtText", e, 0, 0));
      clauses = List.of();
    }
    this.clauses = clauses;
    List<List<DateMention>> ds = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      try {
        ds.add(List.copyOf(DATES.find(text, c.start(), c.end())));
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(new Problem("DateRecognizer", e, c.sentenceStart(), c.sentenceEnd()));
        ds.add(List.of());
      }
    }
    this.dates = Collections.unmodifiableList(ds);
    this.periods = new ArrayList<>(Collections.nCopies(clauses.size(), null));
    this.problems = problems;
    this.leftMargin = leftMargin(chars, layout, normalized);
  }

  /** Normalizes and segments {@code input} and computes what readers share. */
  public static Document of(String input) {
    NormalizedText normalized = TextNormalizer.normalize(input);
    return new Document(
        normalized, Segmenter.standard().segment(normalized.text(), normalized.chars()));
  }

  /**
   * The text layer: the normalized text with its map to the input. For the assembler and the
   * citation layer.
   */
  public NormalizedText normalized() {
    return normalized;
  }

  /**
   * The page stamps the text layer took out of the text, each parsed; their spans are input
   * offsets.
   */
  public List<PageStamp> stamps() {
    return normalized.stamps();
  }

  public TokenLayer tokens() {
    return tokens;
  }

  /**
   * The court's own text (all of an order; the endorsement of a letter) as clauses, in reading
   * order.
   */
  public List<Clause> clauses() {
    return clauses;
  }

  /** The dates written in clause {@code c} (one of {@link #clauses()}), scanned once. */
  public List<DateMention> dates(Clause c) {
    int i = index(c);
    return i < 0 ? DATES.find(text, c.start(), c.end()) : dates.get(i);
  }

  /**
   * The periods ("within 14 days of this Order") in clause {@code c}, scanned once, on first use.
   */
  public List<PeriodMention> periods(Clause c) {
    int i = index(c);
    if (i < 0) {
      return PERIODS.find(text, c.start(), c.end());
    }
    List<PeriodMention> p = periods.get(i);
    if (p == null) {
      p = List.copyOf(PERIODS.find(text, c.start(), c.end()));
      periods.set(i, p);
    }
    return p;
  }

  /** Failures of the front half (a clause's date scan), each costing only its clause. */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  private int index(Clause c) {
    int lo = 0;
    int hi = clauses.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Clause m = clauses.get(mid);
      if (m.start() < c.start()) {
        lo = mid + 1;
      } else if (m.start() > c.start()) {
        hi = mid - 1;
      } else {
        return m.equals(c) ? mid : -1;
      }
    }
    return -1;
  }

  /**
   * The normalized range {@code [start, end)} as a span, still normalized: the assembler maps every
   * span of the finished order to the input at once.
   */
  public TextSpan span(int start, int end) {
    return TextSpan.of(start, end);
  }

  public TextSpan span(Range range) {
    return TextSpan.of(range.start(), range.end());
  }

  /** The input's own text under a normalized range, for values that keep its spelling. */
  public String quote(int start, int end) {
    return normalized.originalSlice(start, end);
  }

  /**
   * The document's left margin: the column most lines of text start at (the 20th percentile of
   * first-character columns), so a pleading-paper gutter or a deep indent of the whole page does
   * not look like a right column.
   */
  public int leftMargin() {
    return leftMargin;
  }

  /** The column of {@code offset} counted from the document's left margin, never negative. */
  public int indent(int offset) {
    return Math.max(0, column(offset) - leftMargin);
  }

  /**
   * The column in the ORIGINAL text where normalized offset {@code offset} sits: the number of
   * characters since the original line's start, tabs counted as 8. Two-column captions are told
   * apart by it, since the text layer drops the blanks that indent a right column.
   */
  public int column(int offset) {
    return column(normalized, offset);
  }

  private static int column(NormalizedText normalized, int offset) {
    String original = normalized.original();
    int at = normalized.originalStart(offset);
    int col = 0;
    for (int i = at - 1; i >= 0; i--) {
      char c = original.charAt(i);
      if (c == '\n' || c == '\r' || c == '\f') {
        break;
      }
      col += c == '\t' ? 8 : 1;
      if (col > 400) {
        break;
      }
    }
    return col;
  }

  private static int leftMargin(char[] text, Layout layout, NormalizedText normalized) {
    List<Range> lines = layout.lines();
    int[] cols = new int[lines.size()];
    int n = 0;
    for (Range line : lines) {
      int i = line.start();
      while (i < line.end() && (text[i] == ' ' || text[i] == '\t')) {
        i++;
      }
      if (i < line.end()) {
        cols[n++] = column(normalized, i);
      }
    }
    Arrays.sort(cols, 0, n);
    return n == 0 ? 0 : cols[n / 5];
  }
}
