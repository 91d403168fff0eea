package org.courtorders.parser.internal.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.courtorders.parser.internal.DataFiles;
import org.courtorders.parser.internal.FoldedKeys;

/**
 * Splits a normalized order into lines, the caption header, body sentences, the signature block,
 * and for a letter its parts and the judge's endorsement. One pass over the text per step; no
 * regular expressions over free text.
 *
 * <pre>{@code
 * Layout layout = Segmenter.standard().segment(normalized.text());
 * for (Range s : layout.sentences()) System.out.println(s.of(normalized.text()));
 * }</pre>
 */
public final class Segmenter {
  private static final Segmenter STANDARD = new Segmenter(loadAbbreviations());

  /** Lower-case words that case names use, which do not make a line prose. */
  private static final Set<String> CAPTION_WORDS =
      Set.of("of", "the", "and", "v.", "v", "vs.", "de", "la", "et", "al.", "al", "&");

  /** Lines scanned for the header before giving up on finding prose. */
  private static final int MAX_HEADER_LINES = 80;

  /** Lower case, looked up in place: no lower-case copy of each word before a period (issue 13). */
  private final FoldedKeys<String> abbreviations;

  /** The longest abbreviation's length, at least the longest initials' (5). */
  private final int maxAbbreviation;

  private Segmenter(Set<String> abbreviations) {
    this.abbreviations = FoldedKeys.of(abbreviations);
    this.maxAbbreviation =
        Math.max(5, abbreviations.stream().mapToInt(String::length).max().orElse(0));
  }

  public static Segmenter standard() {
    return STANDARD;
  }

  public Layout segment(String text) {
    return segment(text, text.toCharArray());
  }

  /**
   * As {@link #segment(String)}, with {@code chars} holding the text's characters (it may be
   * longer; only the text's length is read): the per-character loops read the array.
   */
  public Layout segment(String text, char[] chars) {
    List<Range> lines = lines(chars, text.length());
    int headerEnd = headerEnd(text, lines);
    int refLength = referenceLineLength(text, lines);
    List<Range> sentences = sentences(text, chars, lines, headerEnd, refLength);
    Optional<Layout.LetterParts> letter = letter(text, chars, lines, headerEnd);
    Optional<Range> endorsement = letter.flatMap(l -> endorsement(text, lines, l));
    Optional<Range> signature = signature(text, chars, lines);
    return new Layout(lines, new Range(0, headerEnd), sentences, signature, endorsement, letter);
  }

  static List<Range> lines(String text) {
    return lines(text.toCharArray(), text.length());
  }

