package org.courtorders.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.TextSpan;

/**
 * Undoes what PDF-to-text conversion leaves behind, keeping an offset map to the original:
 *
 * <ul>
 *   <li>PACER stamp lines ("Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2") and
 *       docket-site headers ("Filing 228", "... Doc. 33") are removed and kept as {@link
 *       PageStamp}s;
 *   <li>page-number lines and pleading-paper line-number gutters are removed;
 *   <li>markdown marks ({@code **}, {@code ##}, {@code *emphasis*}, {@code \_}) are removed;
 *   <li>words hyphenated across lines are joined;
 *   <li>smart quotes and dashes, ligatures, non-breaking and other odd spaces, control characters
 *       and form feeds become plain ASCII equivalents;
 *   <li>inside a line, a run of three or more blanks (a column gap in a two-column caption) becomes
 *       one tab; a shorter run one space. Leading and trailing blanks are dropped;
 *   <li>a page printed in two columns of running text (a Westlaw printout) is read left column
 *       first, then right ({@link Columns});
 *   <li>a docket site's PDF text delivered without line breaks gets them back before the letter's,
 *       endorsement's and signature's opening words ({@link Flattened}).
 * </ul>
 *
 * <p>Line breaks stay, as {@code '\n'}. Runs in time linear in the input: every pattern here has
 * bounded repetition and is tried only on lines that contain its cue.
 */
public final class TextNormalizer {

  private static final Pattern STAMP =
      Pattern.compile(
          "Case:?[ \\t]{0,3}(\\d{1,2}:[ ]?\\d{1,2}-?[A-Za-z]{1,4}-?\\d{1,6}(?:-[A-Za-z]{1,5}){0,4}(?:-\\d{1,3})?)"
              + "[ \\t]{1,60}(?:Document|Doc\\.?|Dkt\\.?|ECF[ ]No\\.)[ \\t]{0,3}(?:#:?[ \\t]{0,3})?(\\d{1,6})(?:-\\d{1,3})?"
              // E.D. Mich. puts the page id before the filed date: "ECF No. 31, PageID.410 Filed
              // ..."
              + "(?:,?[ \\t]{1,3}Page[ ]?ID[ \\t]{0,3}[#.:]{0,3}[ \\t]{0,3}\\d{1,7})?"
              + "[ \\t]{1,60}Filed:?[ \\t]{0,3}(\\d{1,2}/\\d{1,2}/\\d{2,4})"
              + "(?:[ \\t]{1,60}(?:Entered on FLSD Docket[ \\t]{1,3}\\d{1,2}/\\d{1,2}/\\d{2,4}))?"
              + "(?:[ \\t]{1,60}Page[ ]?ID[ \\t]{0,3}[#.:]{0,3}[ \\t]{0,3}\\d{1,7})?"
              + "(?:[ \\t]{1,60}Page[ \\t]{0,3}(\\d{1,4})[ \\t]{1,3}of[ \\t]{1,3}(\\d{1,4}))?"
              + "(?:[ \\t]{1,60}Page[ ]?ID[ \\t]{0,3}[#.:]{0,3}[ \\t]{0,3}\\d{1,7})?");

  /**
   * A stamp that OCR or a narrow page broke over two lines: "Case 1:08-cr-00365-SAS Document 82" /
   * "Filed 03/21/12 Page 1 of 2". Each half is a whole line.
   */
  private static final Pattern STAMP_HEAD =
      Pattern.compile(
          "[ \\t]*Case:?[ \\t]{0,3}(\\d{1,2}:[ ]?\\d{1,2}-?[A-Za-z]{1,4}-?\\d{1,6}(?:-[A-Za-z]{1,5}){0,4}(?:-\\d{1,3})?)"
              + "[ \\t]{1,60}(?:Document|Doc\\.?|Dkt\\.?|ECF[ ]No\\.)[ \\t]{0,3}(?:#:?[ \\t]{0,3})?(\\d{1,6})(?:-\\d{1,3})?[ \\t]*");

