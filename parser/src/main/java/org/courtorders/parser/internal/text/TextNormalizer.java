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
   * {@code [ \t]{4,}Doc\.[ ]?(\d{1,6})[ \t]*$} finds in a line, or (when {@code alone}, a line
   * under the site's title) a line of "Doc. 76" alone. Read from the line's end: as a regular
   * expression tried from every blank, a line of "Doc." and 400 000 blanks took a minute (issue
   * #13).
   *
   * @return {match start, number start, number end} (the match ends at {@code to}), or null
   */
  static int[] headerDoc(String s, int from, int to, boolean alone) {
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
    // after four blanks ("Foo v. Bar    Doc. 33") or alone on its line ("Doc. 76" under the title)
    return doc - b >= 4 || alone && b == from ? new int[] {b, d, e} : null;
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  /** A docket site's "Filing 228" line. */
  static final Pattern FILING_LINE = Pattern.compile("[ \\t]*Filing[ \\t]{1,3}(\\d{1,6})[ \\t]*");

  static final Pattern PAGE_NUMBER_LINE =
      Pattern.compile(
          "[ \\t]*(?:-[ ]?\\d{1,3}[ ]?-|\\d{1,3}|Page[ ]\\d{1,4}[ ]of[ ]\\d{1,4}|\\d{1,3}[ ]of[ ]\\d{1,3})[ \\t]*");

  static final Pattern GUTTER = Pattern.compile("[ \\t]{0,60}(\\d{1,2})(?=[ \\t]|$)");

  private TextNormalizer() {}

  /** Normalizes {@code original}; never throws on content. */
  public static NormalizedText normalize(String original) {
    // Every per-character loop here reads this array, not the String: String.charAt checks the
    // index and the string's coder on each call, which was the largest self time of the text layer.
    char[] chars = original.toCharArray();
    List<Line> physical = splitLines(chars);
    boolean gutters = hasLineNumberGutter(chars, physical);
    List<Line> lines = Columns.readingOrder(chars, physical);
    List<PageStamp> stamps = new ArrayList<>();
    Out out = new Out(original, chars);
    Matcher pageNumberLine = PAGE_NUMBER_LINE.matcher(original);

    int stampTail = -1; // the "Filed ... Page 1 of 2" line of a stamp broken over two lines
    for (int li = 0; li < lines.size(); li++) {
      Line line = lines.get(li);
      int from = line.start;
      int to = line.end;
      List<int[]> cuts = NO_CUTS;

      if (gutters) {
        int g = gutterEnd(chars, from, to);
        if (g >= 0) {
          int n = gutterNumber(chars, from, g);
          if (n >= 1 && n <= 50) {
            from = g;
          }
        }
      }
      if (li == stampTail) {
        cuts = add(cuts, new int[] {from, to});
      }
      if (containsWord(chars, from, to, "Case")) {
        Matcher m = STAMP.matcher(original).region(from, to);
        while (m.find()) {
          stamps.add(stamp(m));
          cuts = add(cuts, new int[] {m.start(), m.end()});
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
              cuts = add(cuts, new int[] {from, to});
              stampTail = k;
              break;
            }
            if (!isBlank(chars, next.start, next.end)) {
              break;
            }
          }
        }
      }
      if (li < 3 && containsWord(chars, from, to, "Doc.")) {
        int[] m = headerDoc(original, from, to, li > 0); // alone: under the site's title
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
          cuts = add(cuts, new int[] {m[0], to});
        }
      }
      if (li < 6
          && startsAfterBlanks(chars, from, to, 'F')
          && FILING_LINE.matcher(original).region(from, to).matches()) {
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
        cuts = add(cuts, new int[] {from, to});
      }
      boolean blankAfterCuts = isBlankOutside(chars, from, to, cuts);
      boolean pageNumber =
          cuts.isEmpty()
              && !blankAfterCuts
              && mayBePageNumber(chars, from, to)
              && pageNumberLine.region(from, to).matches();
      if (pageNumber || (!cuts.isEmpty() && blankAfterCuts)) {
        continue; // the whole line goes, terminator included
      }
      out.line(from, to, cuts, Flattened.breaks(original, chars, from, to));
      if (li + 1 < lines.size()) {
        if (out.endsWithSplitWord() && nextStartsLowercase(chars, lines.get(li + 1), gutters)) {
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
  private static boolean containsWord(char[] s, int from, int to, String word) {
    char first = word.charAt(0);
    for (int i = from, last = to - word.length(); i <= last; i++) {
      if (s[i] == first && startsWith(s, i, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] s, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (s[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static final List<int[]> NO_CUTS = List.of();

  private static List<int[]> add(List<int[]> cuts, int[] cut) {
    List<int[]> out = cuts == NO_CUTS ? new ArrayList<>(2) : cuts;
    out.add(cut);
    return out;
  }

  /** Whether the first character of {@code [from, to)} after spaces and tabs is {@code c}. */
  private static boolean startsAfterBlanks(char[] s, int from, int to, char c) {
    int i = from;
    while (i < to && isSpaceOrTab(s[i])) {
      i++;
    }
    return i < to && s[i] == c;
  }

  /**
   * What a line must be for {@link #PAGE_NUMBER_LINE} to match it, checked before the pattern is
   * tried: without its outer blanks, at most 17 characters ("Page 9999 of 9999") starting with a
   * digit, a dash or "P".
   */
  static boolean mayBePageNumber(char[] s, int from, int to) {
    int a = from;
    while (a < to && isSpaceOrTab(s[a])) {
      a++;
    }
    int b = to;
    while (b > a && isSpaceOrTab(s[b - 1])) {
      b--;
    }
    if (b == a || b - a > 17) {
      return false;
    }
    char c = s[a];
    return (c >= '0' && c <= '9') || c == '-' || c == 'P';
  }

  /**
   * Where what {@link #GUTTER} finds at the start of {@code [from, to)} ends (after a line number
   * of one or two digits, up to 60 blanks in), or -1: the pattern read by hand, since it is asked
   * of every line.
   */
  static int gutterEnd(char[] s, int from, int to) {
    int i = from;
    while (i < to && isSpaceOrTab(s[i])) {
      if (i - from == 60) {
        return -1;
      }
      i++;
    }
    int d = i;
    while (i < to && i - d < 2 && s[i] >= '0' && s[i] <= '9') {
      i++;
    }
    if (i == d || (i < to && !isSpaceOrTab(s[i]))) {
      return -1;
    }
    return i;
  }

  /**
   * The number that ends at {@code end}, a {@link #gutterEnd} of a line starting at {@code from}.
   */
  static int gutterNumber(char[] s, int from, int end) {
    int n = s[end - 1] - '0';
    if (end - 2 >= from && s[end - 2] >= '0' && s[end - 2] <= '9') {
      n += 10 * (s[end - 2] - '0');
    }
    return n;
  }

  private static boolean isBlankOutside(char[] s, int from, int to, List<int[]> cuts) {
    int i = from;
    for (int k = 0; k < cuts.size(); k++) { // no iterator per line (issue 13)
      int[] cut = cuts.get(k);
      if (!isBlank(s, i, cut[0])) {
        return false;
      }
      i = cut[1];
    }
    return isBlank(s, i, to);
  }

  private static boolean isBlank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlankChar(s[i])) {
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

  private static boolean nextStartsLowercase(char[] s, Line next, boolean gutters) {
    int i = next.start;
    if (gutters) {
      int g = gutterEnd(s, next.start, next.end);
      if (g >= 0) {
        i = g;
      }
    }
    while (i < next.end && isBlankChar(s[i])) {
      i++;
    }
    return i < next.end && Character.isLowerCase(s[i]);
  }

  /**
   * Pleading paper numbers its lines 1 to 28 down the left margin. The gutter is there when many
   * lines start with a small number followed by a gap, and they mostly count upward.
   */
  private static boolean hasLineNumberGutter(char[] s, List<Line> lines) {
    int hits = 0;
    int rising = 0;
    int last = -1;
    for (Line line : lines) {
      int g = gutterEnd(s, line.start, line.end);
      if (g >= 0) {
        int n = gutterNumber(s, line.start, g);
        hits++;
        if (n == last + 1 || (n == 1 && last >= 1)) {
          rising++;
        }
        last = n;
      }
    }
    return hits >= 8 && rising * 10 >= hits * 7;
  }

  private static List<Line> splitLines(char[] s) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = s.length;
    for (int i = 0; i < n; i++) {
      char c = s[i];
      if (c > '\r' && c < '\u0085') {
        continue;
      }
      if (c == '\n'
          || c == '\r'
          || c == '\f'
          || c == '\u000B'
          || c == '\u2028'
          || c == '\u2029'
          || c == '\u0085') {
        int next = (c == '\r' && i + 1 < n && s[i + 1] == '\n') ? i + 2 : i + 1;
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
    private final String original;
    private final char[] src;
    private char[] out;
    private int length;
    private int[] starts;

    /** The characters whose original range is not one character long: see NormalizedText.Wide. */
    private int[] wideAt = new int[16];

    private int[] wideEnd = new int[16];
    private int wideCount;
    boolean joinNext;
    private int pendingBlankStart = -1;
    private int pendingBlankEnd;
    private int pendingBlankLen;

    Out(String original, char[] src) {
      this.original = original;
      this.src = src;
      int cap = Math.max(16, src.length);
      this.out = new char[cap];
      this.starts = new int[cap];
    }

    void emit(char c, int os, int oe) {
      int i = length;
      if (i == starts.length) {
        int cap = Math.max(16, i * 2);
        out = java.util.Arrays.copyOf(out, cap);
        starts = java.util.Arrays.copyOf(starts, cap);
      }
      out[i] = c;
      starts[i] = os;
      while (wideCount > 0 && wideAt[wideCount - 1] >= i) {
        wideCount--; // written over after dropLastHyphen
      }
      if (oe != os + 1) {
        if (wideCount == wideAt.length) {
          wideAt = java.util.Arrays.copyOf(wideAt, wideCount * 2);
          wideEnd = java.util.Arrays.copyOf(wideEnd, wideCount * 2);
        }
        wideAt[wideCount] = i;
        wideEnd[wideCount] = oe;
        wideCount++;
      }
      length = i + 1;
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
      int n = length;
      return n >= 3
          && out[n - 1] == '-'
          && Character.isLetter(out[n - 2])
          && Character.isLetter(out[n - 3]);
    }

    void dropLastHyphen() {
      length--;
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
        char c = src[i];
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
          while (j < to && j - i < 6 && src[j] == '#') {
            j++;
          }
          if (j > i && (j == to || isBlankChar(src[j]))) {
            i = j;
            pendingBlankStart = -1;
            inHeadingMark = true;
            continue;
          }
          pendingBlankStart = -1; // leading blanks go
          atLineStart = false;
        }
        // Markdown strong marks "**" and "__" adjoining text.
        if ((c == '*' && i + 1 < to && src[i + 1] == '*')) {
          i += 2;
          continue;
        }
        if (c == '*' && isEmphasisMark(i, from, to)) {
          i++;
          continue;
        }
        if (c == '\\' && i + 1 < to && "_*#[]()-.!`>+".indexOf(src[i + 1]) >= 0) {
          i++;
          continue;
        }
        flushBlank(i);
        if (c > ' ' && c < 0x7F && c != '*' && c != '\\') {
          // A run of plain ASCII characters maps one to one: copy it without the checks above,
          // up to the next blank, mark or cut.
          int limit = to;
          if (cut < cuts.size() && cuts.get(cut)[0] > i) {
            limit = Math.min(limit, cuts.get(cut)[0]);
          }
          i = plainRun(i, limit);
          continue;
        }
        int cp = c;
        int width = 1;
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(src[i + 1])) {
          width = 2;
          cp = Character.toCodePoint(c, src[i + 1]);
        }
        String repl = replacement(cp);
        if (repl == null) {
          for (int k = 0; k < width; k++) {
            emit(src[i + k], i + k, i + k + 1);
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

    /** Copies plain ASCII characters from {@code i} (one at least) up to {@code limit}. */
    private int plainRun(int i, int limit) {
      int j = i;
      int n = length;
      if (n + (limit - i) > starts.length) {
        grow(n + (limit - i));
      }
      char[] o = out;
      int[] s = starts;
      while (wideCount > 0 && wideAt[wideCount - 1] >= n) {
        wideCount--; // written over after dropLastHyphen
      }
      do {
        char c = src[j];
        if (c <= ' ' || c >= 0x7F || c == '*' || c == '\\') {
          break;
        }
        o[n] = c;
        s[n] = j;
        n++;
        j++;
      } while (j < limit);
      length = n;
      return j;
    }

    private void grow(int min) {
      int cap = Math.max(Math.max(16, starts.length * 2), min);
      out = java.util.Arrays.copyOf(out, cap);
      starts = java.util.Arrays.copyOf(starts, cap);
    }

    private boolean isEmphasisMark(int i, int from, int to) {
      char prev = i > from ? src[i - 1] : ' ';
      char next = i + 1 < to ? src[i + 1] : ' ';
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
      while (wideCount > 0 && wideAt[wideCount - 1] >= length) {
        wideCount--; // dropped by dropLastHyphen
      }
      NormalizedText.Wide wide =
          new NormalizedText.Wide(
              java.util.Arrays.copyOf(wideAt, wideCount),
              java.util.Arrays.copyOf(wideEnd, wideCount));
      return new NormalizedText(original, new String(out, 0, length), out, starts, wide, stamps);
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