  private static List<Range> lines(char[] text, int n) {
    List<Range> lines = new ArrayList<>(16 + n / 48);
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (text[i] == '\n') {
        lines.add(new Range(start, i));
        start = i + 1;
      }
    }
    lines.add(new Range(start, n));
    return lines;
  }

  /** Whether a line reads as running prose rather than a caption or heading line. */
  public static boolean isProse(String text, Range line) {
    int words = 0;
    int lower = 0;
    int len = 0;
    int wordStart = -1;
    for (int i = line.start(); i <= line.end(); i++) {
      char c = i < line.end() ? text.charAt(i) : ' ';
      if (c == '\t') {
        return false; // a column gap: caption layout, not prose
      }
      if (c == ' ') {
        if (wordStart >= 0) {
          words++;
          if (Character.isLowerCase(text.charAt(wordStart))
              && !CAPTION_WORDS.contains(text.substring(wordStart, i))) {
            lower++;
          }
          wordStart = -1;
        }
      } else {
        len++;
        if (wordStart < 0) {
          wordStart = i;
        }
      }
    }
    return len >= 40 && words >= 7 && (lower >= 4 || sentenceBreaks(text, line) >= 2);
  }

  /**
   * A short line of the court's voice that opens a list or a schedule ("The Court adopts the
   * following schedule:", "It is ORDERED that:", "Counsel shall:"): a capital first, four or more
   * words, two of them lower-case words that case names do not use, ending in a colon right after a
   * letter. Caption lines end in a comma or a role label, and a letter's "Dear Judge Roe:" has no
   * lower-case words, so the text after such a line is the body even when its lines are too short
   * to be prose.
   */
  static boolean isLeadIn(String text, Range line) {
    int end = line.end();
    while (end > line.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - line.start() < 2
        || text.charAt(end - 1) != ':'
        || !Character.isLetter(text.charAt(end - 2))) {
      return false;
    }
    int words = 0;
    int lower = 0;
    int wordStart = -1;
    for (int i = line.start(); i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (c == '\t') {
        return false;
      }
      if (c == ' ' || i == end - 1 && c == ':') {
        if (wordStart >= 0) {
          words++;
          if (Character.isLowerCase(text.charAt(wordStart))
              && !CAPTION_WORDS.contains(text.substring(wordStart, i))) {
            lower++;
          }
          wordStart = -1;
        }
      } else if (wordStart < 0) {
        wordStart = i;
      }
    }
    int first = line.start();
    while (first < end && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    return words >= 4 && lower >= 2 && Character.isUpperCase(text.charAt(first));
  }

  /**
   * Full stops after a word of three or more letters ending in lower case, before a capital: two of
   * them make a line of running text even when it is mostly names ("ORDER denying 221 Letter Motion
   * for Discovery. Application denied. SO ORDERED."). Caption lines have "v." and "al." but not
   * this.
   */
  private static int sentenceBreaks(String text, Range line) {
    int n = 0;
    for (int i = line.start() + 3; i + 2 < line.end(); i++) {
      if (text.charAt(i) == '.'
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && Character.isLowerCase(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i - 2))
          && Character.isLetter(text.charAt(i - 3))) {
        n++;
      }
    }
    return n;
  }

  private static int headerEnd(String text, List<Range> lines) {
    int limit = Math.min(lines.size(), MAX_HEADER_LINES);
    int i = 0;
    while (i < limit) {
      Range line = lines.get(i);
      if ((isProse(text, line) || isLeadIn(text, line)) && !isCaptionDescriptor(text, line)) {
        // A caption label a few lines on ("Plaintiffs," "v.") means this line was part of a
        // party's name; the caption goes on.
        int label = -1;
        for (int k = i + 1; k < Math.min(limit, i + 8); k++) {
          if (isCaptionLabel(text, lines.get(k))) {
            label = k;
          }
        }
        if (label < 0) {
          return line.start();
        }
        i = label + 1;
        continue;
      }
      i++;
    }
    return limit < lines.size() ? lines.get(limit).start() : text.length();
  }

  private static final java.util.regex.Pattern CAPTION_LABEL =
      java.util.regex.Pattern.compile(
          "(?:plaintiffs?|petitioners?|defendants?|respondents?|movants?)[,.;:]?|-?[ ]?(?:against|v\\.?|vs\\.?)[ ]?-?");

  /** The longest text {@link #CAPTION_LABEL} matches ("respondents;"), with room for blanks. */
  private static final int MAX_CAPTION_LABEL = 16;

  private static boolean isCaptionLabel(String text, Range line) {
    int end = line.end();
    int tab = text.indexOf('\t', line.start());
    if (tab >= 0 && tab < end) {
      end = tab;
    }
    int start = line.start();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start > MAX_CAPTION_LABEL) {
      return false;
    }
    return CAPTION_LABEL.matcher(text.substring(start, end).toLowerCase(Locale.ROOT)).matches();
  }

  /** "and on behalf of all others similarly situated," continues a party's name. */
  private static boolean isCaptionDescriptor(String text, Range line) {
    String s = line.of(text).toLowerCase(Locale.ROOT);
    return s.contains("similarly situated")
        || s.startsWith("individually")
        || s.contains("behalf of");
  }

  /**
   * Where the last {@code 1 - fraction} of the document's text begins, measured from its first
   * non-blank character, so blank lines before a document do not move its tail.
   */
  public static int tailStart(String text, double fraction) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start + (int) ((text.length() - start) * fraction);
  }

  /** The length of a full line of running text, to tell short (ending) lines from full ones. */
  private static int referenceLineLength(String text, List<Range> lines) {
    int[] lengths = lines.stream().mapToInt(Range::length).filter(n -> n >= 20).toArray();
    if (lengths.length == 0) {
      return 80;
    }
    Arrays.sort(lengths);
    return lengths[(int) (lengths.length * 0.8)];
  }

  private List<Range> sentences(String text, char[] t, List<Range> lines, int from, int refLength) {
    List<Range> out = new ArrayList<>();
    int start = -1;
    int lineIndex = 0;
    while (lineIndex < lines.size() && lines.get(lineIndex).end() < from) {
      lineIndex++;
    }
    for (; lineIndex < lines.size(); lineIndex++) {
      Range line = lines.get(lineIndex);
      int ls = Math.max(line.start(), from);
      for (int i = ls; i < line.end(); i++) {
        char c = t[i];
        if (start < 0) {
          if (c == ' ' || c == '\t') {
            continue;
          }
          start = i;
        }
        if ((c == '.' || c == '?' || c == '!') && endsSentence(text, t, start, i, line.end())) {
          int end = i + 1;
          while (end < line.end() && (t[end] == '"' || t[end] == '\'' || t[end] == ')')) {
            end++;
          }
          add(out, text, start, end);
          start = -1;
          i = end - 1;
        }
      }
      if (start >= 0 && breaksAfter(t, lines, lineIndex, refLength)) {
        add(out, text, start, line.end());
        start = -1;
      }
    }
    if (start >= 0) {
      add(out, text, start, text.length());
    }
    return out;
  }

  private static void add(List<Range> out, String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Range(start, end));
    }
  }

  /** Whether the period (or ? or !) at {@code dot} ends a sentence. */
  private boolean endsSentence(String text, char[] t, int sentenceStart, int dot, int lineEnd) {
    int j = dot + 1;
    while (j < lineEnd && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) {
      j++;
    }
    if (j < lineEnd && t[j] != ' ' && t[j] != '\t') {
      return false; // "U.S.C", "1.5", "nysd.uscourts.gov"
    }
    if (t[dot] != '.') {
      return true;
    }
    // The token before the period.
    int k = dot;
    while (k > sentenceStart
        && !Character.isWhitespace(t[k - 1])
        && t[k - 1] != '('
        && t[k - 1] != '['
        && t[k - 1] != '"') {
      k--;
    }
    // Lower-casing never shortens a word, so a token longer than every abbreviation (and than
    // any initials) is neither, and needs no lower-case copy.
    if (dot - k <= maxAbbreviation) {
      if (initials(text, k, dot)) {
        return false; // an initial: "C.K. Lee", "Gabriel W. Gorenstein"
      }
      if (abbreviations.contains(text, k, dot)) {
        // "Dkt. No. 17." ends with a number, so an abbreviation is only a break when the next
        // word cannot continue it; a label's number follows on the same line.
        return false;
      }
    }
    // What follows must look like a sentence start.
    while (j < lineEnd && (t[j] == ' ' || t[j] == '\t')) {
      j++;
    }
    if (j >= lineEnd) {
      return true;
    }
    char next = t[j];
    return Character.isUpperCase(next)
        || Character.isDigit(next)
        || next == '"'
        || next == '('
        || next == '['
        || next == '\''
        || next == '-';
  }

  /**
   * Whether {@code text[from, to)} lower-cased is a person's initials: one letter, or letters each
   * followed by a period ("c.k"). Read in place when it is ASCII, where lower-casing changes no
   * letter into a non-letter.
   */
  private static boolean initials(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 128) {
        String token = text.substring(from, to).toLowerCase(Locale.ROOT);
        return initialsAt(token, 0, token.length());
      }
    }
    return initialsAt(text, from, to);
  }

  private static boolean initialsAt(String token, int from, int to) {
    int n = to - from;
    if (n == 0 || n > 5) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      boolean letterPlace = i % 2 == 0;
      char c = token.charAt(from + i);
      if (letterPlace ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return n % 2 == 1;
  }

  /** Whether a sentence still open at the end of line {@code i} ends there. */
  private static boolean breaksAfter(char[] t, List<Range> lines, int i, int refLength) {
    Range line = lines.get(i);
    // The line stripped, as indexes: [a, b)
    int a = line.start();
    int b = line.end();
    while (a < b && Character.isWhitespace(t[a])) {
      a++;
    }
    while (b > a && Character.isWhitespace(t[b - 1])) {
      b--;
    }
    if (a == b) {
      return false;
    }
    char last = t[b - 1];
    if (last == ':' || last == ';') {
      return true;
    }
    if (isHeading(t, a, b)) {
      return true;
    }
    Range next = nextNonBlank(lines, i);
    if (next == null) {
      return true;
    }
    int na = next.start();
    int nb = next.end();
    while (na < nb && Character.isWhitespace(t[na])) {
      na++;
    }
    while (nb > na && Character.isWhitespace(t[nb - 1])) {
      nb--;
    }
    if (isHeading(t, na, nb) || startsWithEnumerator(t, na, nb)) {
      return true;
    }
    if (na < nb && Character.isUpperCase(t[na]) && dateCell(t, a, b)) {
      return true; // a table row ("Fact discovery<TAB>June 30, 2025") ends with its line
    }
    // (a next line of only white space that the text layer keeps, such as U+1680, used to throw
    // here)
    return b - a < refLength * 0.6 && na < nb && Character.isUpperCase(t[na]);
  }

  /**
   * Whether a line ends in a column cell holding a date: the text after its last tab ends in a
   * digit and holds a slash or a month's name ("June 30, 2025", "6/30/25", "Sept. 2, 2025"). A page
   * header's "Doc. 371" does not.
   */
  private static boolean dateCell(char[] t, int a, int b) {
    if (!Character.isDigit(t[b - 1])) {
      return false;
    }
    int tab = b - 1;
    while (tab >= a && t[tab] != '\t') {
      tab--;
    }
    if (tab < a) {
      return false;
    }
    String cell = new String(t, tab + 1, b - tab - 1).toUpperCase(Locale.ROOT);
    if (cell.indexOf('/') >= 0) {
      return true;
    }
    for (String m : MONTHS) {
      if (cell.contains(m.substring(0, 3))) {
        return true;
      }
    }
    return false;
  }

  private static Range nextNonBlank(List<Range> lines, int i) {
    for (int k = i + 1; k < lines.size() && k <= i + 3; k++) {
      if (lines.get(k).length() > 0) {
        return lines.get(k);
      }
    }
    return null;
  }

  /** An all-capitals line ("ORDER", "SO ORDERED.") is a heading or caption line of its own. */
  public static boolean isHeading(String s) {
    return isHeading(s.toCharArray(), 0, s.length());
  }

  private static boolean isHeading(char[] s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean startsWithEnumerator(char[] s, int from, int to) {
    int i = from;
    if (i < to && s[i] == '(') {
      i++;
    }
    int d = i;
    while (d < to && d - i < 3 && (Character.isDigit(s[d]) || Character.isLowerCase(s[d]))) {
      d++;
    }
    return d > i
        && d < to
        && (s[d] == '.' || s[d] == ')')
        && (d + 1 == to || s[d + 1] == ' ' || s[d + 1] == '\t');
  }

  private static Optional<Range> signature(String text, char[] t, List<Range> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Upper s = new Upper(text, t, lines.get(i));
      if (s.containsAny(SIGNATURE_WORDS) || s.strippedEquals("ENTER:")) {
        int start = lines.get(i).start();
        // A "Dated:" line just above belongs to the block too.
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
          Upper p = new Upper(text, t, lines.get(k));
          if (p.strippedStartsWith("DATED") || p.strippedStartsWith("DATE:")) {
            start = lines.get(k).start();
          }
        }
        return Optional.of(new Range(start, text.length()));
      }
    }
    int floor = tailStart(text, 0.6);
    for (int i = lines.size() - 1; i >= 0 && lines.get(i).start() >= floor; i--) {
      Upper s = new Upper(text, t, lines.get(i));
      if (s.strippedStartsWith("DATED")
          || s.strippedStartsWith("ORDERED IN")
          || s.strippedStartsWith("DONE AND ORDERED")) {
        return Optional.of(new Range(lines.get(i).start(), text.length()));
      }
    }
    return Optional.empty();
  }

  private static final String[] SIGNATURE_WORDS = {"SO ORDERED", "IT IS ORDERED.", "E N T E R"};

  /**
   * A line read upper-cased, as {@code line.of(text).toUpperCase(Locale.ROOT)} would give it, but
   * without the copy when the line is ASCII (where upper-casing maps one character to one). Other
   * lines are copied and upper-cased as before, since there a character may become two ("ß").
   */
  static final class Upper {
    private final char[] t;
    private final int from;
    private final int to;
    private final String copy;

    Upper(String text, char[] t, Range line) {
      this.t = t;
      this.from = line.start();
      this.to = line.end();
      boolean ascii = true;
      for (int i = from; i < to; i++) {
        if (t[i] >= 128) {
          ascii = false;
          break;
        }
      }
      this.copy = ascii ? null : line.of(text).toUpperCase(Locale.ROOT);
    }

    private static char up(char c) {
      return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private boolean at(int i, String word) {
      if (to - i < word.length()) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (up(t[i + k]) != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the upper-cased line contains {@code word} (upper case). */
    boolean contains(String word) {
      return containsAny(word);
    }

    /** Whether the upper-cased line contains one of {@code words} (upper case), in one pass. */
    boolean containsAny(String... words) {
      if (copy != null) {
        for (String w : words) {
          if (copy.contains(w)) {
            return true;
          }
        }
        return false;
      }
      for (int i = from; i < to; i++) {
        char c = up(t[i]);
        for (String w : words) {
          if (w.charAt(0) == c && at(i, w)) {
            return true;
          }
        }
      }
      return false;
    }

    /** {@code strip()} then upper-cased, as the old code did for these checks. */
    boolean strippedStartsWith(String word) {
      if (copy != null) {
        return copy.strip().startsWith(word);
      }
      int a = from;
      while (a < to && Character.isWhitespace(t[a])) {
        a++;
      }
      return at(a, word);
    }

    boolean strippedEquals(String word) {
      if (copy != null) {
        return copy.strip().equals(word);
      }
      int a = from;
      int b = to;
      while (a < b && Character.isWhitespace(t[a])) {
        a++;
      }
      while (b > a && Character.isWhitespace(t[b - 1])) {
        b--;
      }
      return b - a == word.length() && at(a, word);
    }
  }

  /** Text that each of a letter's salutation, subject line and addressee below contains. */
  private static final String[] LETTER_CUES = {"DEAR ", "HONOR", "HON. ", "RE:", "RE :"};

  private static Optional<Layout.LetterParts> letter(
      String text, char[] t, List<Range> lines, int headerEnd) {
    Range salutation = null;
    Range re = null;
    Range addressee = null;
    int limit = Math.min(lines.size(), MAX_HEADER_LINES);
    for (int i = 0; i < limit; i++) {
      Range line = lines.get(i);
      if (!new Upper(text, t, line).containsAny(LETTER_CUES)) {
        continue; // most lines: none of the three below can match, so no upper-case copy (issue 13)
      }
      String u = line.of(text).toUpperCase(Locale.ROOT);
      int at;
      if (salutation == null
          && ((at = indexOfAny(u, "DEAR JUDGE", "DEAR MAGISTRATE", "DEAR HON", "YOUR HONOR:"))
              >= 0)) {
        salutation = new Range(line.start() + at, line.end());
      }
      if (re == null && ((at = reIndex(u)) >= 0)) {
        int end = line.end();
        int stop = indexOfAny(u.substring(at), "DEAR ", "YOUR HONOR");
        if (stop > 0) {
          end = line.start() + at + stop;
        }
        re = new Range(line.start() + at, Math.min(end, line.start() + at + 400));
      }
      if (addressee == null
          && ((at = indexOfAny(u, "THE HONORABLE", "HONORABLE ", "HON. ")) >= 0)) {
        addressee = new Range(line.start() + at, Math.min(line.end(), line.start() + at + 200));
      }
    }
    if (salutation == null && re == null) {
      return Optional.empty();
    }
    if (salutation == null && addressee == null) {
      return Optional.empty();
    }
    Range closing = null;
    for (int i = 0; i < lines.size(); i++) {
      Upper u = new Upper(text, t, lines.get(i));
      if (u.strippedStartsWith("RESPECTFULLY SUBMITTED")
          || u.strippedEquals("RESPECTFULLY,")
          || u.strippedStartsWith("SINCERELY")
          || u.strippedStartsWith("VERY TRULY YOURS")) {
        closing = lines.get(i);
      }
    }
    // "RE:" and a "Honorable" heading are not enough: court forms have both ("PROCEEDINGS: (IN
    // CHAMBERS) ORDER TO SHOW CAUSE RE: ..." under "Honorable Jane Roe, United States Magistrate
    // Judge"). A letter also has a salutation or a closing.
    if (salutation == null && closing == null) {
      return Optional.empty();
    }
    Range date = null;
    int firstAnchor =
        addressee != null ? addressee.start() : (re != null ? re.start() : salutation.start());
    for (Range line : lines) {
      if (line.start() >= firstAnchor) {
        break;
      }
      if (looksLikeDateLine(line.of(text).strip())) {
        date = line;
      }
    }
    Range letterhead =
        firstAnchor > 0 ? new Range(0, date != null ? date.start() : firstAnchor) : null;
    return Optional.of(
        new Layout.LetterParts(
            Optional.ofNullable(letterhead),
            Optional.ofNullable(date),
            Optional.ofNullable(addressee),
            Optional.ofNullable(re),
            Optional.ofNullable(closing)));
  }

  private static int indexOfAny(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int at = s.indexOf(n);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** "Re:" at a line start or after a space, as a letter's subject line begins. */
  private static int reIndex(String upper) {
    String t = upper.stripLeading();
    if (t.startsWith("RE:") || t.startsWith("RE :")) {
      return upper.length() - t.length();
    }
    int at = upper.indexOf(" RE: ");
    // "IN RE: ACME SECURITIES LITIGATION" is a caption, not a subject line.
    while (at >= 0 && at >= 2 && upper.startsWith("IN", at - 2)) {
      at = upper.indexOf(" RE: ", at + 1);
    }
    return at >= 0 ? at + 1 : -1;
  }

  private static final List<String> MONTHS =
      List.of(
          "JANUARY",
          "FEBRUARY",
          "MARCH",
          "APRIL",
          "MAY",
          "JUNE",
          "JULY",
          "AUGUST",
          "SEPTEMBER",
          "OCTOBER",
          "NOVEMBER",
          "DECEMBER");

  private static boolean looksLikeDateLine(String s) {
    String u = s.toUpperCase(Locale.ROOT);
    for (String m : MONTHS) {
      if (u.startsWith(m + " ")
          && s.length() <= 20
          && Character.isDigit(s.charAt(s.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The court's text after the letter's closing and its signer and "cc:" lines. */
  private static Optional<Range> endorsement(
      String text, List<Range> lines, Layout.LetterParts letter) {
    if (letter.closing().isEmpty()) {
      return Optional.empty();
    }
    int i = 0;
    while (i < lines.size() && lines.get(i).start() < letter.closing().get().start()) {
      i++;
    }
    // Skip the signer block: up to and including a "cc:" line, or the first prose line.
    int start = -1;
    for (int k = i + 1; k < lines.size(); k++) {
      Range line = lines.get(k);
      String u = line.of(text).strip().toUpperCase(Locale.ROOT);
      if (u.startsWith("CC:") || u.startsWith("CC ")) {
        continue;
      }
      if (isProse(text, line)
          || u.startsWith("SO ORDERED")
          || u.contains("GRANTED")
          || u.contains("DENIED")
          || u.startsWith("APPLICATION")
          || u.startsWith("THE CLERK")) {
        start = line.start();
        break;
      }
    }
    return start < 0 ? Optional.empty() : Optional.of(new Range(start, text.length()));
  }

  private static Set<String> loadAbbreviations() {
    return Set.copyOf(
        DataFiles.lines("/org/courtorders/parser/internal/segment/abbreviations.txt"));
  }
}
