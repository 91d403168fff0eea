package org.courtorders.parser.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courtorders.parser.internal.text.TextNormalizer.Line;

/**
 * Puts the two columns of a legal-research printout (Westlaw prints opinions so) back in reading
 * order: on each page, the left column's lines, then the right column's. PDF-to-text conversion
 * keeps the page's geometry, so each printed line holds a piece of both columns side by side, and
 * read across, sentences, captions and signatures come out interleaved.
 *
 * <p>A page is taken for two columns only when its right column is plainly running text: at least
 * {@value #MIN_RIGHT_LINES} lines start at the same column after a gap, and they average {@value
 * #MIN_RIGHT_LENGTH} characters or more. A two-column caption ("Plaintiff, ... Case No. ...") has a
 * short right column and stays as it is. A line whose text crosses the column boundary (a page
 * header or footer across the full width) is left in place, and ends the run of lines re-ordered
 * around it. Pages are delimited by form feeds.
 *
 * <p>The offset map of a re-ordered page is not monotonic: the text layer maps every character to
 * where it came from, and a span that crosses from one column into the other covers both in the
 * original.
 */
final class Columns {
  /** Right-column lines a page needs before it is taken for two columns. */
  static final int MIN_RIGHT_LINES = 10;

  /** The mean length of those lines: running text, not a caption's right cells. */
  static final int MIN_RIGHT_LENGTH = 30;

  /** Letters and marks on a line left of the gutter that make it a line of a left text column. */
  private static final int MIN_LEFT_TEXT = 25;

  /** The columns a right column may start at: past a caption's name block, within a page. */
  private static final int MIN_COLUMN = 35;

  private static final int MAX_COLUMN = 130;

  /** A gap between columns is at least this many blanks. */
  private static final int MIN_GAP = 2;

  /** How far a right column's lines may stray from its start column. */
  private static final int SLACK = 3;

  private Columns() {}

  /**
   * Per column, the lines with text starting there after a gap and their lengths from there: one
   * pair of arrays for all the pages of a text, not a new pair per page (issue 13).
   */
  private static final class Tally {
    final int[] starts = new int[MAX_COLUMN + 2];
    final long[] lengths = new long[MAX_COLUMN + 2];
  }