  private static final Pattern STAMP_TAIL =
      Pattern.compile(
          "[ \\t]*Filed:?[ \\t]{0,3}(\\d{1,2}/\\d{1,2}/\\d{2,4})(?:[ \\t]{1,60}Page[ \\t]{0,3}(\\d{1,4})[ \\t]{1,3}of[ \\t]{1,3}(\\d{1,4}))?"
              + "(?:[ \\t]{1,60}Page[ ]?ID[ \\t]{0,3}[#.:]{0,3}[ \\t]{0,3}\\d{1,7})?[ \\t]*");

  /**
   * A docket site's header line ending in the document's own number: "Foo v. Bar Doc. 33", what
   * {@code [ \t]{4,}Doc\.[ ]?(\d{1,6})[ \t]*$} finds in a line. Read from the line's end: as a
   * regular expression tried from every blank, a line of "Doc." and 400 000 blanks took a minute
   * (issue #13).
   *
   * @return {match start, number start, number end} (the match ends at {@code to}), or null
   */
  static int[] headerDoc(String s, int from, int to) {
    int e = to;
    while (e > from && isSpaceOrTab(s.charAt(e - 1))) {
      e--;
    }
    int d = e;
    while (d > from && s.charAt(d - 1) >= '0' && s.charAt(d - 1) <= '9') {
      d--;
    }
    if (d == e || e - d > 6) {
      return null;
    }
    int doc =
        s.startsWith("Doc.", d - 4) && d - 4 >= from
            ? d - 4
            : s.startsWith("Doc. ", d - 5) && d - 5 >= from ? d - 5 : -1;
    if (doc < 0) {
      return null;
    }
    int b = doc;
    while (b > from && isSpaceOrTab(s.charAt(b - 1))) {
      b--;
    }
    return doc - b >= 4 ? new int[] {b, d, e} : null;
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  /** A docket site's "Filing 228" line. */
  private static final Pattern FILING_LINE =
      Pattern.compile("[ \\t]*Filing[ \\t]{1,3}(\\d{1,6})[ \\t]*");

  private static final Pattern PAGE_NUMBER_LINE =
      Pattern.compile(
          "[ \\t]*(?:-[ ]?\\d{1,3}[ ]?-|\\d{1,3}|Page[ ]\\d{1,4}[ ]of[ ]\\d{1,4}|\\d{1,3}[ ]of[ ]\\d{1,3})[ \\t]*");

  private static final Pattern GUTTER = Pattern.compile("[ \\t]{0,60}(\\d{1,2})(?=[ \\t]|$)");

  private TextNormalizer() {}

  /** Normalizes {@code original}; never throws on content. */
  public static NormalizedText normalize(String original) {
    List<Line> physical = splitLines(original);
    boolean gutters = hasLineNumberGutter(original, physical);
    List<Line> lines = Columns.readingOrder(original, physical);
    List<PageStamp> stamps = new ArrayList<>();
    Out out = new Out(original);
    Matcher gutter = GUTTER.matcher(original);
    Matcher pageNumberLine = PAGE_NUMBER_LINE.matcher(original);

    int stampTail = -1; // the "Filed ... Page 1 of 2" line of a stamp broken over two lines
    for (int li = 0; li < lines.size(); li++) {
      Line line = lines.get(li);
      int from = line.start;
      int to = line.end;
      List<int[]> cuts = new ArrayList<>();

      if (gutters) {
        Matcher g = gutter.region(from, to);
        if (g.lookingAt()) {
          int n = Integer.parseInt(g.group(1));
          if (n >= 1 && n <= 50) {
            from = g.end();
          }
        }
      }
      if (li == stampTail) {
        cuts.add(new int[] {from, to});
      }
      if (containsWord(original, from, to, "Case")) {
        Matcher m = STAMP.matcher(original).region(from, to);
        while (m.find()) {
          stamps.add(stamp(m));
          cuts.add(new int[] {m.start(), m.end()});
        }
        Matcher head = STAMP_HEAD.matcher(original).region(from, to);
        if (cuts.isEmpty() && to - from < 200 && head.matches()) {
          for (int k = li + 1; k < lines.size() && k <= li + 2; k++) {
            Line next = lines.get(k);
            Matcher tail = STAMP_TAIL.matcher(original).region(next.start, next.end);
            if (next.end - next.start < 200 && tail.matches()) {
              stamps.add(
                  new PageStamp(
                      TextSpan.of(head.start(), tail.end()),
                      head.group(1),
                      TextSpan.of(head.start(1), head.end(1)),
                      Optional.of(Integer.parseInt(head.group(2))),
                      Optional.of(tail.group(1)),
                      Optional.ofNullable(tail.group(2)).map(Integer::parseInt),
                      Optional.ofNullable(tail.group(3)).map(Integer::parseInt)));
              cuts.add(new int[] {from, to});
              stampTail = k;
              break;
            }
            if (!isBlank(original, next.start, next.end)) {
              break;
            }
          }
        }
      }
      if (li < 3 && containsWord(original, from, to, "Doc.")) {
        int[] m = headerDoc(original, from, to);
        if (m != null) {
          stamps.add(
              new PageStamp(
                  TextSpan.of(m[0], to),
                  "",
                  TextSpan.of(m[0], m[0]),
                  Optional.of(Integer.parseInt(original, m[1], m[2], 10)),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
          cuts.add(new int[] {m[0], to});
        }
      }
      if (li < 6 && FILING_LINE.matcher(original).region(from, to).matches()) {
        Matcher m = FILING_LINE.matcher(original).region(from, to);
        m.matches();
        stamps.add(
            new PageStamp(
                TextSpan.of(from, to),
                "",
                TextSpan.of(from, from),
                Optional.of(Integer.parseInt(m.group(1))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
        cuts.add(new int[] {from, to});
      }
      boolean blankAfterCuts = isBlankOutside(original, from, to, cuts);
      boolean pageNumber =
          cuts.isEmpty() && !blankAfterCuts && pageNumberLine.region(from, to).matches();
      if (pageNumber || (!cuts.isEmpty() && blankAfterCuts)) {
        continue; // the whole line goes, terminator included
      }
      out.line(from, to, cuts, Flattened.breaks(original, from, to));
      if (li + 1 < lines.size()) {
        if (out.endsWithSplitWord() && nextStartsLowercase(original, lines.get(li + 1), gutters)) {
          out.dropLastHyphen();
          out.joinNext = true;
        } else {
          out.newline(line.end, line.next);
        }
      }
    }
    return out.build(stamps);
  }

  private static PageStamp stamp(Matcher m) {
    return new PageStamp(
        TextSpan.of(m.start(), m.end()),
        m.group(1),
        TextSpan.of(m.start(1), m.end(1)),
        Optional.of(Integer.parseInt(m.group(2))),
        Optional.of(m.group(3)),
        Optional.ofNullable(m.group(4)).map(Integer::parseInt),
        Optional.ofNullable(m.group(5)).map(Integer::parseInt));
  }

  /**
   * Searches only {@code [from, to)}: {@code indexOf} would run on to the end of the input for
   * every line.
   */
  private static boolean containsWord(String s, int from, int to, String word) {
    char first = word.charAt(0);
    for (int i = from, last = to - word.length(); i <= last; i++) {
      if (s.charAt(i) == first && s.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlankOutside(String s, int from, int to, List<int[]> cuts) {
    int i = from;
    for (int[] cut : cuts) {
      if (!isBlank(s, i, cut[0])) {
        return false;
      }
      i = cut[1];
    }
    return isBlank(s, i, to);
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlankChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBlankChar(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || (c < 0x20 && c != '\n' && c != '\r')
        || c == '\u007F';
  }

  private static boolean nextStartsLowercase(String s, Line next, boolean gutters) {
    int i = next.start;
    if (gutters) {
      Matcher g = GUTTER.matcher(s).region(next.start, next.end);
      if (g.lookingAt()) {
        i = g.end();
      }
    }
    while (i < next.end && isBlankChar(s.charAt(i))) {
      i++;
    }
    return i < next.end && Character.isLowerCase(s.charAt(i));
  }

  /**
   * Pleading paper numbers its lines 1 to 28 down the left margin. The gutter is there when many
   * lines start with a small number followed by a gap, and they mostly count upward.
   */
  private static boolean hasLineNumberGutter(String s, List<Line> lines) {
    int hits = 0;
    int rising = 0;
    int last = -1;
    Matcher gutter = GUTTER.matcher(s);
    for (Line line : lines) {
      Matcher g = gutter.region(line.start, line.end);
      if (g.lookingAt()) {
        int n = Integer.parseInt(g.group(1));
        hits++;
        if (n == last + 1 || (n == 1 && last >= 1)) {
          rising++;
        }
        last = n;
      }
    }
    return hits >= 8 && rising * 10 >= hits * 7;
  }

  private static List<Line> splitLines(String s) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n'
          || c == '\r'
          || c == '\f'
          || c == '\u000B'
          || c == '\u2028'
          || c == '\u2029'
          || c == '\u0085') {
        int next = (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') ? i + 2 : i + 1;
        lines.add(new Line(start, i, next));
        start = next;
        i = next - 1;
      }
    }
    lines.add(new Line(start, n, n));
    return lines;
  }

  /** A line of the original: its text {@code [start, end)} and where the next line starts. */
  record Line(int start, int end, int next) {}

  /** The growing normalized text and its two offset arrays. */
  private static final class Out {
    private final String src;
    private final StringBuilder sb;
    private int[] starts;
    private int[] ends;
    boolean joinNext;
    private int pendingBlankStart = -1;
    private int pendingBlankEnd;
    private int pendingBlankLen;

    Out(String src) {
      this.src = src;
      this.sb = new StringBuilder(src.length());
      this.starts = new int[Math.max(16, src.length())];
      this.ends = new int[starts.length];
    }

    void emit(char c, int os, int oe) {
      int i = sb.length();
      if (i == starts.length) {
        int cap = Math.max(16, i * 2);
        starts = java.util.Arrays.copyOf(starts, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
      }
      sb.append(c);
      starts[i] = os;
      ends[i] = oe;
    }

    void emit(String s, int os, int oe) {
      for (int k = 0; k < s.length(); k++) {
        emit(s.charAt(k), os, oe);
      }
    }

    void newline(int os, int oe) {
      emit('\n', os, Math.max(os + 1, oe));
    }

    boolean endsWithSplitWord() {
      int n = sb.length();
      return n >= 3
          && sb.charAt(n - 1) == '-'
          && Character.isLetter(sb.charAt(n - 2))
          && Character.isLetter(sb.charAt(n - 3));
    }

    void dropLastHyphen() {
      sb.setLength(sb.length() - 1);
    }

    /** Emits one line's content between {@code from} and {@code to}, skipping the cuts. */
    void line(int from, int to, List<int[]> cuts, int[] breaks) {
      this.breaks = breaks;
      this.nextBreak = 0;
      boolean atLineStart = true;
      int cut = 0;
      int i = from;
      pendingBlankStart = -1;
      boolean inHeadingMark = false;
      while (i < to) {
        if (cut < cuts.size() && i == cuts.get(cut)[0]) {
          i = cuts.get(cut)[1];
          cut++;
          continue;
        }
        char c = src.charAt(i);
        if (isBlankChar(c)) {
          if (pendingBlankStart < 0) {
            pendingBlankStart = i;
            pendingBlankLen = 0;
          }
          pendingBlankLen += c == '\t' ? 4 : 1;
          pendingBlankEnd = i + 1;
          i++;
          continue;
        }
        // Drop invisible characters outright.
        if (c == '\u200B'
            || c == '\u200C'
            || c == '\u200D'
            || c == '\uFEFF'
            || c == '\u00AD'
            || c == '\u2060') {
          i++;
          continue;
        }
        if (atLineStart) {
          joinNext = false;
          // Markdown heading marks: "## TITLE".
          int j = i;
          while (j < to && j - i < 6 && src.charAt(j) == '#') {
            j++;
          }
          if (j > i && (j == to || isBlankChar(src.charAt(j)))) {
            i = j;
            pendingBlankStart = -1;
            inHeadingMark = true;
            continue;
          }
          pendingBlankStart = -1; // leading blanks go
          atLineStart = false;
        }
        // Markdown strong marks "**" and "__" adjoining text.
        if ((c == '*' && i + 1 < to && src.charAt(i + 1) == '*')) {
          i += 2;
          continue;
        }
        if (c == '*' && isEmphasisMark(i, from, to)) {
          i++;
          continue;
        }
        if (c == '\\' && i + 1 < to && "_*#[]()-.!`>+".indexOf(src.charAt(i + 1)) >= 0) {
          i++;
          continue;
        }
        flushBlank(i);
        int cp = c;
        int width = 1;
        if (Character.isHighSurrogate(c)
            && i + 1 < to
            && Character.isLowSurrogate(src.charAt(i + 1))) {
          width = 2;
          cp = src.codePointAt(i);
        }
        String repl = replacement(cp);
        if (repl == null) {
          for (int k = 0; k < width; k++) {
            emit(src.charAt(i + k), i + k, i + k + 1);
          }
        } else {
          emit(repl, i, i + width);
        }
        i += width;
      }
      pendingBlankStart = -1; // trailing blanks go
      if (inHeadingMark && atLineStart) {
        // a line that held only heading marks: nothing to emit
        return;
      }
    }

    private boolean isEmphasisMark(int i, int from, int to) {
      char prev = i > from ? src.charAt(i - 1) : ' ';
      char next = i + 1 < to ? src.charAt(i + 1) : ' ';
      boolean prevOpen = isBlankChar(prev) || "([{\"'\u201C\u2018".indexOf(prev) >= 0;
      boolean nextClose = isBlankChar(next) || ".,;:!?)]}\"'\u201D\u2019".indexOf(next) >= 0;
      if (isBlankChar(prev) && next >= '0' && next <= '9') {
        return false; // "at *10": a Westlaw or Lexis star page, not emphasis
      }
      return (prevOpen && !isBlankChar(next)) || (!isBlankChar(prev) && nextClose);
    }

    /** Offsets where a flattened line gets its line breaks back ({@link Flattened}). */
    private int[] breaks = Flattened.NONE;

    private int nextBreak;

    /** Writes the blanks before the character at {@code next}: a tab, a space or a line break. */
    private void flushBlank(int next) {
      while (nextBreak < breaks.length && breaks[nextBreak] < next) {
        nextBreak++;
      }
      if (pendingBlankStart >= 0) {
        char blank =
            nextBreak < breaks.length && breaks[nextBreak] == next
                ? '\n'
                : pendingBlankLen >= 3 ? '\t' : ' ';
        emit(blank, pendingBlankStart, pendingBlankEnd);
        pendingBlankStart = -1;
      }
    }

    NormalizedText build(List<PageStamp> stamps) {
      return new NormalizedText(src, sb.toString(), starts, ends, stamps);
    }
  }

  /** The ASCII form of a character PDF extraction produces, or null to keep it as is. */
  static String replacement(int cp) {
    switch (cp) {
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u2032':
      case '\u00B4':
        return "'";
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2033':
        return "\"";
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2212':
      case '\uFE63':
      case '\uFF0D':
        return "-";
      case '\u2014':
      case '\u2015':
        return "--";
      case '\u2026':
        return "...";
      case '\uFB00':
        return "ff";
      case '\uFB01':
        return "fi";
      case '\uFB02':
        return "fl";
      case '\uFB03':
        return "ffi";
      case '\uFB04':
        return "ffl";
      case '\uFB05':
      case '\uFB06':
        return "st";
      case 0:
        return " ";
      default:
        return null;
    }
  }
}
