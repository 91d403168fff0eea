package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Party;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;

/**
 * Reads the parties on each side, trying in turn: a vertical caption (names above "Plaintiff," and
 * "Defendants." with "-against-" or "v." between), an inline caption line ("NOHA VISCONTE,
 * Plaintiff, v. SUNIL GARG, et al. Defendants."), a letter's "Re:" line, and a title line ("Clarke
 * v. City of New York"). Descriptors ("individually and on behalf of all others similarly
 * situated", "d/b/a ...") and "et al." stay out of the name.
 */
public final class PartyExtractor implements Reader {
  private static final Pattern PLAINTIFF_LABEL =
      Pattern.compile(
          "(?i)(?:plaintiffs?|petitioners?|movants?|claimants?|plaintiffs?-appellants?|plaintiffs?-petitioners?)[,.;:]?");
  private static final Pattern DEFENDANT_LABEL =
      Pattern.compile(
          "(?i)(?:defendants?|respondents?|defendants?-appellees?|defendants?-respondents?)[,.;:]?");
  private static final Pattern SEPARATOR =
      Pattern.compile("(?i)-?[ ]?(?:against|v\\.?|vs\\.?|versus)[ ]?-?");

  /**
   * The label patterns match a whole cell of at most 24 characters ("plaintiffs-petitioners;"), the
   * separator one of at most 11 ("- against -"); a longer cell is turned away before the pattern is
   * tried, as most caption cells are.
   */
  private static boolean isPlaintiffLabel(String cell) {
    return cell.length() <= 30 && PLAINTIFF_LABEL.matcher(cell).matches();
  }

  private static boolean isDefendantLabel(String cell) {
    return cell.length() <= 30 && DEFENDANT_LABEL.matcher(cell).matches();
  }

  private static boolean isSeparator(String cell) {
    return cell.length() <= 16 && SEPARATOR.matcher(cell).matches();
  }