  /**
   * The lines in reading order, split where a page has two columns. A line of the result may be a
   * piece of an original line; its {@code next} then equals its {@code end}.
   */
  static List<Line> readingOrder(char[] s, List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    Tally tally = new Tally();
    int pageStart = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean pageEnds = i == lines.size() - 1 || line.end() < s.length && s[line.end()] == '\f';
      if (pageEnds) {
        page(s, lines.subList(pageStart, i + 1), out, tally);
        pageStart = i + 1;
      }
    }
    return out;
  }

  private static void page(char[] s, List<Line> lines, List<Line> out, Tally tally) {
    int column = rightColumn(s, lines, tally);
    if (column < 0) {
      out.addAll(lines);
      return;
    }
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    for (Line line : lines) {
      int split = split(s, line, column);
      if (split == CROSSES) {
        flush(s, left, right, out);
        out.add(line);
        continue;
      }
      if (isBlank(s, line.start(), line.end())) {
        left.add(line);
        right.add(line);
        continue;
      }
      if (split == LEFT_ONLY) {
        left.add(line);
        continue;
      }
      int leftEnd = split;
      while (leftEnd > line.start() && isBlank(s[leftEnd - 1])) {
        leftEnd--;
      }
      if (leftEnd > line.start() && !isBlank(s, line.start(), leftEnd)) {
        left.add(new Line(line.start(), leftEnd, leftEnd));
      }
      right.add(new Line(split, line.end(), line.next()));
    }
    flush(s, left, right, out);
  }

  /**
   * Writes a run of lines: the left column, then the right. Blank lines at the foot of the left
   * column and at the head of the right are dropped, since a sentence often runs on from the one
   * into the other.
   */
  private static void flush(char[] s, List<Line> left, List<Line> right, List<Line> out) {
    int leftEnd = left.size();
    while (leftEnd > 0 && isBlank(s, left.get(leftEnd - 1).start(), left.get(leftEnd - 1).end())) {
      leftEnd--;
    }
    int rightStart = 0;
    while (rightStart < right.size()
        && isBlank(s, right.get(rightStart).start(), right.get(rightStart).end())) {
      rightStart++;
    }
    out.addAll(left.subList(0, leftEnd));
    out.addAll(right.subList(rightStart, right.size()));
    left.clear();
    right.clear();
  }

  private static final int CROSSES = -2;
  private static final int LEFT_ONLY = -1;

  /**
   * Where the right column's text starts on {@code line}: the offset, {@link #LEFT_ONLY} when the
   * line's text all lies left of the column, or {@link #CROSSES} when it runs across.
   */
  private static int split(char[] s, Line line, int column) {
    int col = 0;
    int blanks = MIN_GAP; // the line's start counts as a gap
    int lastText = -1;
    for (int i = line.start(); i < line.end(); i++) {
      char c = s[i];
      if (isBlank(c)) {
        blanks++;
      } else {
        if (blanks >= MIN_GAP && Math.abs(col - column) <= SLACK) {
          return i;
        }
        if (col >= column - 1) {
          return lastText < 0 ? i : CROSSES;
        }
        blanks = 0;
        lastText = i;
      }
      col += c == '\t' ? 8 : 1;
    }
    return LEFT_ONLY;
  }

  /**
   * The column a page's right column starts at, or -1 when the page is not set in two columns of
   * running text. Justified single-column text also has gaps of two blanks at scattered columns;
   * what tells two columns apart is the white gutter before the right column, blank on nearly every
   * line that reaches it.
   */
  private static int rightColumn(char[] s, List<Line> lines, Tally tally) {
    int[] starts = tally.starts;
    long[] lengths = tally.lengths;
    Arrays.fill(starts, 0);
    Arrays.fill(lengths, 0);
    for (Line line : lines) {
      int col = 0;
      int blanks = MIN_GAP;
      for (int i = line.start(); i < line.end() && col <= MAX_COLUMN; i++) {
        char c = s[i];
        if (isBlank(c)) {
          blanks++;
        } else {
          if (blanks >= MIN_GAP && col >= MIN_COLUMN) {
            starts[col]++;
            lengths[col] += line.end() - i;
          }
          blanks = 0;
        }
        col += c == '\t' ? 8 : 1;
      }
    }
    int mode = -1;
    for (int c = MIN_COLUMN; c <= MAX_COLUMN; c++) {
      if (mode < 0 || starts[c] > starts[mode]) {
        mode = c;
      }
    }
    int count = 0;
    long total = 0;
    int low = mode;
    for (int d = Math.max(MIN_COLUMN, mode - SLACK); d <= Math.min(MAX_COLUMN, mode + SLACK); d++) {
      count += starts[d];
      total += lengths[d];
      if (d < low && starts[d] >= Math.max(2, starts[mode] / 5)) {
        low = d;
      }
    }
    if (mode < 0 || count < MIN_RIGHT_LINES || total / count < MIN_RIGHT_LENGTH) {
      return -1;
    }
    int reaching = 0;
    int gutter = 0;
    int leftLines = 0;
    for (Line line : lines) {
      int col = 0;
      boolean blankBefore = true;
      boolean reaches = false;
      int leftText = 0;
      for (int i = line.start(); i < line.end(); i++) {
        char c = s[i];
        if (col >= low - 2 && col <= low - 1) {
          reaches = true;
          blankBefore &= isBlank(c);
        } else if (col >= low) {
          break;
        } else if (!isBlank(c)) {
          leftText++;
        }
        col += c == '\t' ? 8 : 1;
      }
      if (reaches) {
        reaching++;
        if (blankBefore) {
          gutter++;
        }
      }
      if (leftText >= MIN_LEFT_TEXT) {
        leftLines++;
      }
    }
    // The left column is running text too: a pleading paper's margin ("United States District
    // Court" printed down the side) beside line numbers and the body is one column, not two.
    return gutter * 100 >= reaching * 85 && leftLines >= MIN_RIGHT_LINES ? mode : -1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  private static boolean isBlank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlank(s[i])) {
        return false;
      }
    }
    return true;
  }
}