  /** "X v. Y", where v. may be glued to its neighbours by PDF extraction ("Rafaelv.Dean"). */
  private static final Pattern VERSUS =
      Pattern.compile("(?:[ ]v\\.?[ ]|[ ]vs\\.?[ ]|(?<=[a-z])v\\.(?=[A-Z]))");

  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?i),?[ ]*\\b(?:plaintiffs?|petitioners?|defendants?|respondents?)(?:-appell(?:ants?|ees?))?\\b[,.;]?");
  private static final Pattern ET_AL = Pattern.compile("(?i),?[ ]*\\bet\\.?[ ]?al\\b\\.?,?");
  private static final Pattern PAREN_ABBREV = Pattern.compile("[ ]?\\([A-Z][A-Za-z&.]{0,9}\\)");

  /** Words that start a capacity or alias descriptor; the name ends before them. */
  private static final Pattern DESCRIPTOR =
      Pattern.compile(
          "(?i)(?:,[ ]*|[ ])(?:individually\\b|on behalf of\\b|d/b/a\\b|a/k/a\\b|f/k/a\\b|n/k/a\\b|dba\\b"
              + "|denoted as\\b|in (?:his|her|their|its) (?:official|individual|personal) capacit"
              + "|as (?:administrat|executor|personal representative|trustee|guardian|next friend|parent)"
              + "|doing business as\\b|formerly known as\\b|also known as\\b"
              + "|by (?:and through|his|her|their|its|next friend)\\b)"
              // After a comma, an article starts a description of what the party is: ", a Delaware
              // corporation", ", an infant by her mother and natural guardian ...". A name never
              // goes on with "a"/"an" after its own comma.
              + "|,[ ]*an?[ ]+(?!and\\b)[a-z]{2,}");

  private static final Pattern JUDGE_CELL =
      Pattern.compile(
          "(?i)(?:hon\\.|honorable|judge|magistrate judge|district judge|chief judge|chief magistrate)\\b");
  private static final Set<String> SUFFIXES =
      Set.of(
          "SR",
          "JR",
          "II",
          "III",
          "IV",
          "INC",
          "LLC",
          "LLP",
          "LP",
          "CORP",
          "CO",
          "LTD",
          "PC",
          "PLLC",
          "NA",
          "PA",
          "ESQ",
          "DECEASED",
          "AFL-CIO");

  /**
   * Suffixes written with a period of their own: a name may end "Inc.", a sentence never ends it.
   */
  private static final Set<String> ABBREVIATED_SUFFIXES =
      Set.of("SR", "JR", "INC", "CORP", "CO", "LTD", "ESQ", "BROS", "ASSN", "DEPT", "AL");

  private static final Set<String> ORG_WORDS =
      Set.of(
          "UNION",
          "CITY",
          "COUNTY",
          "STATE",
          "DEPARTMENT",
          "COMPANY",
          "SERVICES",
          "SERVICE",
          "INSURANCE",
          "BANK",
          "FUND",
          "TRUST",
          "AUTHORITY",
          "DISTRICT",
          "SCHOOL",
          "BOARD",
          "UNITED",
          "AMERICA",
          "COMMISSIONER",
          "OFFICE",
          "CORPORATION",
          "GROUP",
          "HOLDINGS",
          "ASSOCIATION");
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "ORDER",
          "OPINION",
          "MEMORANDUM",
          "JUDGMENT",
          "STIPULATION",
          "NOTICE",
          "DECISION",
          "REPORT",
          "MEMO");

  @Override
  public void extract(Reading ctx) {
    if (vertical(ctx) || columnCaption(ctx)) {
      return;
    }
    if (inline(ctx) || flattenedCaption(ctx)) {
      return;
    }
    if (ctx.layout.letter().flatMap(l -> l.reLine()).map(re -> reLine(ctx, re)).orElse(false)) {
      return;
    }
    if (!titleLine(ctx)) {
      body(ctx);
    }
  }

  /**
   * With no caption, the body may still name the sides: "plaintiff One Hanover, LLC", "against
   * Defendant United States Postal Service". Read from the first sentences, with a diagnostic.
   */
  private void body(Reading ctx) {
    List<Range> sentences = ctx.layout.sentences();
    for (int i = 0; i < Math.min(6, sentences.size()); i++) {
      Range s = sentences.get(i);
      if (ctx.out.plaintiffs.isEmpty()) {
        named(ctx, BODY_PLAINTIFF, s).ifPresent(ctx.out.plaintiffs::add);
      }
      if (ctx.out.defendants.isEmpty()) {
        named(ctx, BODY_DEFENDANT, s).ifPresent(ctx.out.defendants::add);
      }
    }
    if (ctx.out.plaintiffs.isEmpty()) {
      for (int i = 0; i < Math.min(8, sentences.size()) && ctx.out.plaintiffs.isEmpty(); i++) {
        pleader(ctx, sentences.get(i)).ifPresent(ctx.out.plaintiffs::add);
      }
    }
    if (!ctx.out.plaintiffs.isEmpty() || !ctx.out.defendants.isEmpty()) {
      Party p =
          !ctx.out.plaintiffs.isEmpty() ? ctx.out.plaintiffs.get(0) : ctx.out.defendants.get(0);
      ctx.diagnose(
          org.courtorders.core.DiagnosticCode.NO_CAPTION,
          org.courtorders.core.Severity.INFO,
          "no caption names the parties; read from the body text",
          p.span().start(),
          p.span().end());
    }
  }

  /** A capitalized name of one to four words: the subject or owner of a pleading. */
  private static final String PLEADER =
      "(?<name>[A-Z][A-Za-z0-9.&'\\-]{0,40}(?:[ ](?:[A-Z][A-Za-z0-9.&'\\-]{0,40}|of|de|&)){0,3})";

  private static final String PLEADING = "(?:complaint|petition|action|suit|lawsuit|case)";

  /** Words that may stand between the article and the pleading: "this civil rights action". */
  private static final String PLEADING_ADJECTIVES =
      "(?:(?:amended|original|verified|pro|se|civil|rights|class|"
          + "habeas|corpus|instant|present|underlying|second|third|first|initial|putative)[ ]){0,3}";

  /**
   * Who brought the case, said in the grammar of the narrative rather than with a role word: the
   * subject of "filed/commenced/brought ... complaint/action" ("Acme Corp. commenced this action"),
   * the subject of a relative clause on the pleading ("the Complaint (Dkt. No. 1) that Press
   * filed"), or the owner of the complaint or petition ("Jane Roe's amended complaint"). Each
   * alternative has bounded repetition, so a sentence is scanned in linear time.
   */
  static final Pattern PLEADER_FORMS =
      Pattern.compile(
          "(?:^|[ (])"
              + PLEADER
              + "[ ](?:(?:originally|initially|first|has|have)[ ])?"
              + "(?:filed|files|commenced|commences|brought|brings|initiated|initiates|instituted)[ ]"
              + "(?:(?:the|this|a|an|his|her|its|their)[ ])?"
              + PLEADING_ADJECTIVES
              + PLEADING
              + "\\b"
              + "|(?i:complaint|petition)(?:[ ]\\([^()]{0,40}\\))?,?[ ](?:that|which)[ ]"
              + PLEADER.replace("<name>", "<name2>")
              + "[ ](?:originally[ ])?filed\\b"
              + "|(?:^|[ (])"
              + PLEADER.replace("<name>", "<name3>")
              + "'s[ ](?:(?:amended|original|verified|pro[ ]se|second|"
              + "third|first)[ ]){0,2}(?:complaint|petition)\\b"
              // the passive: "the complaint filed by Jane Roe", "this action was brought by Acme
              // Corp."
              + "|(?<!-|party[ ])(?i:complaint|petition|action|suit)[ ](?:was[ ]|were[ ])?"
              + "(?:filed|brought|commenced)[ ]by[ ]"
              + PLEADER.replace("<name>", "<name4>")
              + "(?![A-Za-z])");

  private static final Set<String> MONTHS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  /** A short name defined in the text: 'Robert D. Press ("Press")'. */
  private static final Pattern DEFINED =
      Pattern.compile(
          "(?<full>[A-Z][A-Za-z0-9.&'\\-]{0,40}(?:,?[ ](?:[A-Z][A-Za-z0-9.&'\\-]{0,40}|of|de|&)){0,6})[ ]\\((?:the[ ])?\"(?<short>[^\"()]{1,40})\"\\)");

  /** Subjects that are never the party who sued: the court, role words, pronoun-like openers. */
  private static final Set<String> NOT_A_PLEADER =
      Set.of(
          "The",
          "This",
          "That",
          "It",
          "He",
          "She",
          "They",
          "Court",
          "Plaintiff",
          "Plaintiffs",
          "Defendant",
          "Defendants",
          "Petitioner",
          "Respondent",
          "Counsel",
          "Government",
          "Clerk",
          "Judge",
          "On",
          "In",
          "After",
          "Before",
          "When",
          "Since",
          "Here",
          "There",
          "Who",
          "Which");

  /**
   * The plaintiff read from the narrative's grammar when no caption and no role word names it (see
   * {@link #PLEADER_FORMS}); a defined short name is read as the full name it was defined for. The
   * found name never repeats the defendant already read.
   */
  private Optional<Party> pleader(Reading ctx, Range sentence) {
    if (!hasPleaderVerb(ctx.text, sentence.start(), sentence.end())) {
      return Optional.empty();
    }
    Matcher m = PLEADER_FORMS.matcher(ctx.text).region(sentence.start(), sentence.end());
    while (m.find()) {
      String group =
          m.group("name") != null
              ? "name"
              : m.group("name2") != null ? "name2" : m.group("name3") != null ? "name3" : "name4";
      int start = m.start(group);
      int end = m.end(group);
      String name = ctx.text.substring(start, end);
      // "Plaintiff Jane Roe filed ...", "On March 3 Acme Corp. filed ...": the name follows such
      // words
      int space;
      boolean defendantsWord = false;
      while ((space = name.indexOf(' ')) > 0
          && (NOT_A_PLEADER.contains(name.substring(0, space))
              || MONTHS.contains(name.substring(0, space)))) {
        defendantsWord |= isDefendantLabel(name.substring(0, space));
        start += space + 1;
        name = name.substring(space + 1);
      }
      if (defendantsWord) {
        continue; // "the counterclaim complaint filed by Defendant Acme": not the one who sued
      }
      if (NOT_A_PLEADER.contains(name) || MONTHS.contains(name) || name.length() < 2) {
        continue;
      }
      String shortName = name;
      Range full = defined(ctx, shortName).orElse(new Range(start, end));
      String fullName = full.of(ctx.text);
      boolean isDefendant =
          ctx.out.defendants.stream()
              .anyMatch(
                  d ->
                      d.name().equals(fullName)
                          || d.name().endsWith(" " + shortName)
                          || d.name().equals(shortName));
      if (isDefendant) {
        continue;
      }
      return party(ctx, List.of(full));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code [from, to)} holds a literal every alternative of {@link #PLEADER_FORMS} needs:
   * one of its verbs (in lower case, as the pattern spells them) or the possessive "'s". A sentence
   * without one is not tried.
   */
  static boolean hasPleaderVerb(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (text.charAt(i)) {
        case 'f':
          if (text.startsWith("file", i) && i + 4 <= to) {
            return true;
          }
          break;
        case 'c':
          if (text.startsWith("commence", i) && i + 8 <= to) {
            return true;
          }
          break;
        case 'b':
          if ((text.startsWith("brought", i) && i + 7 <= to)
              || (text.startsWith("bring", i) && i + 5 <= to)) {
            return true;
          }
          break;
        case 'i':
          if ((text.startsWith("initiate", i) && i + 8 <= to)
              || (text.startsWith("institute", i) && i + 9 <= to)) {
            return true;
          }
          break;
        case '\'':
          if (text.startsWith("'s", i) && i + 2 <= to) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /** Where {@code shortName} was defined as a short form of a longer name, that longer name. */
  private static Optional<Range> defined(Reading ctx, String shortName) {
    Matcher m = DEFINED.matcher(ctx.text);
    int limit = Math.min(ctx.text.length(), 20_000);
    m.region(0, limit);
    while (m.find()) {
      if (m.group("short").equals(shortName)) {
        String full = m.group("full");
        int from = m.start("full");
        // "Counsel for Robert D. Press": the name starts after the last role or connective word
        int skip = 0;
        for (String w : full.split(" ")) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_A_PLEADER.contains(w)) {
            break;
          }
          skip += w.length() + 1;
        }
        int forAt = full.lastIndexOf(" for ");
        if (forAt >= 0) {
          skip = Math.max(skip, forAt + 5);
        }
        if (skip < full.length() && full.substring(skip).contains(shortName)) {
          return Optional.of(new Range(from + skip, m.end("full")));
        }
      }
    }
    return Optional.empty();
  }

  private static final String BODY_NAME =
      "(?<name>[A-Z][A-Za-z0-9.&'\\-]{0,40}(?:,?[ ](?:[A-Z][A-Za-z0-9.&'\\-]{0,40}|of|and|the|de|&)){0,8})";
  private static final Pattern BODY_PLAINTIFF =
      Pattern.compile(
          "(?:^|[ (])(?:pro[ ]se[ ])?(?:[Pp]laintiffs?|[Pp]etitioners?)[ ]" + BODY_NAME);
  private static final Pattern BODY_DEFENDANT =
      Pattern.compile("(?:^|[ (])(?:[Dd]efendants?|[Rr]espondents?)[ ]" + BODY_NAME);

  /** Capitalized words after a role word that start a filing's name, not a party's. */
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "The",
          "Court",
          "Motion",
          "Memorandum",
          "Opposition",
          "Reply",
          "Response",
          "Counsel",
          "Letter",
          "Brief",
          "Notice",
          "Complaint",
          "Answer",
          "Objection",
          "Objections",
          "Request",
          "Application",
          "Petition",
          "Exhibit",
          "Declaration");

  private Optional<Party> named(Reading ctx, Pattern p, Range sentence) {
    Matcher m = p.matcher(ctx.text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int end = m.end("name");
      String name = m.group("name");
      // "One Hanover, LLC" keeps its suffix; a trailing lower-case connective does not belong.
      while (name.endsWith(" of")
          || name.endsWith(" and")
          || name.endsWith(" the")
          || name.endsWith(" de")
          || name.endsWith(" &")) {
        int cut = name.lastIndexOf(' ');
        end -= name.length() - cut;
        name = name.substring(0, cut);
      }
      // "Defendant City of Mandeville's motion": the possessive ends the name, and is not part of
      // it.
      String first = name.split("[ ,]", 2)[0];
      if (NOT_A_NAME.contains(first) || name.length() < 3 || first.endsWith("'s")) {
        continue;
      }
      if (name.endsWith("'s")) {
        name = name.substring(0, name.length() - 2);
        end -= 2;
      }
      // the sentence's full stop, not an abbreviation's: "... against Defendant Acme Widgets, LLC."
      if (name.endsWith(".")) {
        String last =
            name.substring(name.lastIndexOf(' ') + 1, name.length() - 1).toUpperCase(Locale.ROOT);
        if (last.length() > 1 && last.indexOf('.') < 0 && !ABBREVIATED_SUFFIXES.contains(last)) {
          name = name.substring(0, name.length() - 1);
          end--;
        }
      }
      return party(ctx, List.of(new Range(m.start("name"), end)));
    }
    return Optional.empty();
  }

  // ---- vertical captions --------------------------------------------------------------

  private boolean vertical(Reading ctx) {
    List<Range> lines = headerLines(ctx);
    int pLabel = -1;
    int dLabel = -1;
    int sep = -1;
    int bareSep = -1;
    for (int i = 0; i < lines.size(); i++) {
      String cell = labelCell(leftCell(ctx, lines.get(i)));
      if (pLabel < 0 && isPlaintiffLabel(cell)) {
        pLabel = i;
      } else if (pLabel >= 0 && sep < 0 && isSeparator(cell)) {
        sep = i;
      } else if (pLabel >= 0 && dLabel < 0 && isDefendantLabel(cell)) {
        dLabel = i;
      } else if (pLabel < 0 && bareSep < 0 && i > 0 && isSeparator(cell)) {
        bareSep = i;
      }
    }
    if (pLabel < 0 && dLabel < 0) {
      return bareSep >= 0 && unlabelled(ctx, lines, bareSep);
    }
    if (pLabel >= 0) {
      block(ctx, lines, pLabel - 1, 0).ifPresent(ctx.out.plaintiffs::add);
    }
    if (dLabel >= 0) {
      int stop = sep >= 0 ? sep + 1 : (pLabel >= 0 ? pLabel + 1 : 0);
      block(ctx, lines, dLabel - 1, stop).ifPresent(ctx.out.defendants::add);
    }
    return !ctx.out.plaintiffs.isEmpty() || !ctx.out.defendants.isEmpty();
  }

  /**
   * A caption set in the left column of a two-column page (Westlaw prints them so): "UNITED STATES
   * OF AMERICA, Plaintiff / v. / ROBERT PONCE, JR., Defendant", with lines of the right column
   * between. The "v." line anchors it; the role words end each side.
   */
  private boolean columnCaption(Reading ctx) {
    List<Range> lines = ctx.layout.lines();
    int limit = Math.min(lines.size(), 60);
    for (int i = 1; i < limit; i++) {
      Range line = lines.get(i);
      if (rightColumnOnly(ctx, line) || !isSeparator(leftCell(ctx, line))) {
        continue;
      }
      List<Range> above = new ArrayList<>();
      for (int k = i - 1; k >= 0 && above.size() < 3; k--) {
        Range l = lines.get(k);
        String cell = leftCell(ctx, l);
        if (cell.isEmpty() || rightColumnOnly(ctx, l)) {
          continue;
        }
        if (isCourtHeading(cell)
            || cell.endsWith(".") && !cell.endsWith("Jr.") && !cell.endsWith("Inc.")
            || cell.contains("Westlaw")) {
          break;
        }
        above.add(0, cellRange(ctx, l));
      }
      List<Range> below = new ArrayList<>();
      for (int k = i + 1; k < limit && below.size() < 3; k++) {
        Range l = lines.get(k);
        String cell = leftCell(ctx, l);
        if (cell.isEmpty() || rightColumnOnly(ctx, l)) {
          continue;
        }
        if (CaseNumberExtractor.TYPED.matcher(cell).find()
            || cell.toUpperCase(Locale.ROOT).matches("(?:CASE|CIVIL|CRIMINAL|NO\\.).*")
            || cell.equals("|")) {
          break;
        }
        below.add(cellRange(ctx, l));
        if (DEFENDANT_END.matcher(cell).find()) {
          break;
        }
      }
      if (!above.isEmpty()
          && !below.isEmpty()
          && ROLE_WORD.matcher(above.get(above.size() - 1).of(ctx.text)).find()) {
        party(ctx, above).ifPresent(ctx.out.plaintiffs::add);
        party(ctx, below).ifPresent(ctx.out.defendants::add);
        return !ctx.out.plaintiffs.isEmpty() || !ctx.out.defendants.isEmpty();
      }
    }
    return false;
  }

  /**
   * A caption with no role labels, only "VERSUS" (or "v.") between the two name blocks, the right
   * column holding "CIVIL ACTION / NO. ... / SECTION ...": the block above is the plaintiff's, the
   * block below the defendant's.
   */
  private boolean unlabelled(Reading ctx, List<Range> lines, int sep) {
    Optional<Party> plaintiff = block(ctx, lines, sep - 1, 0);
    List<Range> below = new ArrayList<>();
    int k = sep + 1;
    while (k < lines.size() && leftCell(ctx, lines.get(k)).isEmpty()) {
      k++;
    }
    for (; k < lines.size() && below.size() < 4; k++) {
      Range line = lines.get(k);
      String cell = leftCell(ctx, line);
      if (cell.isEmpty() || skippable(ctx, line) || isCourtHeading(cell)) {
        break;
      }
      if (!rightColumnOnly(ctx, line)) {
        below.add(cellRange(ctx, line));
      }
    }
    if (plaintiff.isEmpty() || below.isEmpty()) {
      return false;
    }
    Optional<Party> defendant = party(ctx, below);
    if (defendant.isEmpty()) {
      return false;
    }
    ctx.out.plaintiffs.add(plaintiff.get());
    ctx.out.defendants.add(defendant.get());
    return true;
  }

  /** Right-column text that shares a caption line with a label across one space. */
  private static final Pattern RIGHT_COLUMN_TEXT =
      Pattern.compile(
          "(?i)(?:hon\\.|honorable|judge|magistrate|district judge|chief judge|case|civil|criminal|no\\.|docket|index|section|div)\\b.*");

  private static final Pattern LABEL_THEN_TEXT =
      Pattern.compile("(?i)((?:plaintiffs?|petitioners?|defendants?|respondents?)[,.;:])[ ](.+)");

  /**
   * The label of a caption line whose right column sits one space away, so that no column gap was
   * seen: "Plaintiff, Honorable Jane Roe" is the label "Plaintiff,". Other lines as given.
   */
  static String labelCell(String cell) {
    if (cell.length() > 120 || cell.isEmpty() || "pPdDrR".indexOf(cell.charAt(0)) < 0) {
      return cell; // the pattern starts with a role word
    }
    Matcher m = LABEL_THEN_TEXT.matcher(cell);
    if (m.matches() && RIGHT_COLUMN_TEXT.matcher(m.group(2)).matches()) {
      return m.group(1);
    }
    return cell;
  }

  private static final Pattern DEFENDANT_END =
      Pattern.compile("(?i)\\b(?:defendants?|respondents?)[.,;]?$");

  private static List<Range> headerLines(Reading ctx) {
    List<Range> out = new ArrayList<>();
    for (Range line : ctx.layout.lines()) {
      if (line.start() >= ctx.layout.header().end()) {
        break;
      }
      out.add(line);
    }
    return out;
  }

  /** The first column of a caption line: the text before a column gap. */
  private static String leftCell(Reading ctx, Range line) {
    String s = line.of(ctx.text);
    int tab = s.indexOf('\t');
    return (tab >= 0 ? s.substring(0, tab) : s).strip();
  }

  /**
   * The name block that ends at line {@code last}, walking upward to a blank line or {@code stop}.
   */
  private Optional<Party> block(Reading ctx, List<Range> lines, int last, int stop) {
    int i = last;
    // skip blank lines and lines that belong to the other column (case numbers, titles)
    while (i >= stop && skippable(ctx, lines.get(i))) {
      i--;
    }
    int end = i;
    List<Range> parts = new ArrayList<>();
    while (i >= stop) {
      Range line = lines.get(i);
      String cell = leftCell(ctx, line);
      if (cell.isEmpty()
          || cell.contains("----")
          || cell.endsWith("X") && cell.contains("---")
          || isSeparator(cell)
          || isPlaintiffLabel(labelCell(cell))
          || isDefendantLabel(labelCell(cell))
          || isCourtHeading(cell)) {
        break;
      }
      if (!skippable(ctx, line) && !rightColumnOnly(ctx, line)) {
        parts.add(0, cellRange(ctx, line));
      }
      i--;
    }
    if (end < stop || parts.isEmpty()) {
      return Optional.empty();
    }
    return party(ctx, parts);
  }

  /** A line whose only text sits in the right column of a two-column caption. */
  static boolean rightColumnOnly(Reading ctx, Range line) {
    int i = line.start();
    while (i < line.end() && (ctx.text.charAt(i) == ' ' || ctx.text.charAt(i) == '\t')) {
      i++;
    }
    return i < line.end() && ctx.indent(i) >= RIGHT_COLUMN;
  }

  /** Where a caption's right column starts, in characters from the line's start. */
  static final int RIGHT_COLUMN = 30;

  private boolean skippable(Reading ctx, Range line) {
    String cell = leftCell(ctx, line);
    if (cell.isEmpty()) {
      return true;
    }
    for (CaseNumber n : ctx.facts.caseNumbers()) {
      if (cell.contains(n.text())) {
        return true;
      }
    }
    if (CaseNumberExtractor.TYPED.matcher(cell).find()
        || cell.toUpperCase(Locale.ROOT).startsWith("CASE NO")) {
      return true;
    }
    if (ctx.facts.title().isPresent()
        && cell.equals(cell.toUpperCase(Locale.ROOT))
        && ctx.facts.title().get().contains(cell)) {
      return true;
    }
    if (JUDGE_CELL.matcher(cell).lookingAt()) {
      return true;
    }
    String first = cell.split("[ \t]", 2)[0].replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    return TITLE_WORDS.contains(first) && cell.equals(cell.toUpperCase(Locale.ROOT));
  }

  private static boolean isCourtHeading(String cell) {
    String u = cell.toUpperCase(Locale.ROOT);
    return u.contains("DISTRICT COURT")
        || u.contains("DISTRICT OF")
        || u.startsWith("USDC")
        || u.contains("DIVISION");
  }

  private static Range cellRange(Reading ctx, Range line) {
    String s = line.of(ctx.text);
    int tab = s.indexOf('\t');
    int end = tab >= 0 ? line.start() + tab : line.end();
    return new Range(line.start(), end);
  }

  // ---- inline captions, Re: lines and title lines ----------------------------------------

  /**
   * Longer than a plaintiff's block on one caption line: "NOHA VISCONTE, individually and ...,
   * Plaintiff,"
   */
  private static final int MAX_INLINE_PLAINTIFF = 300;

  private boolean inline(Reading ctx) {
    for (Range line : headerLines(ctx)) {
      String s = line.of(ctx.text);
      Matcher v = VERSUS.matcher(s);
      // "NOHA VISCONTE, Plaintiff, v. SUNIL GARG", or with the label on the right side only:
      // "UNITED STATES, v. JOHN DOE, Defendant."
      // a caption line, not a page run together (that is flattenedCaption's)
      if (v.find()
          && v.start() < MAX_INLINE_PLAINTIFF
          && (ROLE_WORD.matcher(s.substring(0, v.start())).find()
              || s.length() < 400 && DEFENDANT_END.matcher(s.strip()).find())) {
        return split(
            ctx, line.start(), line.end(), line.start() + v.start(), line.start() + v.end());
      }
    }
    return false;
  }

  /**
   * A pleading caption whose PDF text came out as one run, its cells interleaved with the paper's
   * line numbers and the title: "UNITED STATES DISTRICT COURT 3 EASTERN DISTRICT OF X 4 5
   * Plaintiff, 7 ORDER RE ... Defendant. 6 8 1:11-cv-00966 JOHN ROE, 14-DAY DEADLINE v. ACME CORP.,
   * 9 10 This action ...". The role labels have drifted away from the names, so the names are read
   * where they keep their own shape: a capitalized name closed by a comma before "v.", with at most
   * a few stray cells between, and a capitalized name after it up to its comma.
   */
  private static final Pattern FLATTENED_PARTIES =
      Pattern.compile(
          "(?<![^ ])(?<p>(?:[A-Z][A-Za-z.'&-]{0,40}[ ]){0,5}[A-Z][A-Za-z.'&-]{0,40}),(?:[ ][^ ]{1,20}){0,3}[ ](?:vs?|VS?)\\.?[ ]"
              + "(?<d>(?:[A-Z][A-Za-z.'&-]{0,40}[ ]){0,5}[A-Z][A-Za-z.'&-]{0,40})[,.]");

  private static final Pattern COURT_HEADING = Pattern.compile("(?i)\\bdistrict[ ]court\\b");

  /** The first characters of a document, where a caption sits. */
  private static final int CAPTION_REACH = 3_000;

  private boolean flattenedCaption(Reading ctx) {
    int reach = Math.min(ctx.text.length(), CAPTION_REACH);
    for (Range line : ctx.layout.lines()) {
      if (line.start() >= reach) {
        break;
      }
      int end = Math.min(line.end(), reach);
      if (end - line.start() < 200) {
        continue;
      }
      String s = ctx.text.substring(line.start(), end);
      Matcher court = COURT_HEADING.matcher(s);
      Matcher role = ROLE_WORD.matcher(s);
      if (!court.find() || !role.find(court.end())) {
        continue;
      }
      Matcher m = FLATTENED_PARTIES.matcher(s);
      m.region(court.end(), s.length());
      while (m.find()) {
        if (!mostlyUpperCase(m.group("p")) || !mostlyUpperCase(m.group("d"))) {
          continue;
        }
        return split(
            ctx,
            line.start() + m.start("p"),
            line.start() + m.end("d"),
            line.start() + m.end("p"),
            line.start() + m.start("d"));
      }
    }
    return false;
  }

  /** Caption names are set in capitals: "PETER FUGAWA", "DeARMOND", "ACME CORP." */
  private static boolean mostlyUpperCase(String name) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 2 && upper * 4 >= letters * 3;
  }

  private boolean reLine(Reading ctx, Range re) {
    String s = re.of(ctx.text);
    int at = s.toUpperCase(Locale.ROOT).indexOf("RE:");
    if (at < 0) {
      return false;
    }
    int from = re.start() + at + 3;
    int end = re.end();
    Matcher cut = RE_CUT.matcher(ctx.text).region(from, end);
    while (cut.find()) {
      if (cut.group("etal") == null) {
        end = cut.start();
        break;
      }
      // "et al." ends the case name only after the "v.": "Doe, et al. v. Roe, et al."
      if (VERSUS.matcher(ctx.text).region(from, cut.start()).find()) {
        end = cut.end();
        break;
      }
    }
    Matcher v = VERSUS.matcher(ctx.text).region(from, end);
    if (!v.find()) {
      return false;
    }
    return split(ctx, subjectEnd(ctx.text, from, v.start()), end, v.start(), v.end());
  }

  /**
   * Where a "Re:" line's case name ends: its number, a parenthesis, "Case No.", "Case #", or just
   * after "et al." (in text run together from a PDF, the endorsement follows).
   */
  private static final Pattern RE_CUT =
      Pattern.compile(
          "(?i)(?:,[ ]*|[ ])(?:case |civil action |index |docket )?no\\.|[ ]case[ ]?#|[ ]\\(|[ ]\\d{1,2}[ -]?(?:cv|cr|civ)"
              + "|(?<etal>,?[ ]et\\.?[ ]?al\\b\\.?)");

  /**
   * Words that end a letter's subject ("Letter Motion to Request a Pre-Motion Discovery
   * Conference"); a case name run onto the same line starts after the last of them.
   */
  private static final Pattern SUBJECT_NOUN =
      Pattern.compile(
          "\\b(?:Conference|Motion|Request|Extension|Adjournment|Application|Letter|Discovery|Schedule|Deadline"
              + "|Sanctions|Hearing|Stay|Subpoena|Order|Relief|Time)\\b");

  /**
   * The start of the case name in a "Re:" subject that runs into it: after the last subject noun
   * when the text before the "v." also has a subject's lower-case words ("to", "a", "for");
   * otherwise {@code from}.
   */
  private static int subjectEnd(String text, int from, int vStart) {
    String left = text.substring(from, vStart);
    if (!left.matches("(?s).*\\b(?:to|a|for|re|regarding)\\b.*")) {
      return from;
    }
    Matcher m = SUBJECT_NOUN.matcher(left);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last < 0 || last >= left.strip().length() ? from : from + last;
  }

  private boolean titleLine(Reading ctx) {
    List<Range> lines = ctx.layout.lines();
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < 4; i++) {
      Range line = lines.get(i);
      String s = line.of(ctx.text);
      if (s.isBlank()) {
        continue; // blank lines before a title do not push it out of reach
      }
      seen++;
      int end = line.end();
      int tab = s.indexOf('\t');
      if (tab >= 0) {
        end = line.start() + tab;
      }
      int slip = s.indexOf(", Slip Copy");
      if (slip >= 0 && line.start() + slip < end) {
        end = line.start() + slip;
      }
      Matcher v = VERSUS.matcher(ctx.text).region(line.start(), end);
      if (v.find()) {
        return split(ctx, line.start(), end, v.start(), v.end());
      }
    }
    return false;
  }

  private boolean split(Reading ctx, int start, int end, int vStart, int vEnd) {
    party(ctx, List.of(new Range(start, vStart))).ifPresent(ctx.out.plaintiffs::add);
    party(ctx, List.of(new Range(vEnd, end))).ifPresent(ctx.out.defendants::add);
    return !ctx.out.plaintiffs.isEmpty() || !ctx.out.defendants.isEmpty();
  }

  // ---- names ---------------------------------------------------------------------------

  /**
   * Longer than any party block in a caption: past this the "name" is running text (a caption that
   * never closes, a document on one line), and cleaning it with the patterns below would cost time
   * for nothing.
   */
  private static final int MAX_PARTY_CHARS = 10_000;

  private Optional<Party> party(Reading ctx, List<Range> parts) {
    StringBuilder sb = new StringBuilder();
    for (Range r : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(r.of(ctx.text).strip());
    }
    String raw = sb.toString().replace('\t', ' ');
    if (raw.length() > MAX_PARTY_CHARS) {
      return Optional.empty();
    }
    boolean etAl = ET_AL.matcher(raw).find();
    String name = raw;
    Optional<String> descriptor = Optional.empty();
    Matcher d = DESCRIPTOR.matcher(name);
    if (d.find()) {
      String desc =
          ROLE_WORD.matcher(ET_AL.matcher(name.substring(d.start())).replaceAll("")).replaceAll("");
      descriptor =
          Optional.of(desc.replaceFirst("^[, ]+", "").replaceAll("[,;: ]+$", "").strip())
              .filter(x -> !x.isEmpty());
      name = name.substring(0, d.start());
    }
    name = ET_AL.matcher(name).replaceAll("");
    name = ROLE_WORD.matcher(name).replaceAll("");
    name = PAREN_ABBREV.matcher(name).replaceAll("");
    int slip = name.indexOf(", Slip Copy");
    if (slip >= 0) {
      name = name.substring(0, slip);
    }
    name = name.replace("...", "");
    int semi = name.indexOf(';');
    if (semi > 0) {
      name = name.substring(0, semi);
    }
    name = name.strip().replaceAll("^[,;:. -]+", "").replaceAll("[,;: -]+$", "");
    name = firstOfListedPeople(name).strip().replaceAll("[,;: -]+$", "");
    // a court's heading is never a party: it means the caption's cells ran together
    if (name.length() < 2 || name.length() > 200 || COURT_HEADING.matcher(name).find()) {
      return Optional.empty();
    }
    Range first = parts.get(0);
    Range lastPart = parts.get(parts.size() - 1);
    int s = first.start();
    while (s < lastPart.end() && Character.isWhitespace(ctx.text.charAt(s))) {
      s++;
    }
    int e = lastPart.end();
    while (e > s && Character.isWhitespace(ctx.text.charAt(e - 1))) {
      e--;
    }
    return Optional.of(
        new Party.Builder()
            .name(name)
            .descriptor(descriptor)
            .etAl(etAl)
            .span(ctx.span(s, e))
            .build());
  }

  /**
   * "RASHEEM CARTER, PETER WIRTH" lists two people; "LOCAL 3621, EMS OFFICERS UNION, DC-37" and
   * "SEBASTIAN RANDOLPH, SR." are one party. Split at a comma only where both sides read as a
   * person's name: two to four words of letters, no organization words, no suffix.
   */
  static String firstOfListedPeople(String name) {
    if (name.length() > 400) {
      return name; // running text, not a name: left for the length check to refuse
    }
    name = firstOfJoined(name);
    name = beforeGluedEntity(name);
    // "A, B, and C" lists parties: the first is A. "X and Y" lists two people when both are names.
    int oxford = name.indexOf(", and ");
    int firstComma = name.indexOf(", ");
    if (oxford > 0 && firstComma > 0 && firstComma < oxford) {
      String head = name.substring(0, firstComma);
      if (!SUFFIXES.contains(
              name.substring(firstComma + 2)
                  .split("[ ,.]", 2)[0]
                  .replace(".", "")
                  .toUpperCase(Locale.ROOT))
          && head.split(" ").length >= 2) {
        return head;
      }
    }
    int and = name.indexOf(" and ");
    if (and > 0
        && firstComma < 0
        && isPersonName(name.substring(0, and))
        && isPersonName(name.substring(and + 5))) {
      return name.substring(0, and);
    }
    int comma = firstComma;
    if (comma < 0) {
      return name;
    }
    String left = name.substring(0, comma);
    String right = name.substring(comma + 2);
    int nextComma = right.indexOf(',');
    String rightFirst = (nextComma >= 0 ? right.substring(0, nextComma) : right).strip();
    if (isPersonName(left) && isPersonName(rightFirst)) {
      return left;
    }
    return name;
  }

  /**
   * A company suffix ending a name: "WEST HILLS CAPITAL, LLC", "Acme Widgets, Inc.", "Roe L.L.C.".
   */
  private static final Pattern ENDS_WITH_COMPANY =
      Pattern.compile(
          "(?i)(?:^|[ ,])(?:inc|llc|l\\.l\\.c|llp|l\\.l\\.p|lp|l\\.p|corp|corporation|co|company|ltd|plc|p\\.c|pc|pllc|n\\.a)\\.?$");

  /**
   * "A and B" names two parties, of which the first is listed first, when the "and" cannot be
   * inside one name: the left side is a whole company ("WEST HILLS CAPITAL, LLC and JOSEPH UNGER")
   * or the right side starts a new name with an article ("THE BOROUGH OF X and THE BOROUGH OF X
   * POLICE DEPARTMENT"). "Department of Health and Human Services" and "Johnson and Johnson" stay
   * whole.
   */
  static String firstOfJoined(String name) {
    int from = 0;
    while (true) {
      int and = indexOfIgnoreCase(name, " and ", from);
      if (and < 0) {
        and = name.indexOf(" & ", from);
        if (and < 0) {
          return name;
        }
      }
      int gap = name.charAt(and + 1) == '&' ? 3 : 5;
      int leftEnd = and;
      while (leftEnd > 0 && (name.charAt(leftEnd - 1) == ',' || name.charAt(leftEnd - 1) == ' ')) {
        leftEnd--;
      }
      // only the tail of the left side can hold its suffix: keeps a long run of "and"s linear
      String leftTail = name.substring(Math.max(0, leftEnd - 24), leftEnd);
      boolean company =
          ENDS_WITH_COMPANY.matcher(leftTail).find() && name.lastIndexOf(' ', leftEnd - 1) > 0;
      boolean article = name.regionMatches(true, and + gap, "the ", 0, 4);
      if (leftEnd >= 2 && and + gap < name.length() && (company || article)) {
        return name.substring(0, leftEnd);
      }
      from = and + 1;
    }
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = from; i + needle.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /** "STATE OF", "CITY OF", ... opening a government party's name. */
  private static final Pattern ENTITY_HEAD =
      Pattern.compile("(?i)[ ](?:state|city|county|town|village|borough|township)[ ]of[ ]");

  private static final Set<String> CONNECTIVES =
      Set.of("OF", "THE", "AND", "FOR", "IN", "TO", "&", "AT", "ON");

  /**
   * A caption set on one line loses the break between two parties: "NEW YORK STATE DEPARTMENT OF
   * CORRECTIONS AND COMMUNITY SERVICES STATE OF NEW YORK". A government name ("STATE OF ...", "CITY
   * OF ...") that follows a name without a connective ("the", "of", "and") starts the next party;
   * "BOARD OF EDUCATION OF THE CITY OF NEW YORK" stays whole.
   */
  static String beforeGluedEntity(String name) {
    Matcher m = ENTITY_HEAD.matcher(name);
    while (m.find()) {
      String before = name.substring(0, m.start()).strip();
      int sp = before.lastIndexOf(' ');
      String prev = before.substring(sp + 1).replaceAll("[^A-Za-z&]", "").toUpperCase(Locale.ROOT);
      if (before.split(" ").length >= 3
          && !prev.isEmpty()
          && !CONNECTIVES.contains(prev)
          && !before.endsWith(",")) {
        return before;
      }
    }
    return name;
  }

  private static boolean isPersonName(String s) {
    String[] words = s.strip().split("[ ]+");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      String u = w.replace(".", "").toUpperCase(Locale.ROOT);
      if (u.isEmpty()
          || !u.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-')
          || SUFFIXES.contains(u)
          || ORG_WORDS.contains(u)
          || u.equals("AND")
          || u.equals("THE")) {
        return false;
      }
    }
    return true;
  }
}
