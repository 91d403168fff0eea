package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.core.JudgeTitle;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.CueMatcher;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.spi.EditDistance;
import org.courtorders.parser.spi.JudgeProfile;

/**
 * Finds the judges: the author from the signature block ("BARBARA MOSES / United States Magistrate
 * Judge"), the opening line ("JENNIFER E. WILLIS, United States Magistrate Judge:"), a docket entry
 * ("Signed by Judge Naomi Reice Buchwald") or the caption ("Judge Mary M. Rowland"); and the
 * assigned and referred judges from case-number initials. A signature damaged by OCR is corrected
 * against a judge the same document names cleanly ("The Honorable Gabriel W. Gorenstein"), with an
 * {@code OCR_CORRECTED} diagnostic.
 */
public final class JudgeExtractor implements Reader {
  /**
   * The title words, each allowing the blank that small capitals leave after a first letter in PDF
   * text ("U NITED STATES D ISTRICT JUDGE"); "SR. JUDGE" is a senior district judge's.
   */
  static final String TITLE =
      "(?:(?:Chief|Senior)[ ])?(?:(?:"
          + spaced("United")
          + "[ ]"
          + spaced("States")
          + "?"
          + "|U\\.[ ]?S\\.)[ ])?"
          + "(?:(?:Chief|Senior)[ ])?(?:"
          + spaced("District")
          + "|"
          + spaced("Magistrate")
          + "|"
          + spaced("Bankruptcy")
          + "|"
          + spaced("Circuit")
          + ")[ ]"
          + spaced("Judge")
          + "|U\\.[ ]?S\\.[ ]?[DM]\\.[ ]?J\\.?|USDJ|USMJ|[DM]\\.J\\.|Chief[ ]Judge|(?:Sr\\.|Senior)[ ]Judge";

  private static final Pattern TITLE_PATTERN = Pattern.compile("(?i)\\b(?:" + TITLE + ")");
  private static final String NAME =
      "(?<name>(?:Hon\\.?[ ]|HON\\.?[ ]|Honorable[ ])?[A-Za-z][A-Za-z.'\\-]{0,20}"
          + "(?:[ ][A-Za-z][A-Za-z.'\\-]{0,20}){0,4}?)";

  private static String spaced(String word) {
    return word.charAt(0) + "[ ]?" + word.substring(1);
  }

  /**
   * "JENNIFER E. WILLIS, United States Magistrate Judge:", "PADIN, District Judge." and "W. LOUIS
   * SANDS, SR. JUDGE UNITED STATES DISTRICT COURT."
   */
  private static final Pattern OPENING =
      Pattern.compile(
          "^"
              + NAME
              + ",?[ ](?<title>(?i:"
              + TITLE
              + "))(?i:,?[ ](?:United[ ]States|U\\.S\\.)[ ]District[ ]Court)?[:.]?$");

  /** The first line of a title broken over two: "JOHN DOE, UNITED STATES" / "DISTRICT JUDGE". */
  private static final Pattern TITLE_HEAD_END =
      Pattern.compile("(?i)[ ](?:(?:chief|senior)[ ])?(?:united[ ]states|u\\.[ ]?s\\.)$");

  private static final Pattern TITLE_TAIL_LINE =
      Pattern.compile(
          "(?i)(?:(?:chief|senior)[ ])?(?:district|magistrate|bankruptcy|circuit)[ ]judge[:.]?");
  private static final Pattern TITLE_WORD_TAIL =
      Pattern.compile(
          "[ ](?:United|UNITED|District|DISTRICT|Magistrate|MAGISTRATE|Chief|CHIEF|Senior|SENIOR|Judge|JUDGE|Court|COURT|New|NEW)\\b.*$");

  /** A court's or a place's words, never in a judge's name ("Southern District of New York"). */
  private static final Pattern PLACE =
      Pattern.compile(
          "(?i)\\b(?:district|division|circuit|southern|northern|eastern|western|middle|new york|street|avenue|square)\\b");

  /** Page furniture of legal-research printouts, never a judge's name ("All Citations"). */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)\\b(?:citations|end of document|westlaw|thomson|reuters|slip copy|pageid|casetext|justia|download)\\b");

  /**
   * "Chief Magistrate Judge Cecilia M. Romero": the title before the name, in a caption or
   * signature.
   */
  private static final Pattern TITLE_FIRST =
      Pattern.compile(
          "^(?<title>(?i:"
              + TITLE
              + "))[ ](?<name>[A-Z][A-Za-z.'\\-]{0,20}(?:[ ][A-Z][A-Za-z.'\\-]{0,20}){1,3})$");

  /**
   * "KEARNEY, J." is a district judge's opening in an opinion, and E.D. Pa.'s signature under "BY
   * THE COURT:" ("GENE E.K. PRATTER, J.").
   */
  private static final Pattern SURNAME_J =
      Pattern.compile(
          "^(?<name>[A-Z][A-Z.'\\-]{0,20}(?:[ ][A-Z][A-Z.'\\-]{0,20}){0,4}),[ ](?<title>C?\\.?J\\.)$");

  private static final String NAME_WORDS =
      "[A-Z][A-Za-z.'\\-]{0,20}(?:[ ][A-Z][A-Za-z.'\\-]{0,20}){0,4}";

  /**
   * A docket entry's "(Signed by Judge Jane Roe on 5/6/2022)", lower-case "signed by Magistrate
   * Judge Jane Roe on 3/4/2019", "ENTERED BY MAGISTRATE JUDGE JANE ROE", "Entered by Jane Roe,
   * United States Magistrate Judge, on June 4, 2012".
   */
  private static final Pattern SIGNED_BY =
      Pattern.compile(
          "(?i:(?:signed|entered)[ ]by)[ ](?:(?i:the[ ])?(?i:hon\\.?|honorable)[ ])?"
              + "(?:(?<title>(?i:(?:chief[ ]|senior[ ])?(?:united[ ]states[ ]|u\\.s\\.[ ])?(?:magistrate[ ]|district[ ]|bankruptcy[ ])?judge))"
              + "[ ](?<name>"
              + NAME_WORDS
              + ")(?=[ ]?,?[ ]on\\s|[ ]?[,.;)]|[ ]*$|[ ]*\n)"
              + "|(?<name2>"
              + NAME_WORDS
              + ")[ ]?,[ ](?<title2>(?i:"
              + TITLE
              + ")))",
          Pattern.MULTILINE);

  private static final CueMatcher.Definition SIGNED_BY_AT =
      CueMatcher.of(SIGNED_BY, 0, "signed by", "entered by");

  /**
   * Docket text naming its judge: "So Ordered by Judge Karen M. Williams on 10/24/2025", "Ordered
   * by Magistrate Judge James R. Cho on 2/17/2026" (the date makes it the entry's own signature,
   * not a narrated earlier order), and "ELECTRONIC ORDER entered. Judge Allison D. Burroughs: ..."
   * (D. Mass.).
   */
  private static final Pattern DOCKET_JUDGE =
      Pattern.compile(
          "(?:(?:(?<=[.)]\\s)|(?<=\\n)|^)(?i:(?:so[ ])?ordered[ ]by)[ ](?:(?i:the[ ])?(?i:hon\\.?|honorable)[ ])?"
              + "(?<title>(?i:(?:chief[ ]|senior[ ])?(?:united[ ]states[ ]|u\\.s\\.[ ])?(?:magistrate[ ]|district[ ]|bankruptcy[ ])?judge))"
              + "[ ](?<name>"
              + NAME_WORDS
              + ")(?=[ ]?,?\\son\\s)"
              + "|(?i:order[ ]entered)[.:]?[ ]+"
              + "(?<title2>(?i:(?:chief[ ]|senior[ ])?(?:united[ ]states[ ]|u\\.s\\.[ ])?(?:magistrate[ ]|district[ ]|bankruptcy[ ])?judge))"
              + "[ ](?<name2>"
              + NAME_WORDS
              + "):)");

  private static final CueMatcher.Definition DOCKET_JUDGE_AT =
      CueMatcher.of(DOCKET_JUDGE, 3, "ordered by", "order entered");

  /** "Present: The Honorable X, U.S. District Judge" (C.D. Cal. civil minutes). */
  private static final Pattern PRESENT = Pattern.compile("^(?i:present):?[ ]+(?:(?i:the)[ ])?");

  private static final Pattern MENTION =
      Pattern.compile(
          "(?:The Honorable|Honorable|Hon\\.|Dear Judge|(?:Magistrate|District) Judge|Judge)[ ]"
              + "(?<name>[A-Z][A-Za-z.'\\-]{0,20}(?:[ ][A-Z][A-Za-z.'\\-]{0,20}){0,3})");

  /**
   * Every title holds a "J" at most 40 characters in ("Senior United States Senior District
   * Judge").
   */
  private static final CueMatcher.Definition TITLE_AT = CueMatcher.of(TITLE_PATTERN, 40, "j");

  private static final CueMatcher.Definition MENTION_AT =
      CueMatcher.of(MENTION, 11, "judge", "hon");

  @Override
  public void extract(Reading ctx) {
    List<Mention> mentions = mentions(ctx);
    Optional<Judge> author =
        signedBy(ctx)
            .or(() -> signature(ctx, mentions))
            .or(() -> opening(ctx))
            .or(() -> captionJudge(ctx, mentions))
            .or(() -> heading(ctx));
    if (author.isEmpty() && ctx.layout.endorsement().isPresent()) {
      author = addressee(ctx, mentions);
    }
    author
        .map(a -> correctOcr(ctx, a, mentions))
        .ifPresentOrElse(
            ctx.out.judges::add,
            () ->
                ctx.diagnose(
                    DiagnosticCode.NO_AUTHOR, Severity.INFO, "no signing judge found", 0, 0));
    assigned(ctx);
  }

  private record Mention(String name, int start, int end, Optional<JudgeTitle> title) {}

  // ---- the author ----------------------------------------------------------------------

  private static Optional<Judge> signature(Reading ctx, List<Mention> mentions) {
    Range region =
        ctx.layout
            .endorsement()
            .or(() -> ctx.layout.signature())
            .orElse(new Range(Segmenter.tailStart(ctx.text, 0.75), ctx.text.length()));
    List<Range> lines = ctx.layout.lines();
    Optional<Judge> found = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      Range line = lines.get(i);
      if (line.end() <= region.start()) {
        continue;
      }
      String s = lastCell(line.of(ctx.text));
      Matcher sj = SURNAME_J.matcher(s.strip());
      if (sj.matches() && isName(sj.group("name"))) {
        int at = line.start() + line.of(ctx.text).lastIndexOf(s.strip());
        found =
            Optional.of(
                judge(ctx, sj.group("name"), at + sj.start("name"), at + sj.end("name"), "J."));
        continue;
      }
      CueMatcher cued = TITLE_AT.matcher(s);
      if (!cued.find()) {
        continue;
      }
      Matcher t = cued.matcher();
      int cellStart = line.start() + line.of(ctx.text).lastIndexOf(s);
      Optional<Judge> j = Optional.empty();
      String after = s.substring(t.end()).strip();
      Matcher tf = TITLE_FIRST.matcher(s.substring(t.start()));
      if (tf.matches() && isName(tf.group("name"))) {
        int base = cellStart + t.start();
        j =
            Optional.of(
                judge(
                    ctx,
                    tf.group("name"),
                    base + tf.start("name"),
                    base + tf.end("name"),
                    tf.group("title")));
      } else if (after.isEmpty() || after.matches("[.,:;)\\]~-]*")) {
        String before = s.substring(0, t.start()).replaceAll("[, ]+$", "");
        int nameStart = precedingNameStart(before);
        if (nameStart >= 0) {
          String name = before.substring(nameStart);
          j =
              Optional.of(
                  judge(ctx, name, cellStart + nameStart, cellStart + before.length(), t.group()));
        } else if (before.isEmpty()) {
          String title = s.substring(t.start());
          j =
              previousNameLine(ctx, lines, i)
                  .map(r -> judge(ctx, r.of(ctx.text).strip(), r.start(), r.end(), title));
        } else {
          j = damagedName(ctx, before, cellStart, t.group(), mentions);
        }
      } else {
        // The title is followed by more text: look for a name before it on the same line only
        // when what follows is another title ("... Magistrate Judge ~United States Magistrate
        // Judge").
        String before = s.substring(0, t.start()).replaceAll("[, ]+$", "");
        int nameStart = precedingNameStart(before);
        // OCR may leave stray marks before the repeated title; skip anything that is not a letter.
        String next = after.replaceFirst("^[^A-Za-z]{1,3}", "");
        if (nameStart >= 0 && TITLE_PATTERN.matcher(next).lookingAt()) {
          j =
              Optional.of(
                  judge(
                      ctx,
                      before.substring(nameStart),
                      cellStart + nameStart,
                      cellStart + before.length(),
                      t.group()));
        }
      }
      if (j.isPresent()) {
        found = j; // the last one in the region signs
      }
    }
    return found;
  }

  /**
   * A signature whose name is damaged or run into other text ("... LORNA G. SCHOFIEL Southern
   * District of New York UNITED STATES DISTRICT JUDGE" from a page without line breaks): a word of
   * the text before the title that is, or is cut short from, the surname of a judge the document
   * names cleanly ("Dear Judge Schofield") makes that judge the signer.
   */
  private static Optional<Judge> damagedName(
      Reading ctx, String before, int cellStart, String title, List<Mention> mentions) {
    int from = Math.max(0, before.length() - 120);
    String[] words = before.substring(from).split(" ");
    for (int w = words.length - 1; w >= 0; w--) {
      String word = words[w].replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
      if (word.length() < 5) {
        continue;
      }
      for (Mention m : mentions) {
        String[] parts = cleanName(m.name()).split(" ");
        for (int k = 0; k < parts.length; k++) {
          String surname = parts[k].replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
          if (surname.length() >= 5
              && (surname.equals(word)
                  || surname.startsWith(word) && surname.length() - word.length() <= 2)) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(parts, 0, k + 1));
            int at = cellStart + before.lastIndexOf(words[w]);
            if (isName(name)) {
              return Optional.of(judge(ctx, name, at, at + words[w].length(), title));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where a name of two to four words ends {@code before}: "CABRIEL W. CORENSTEIN" in "So Ordered.
   * CABRIEL W. CORENSTEIN", or -1. Stops at punctuation that cannot be in a name.
   */
  static int precedingNameStart(String before) {
    int end = before.length();
    int start = end;
    int words = 0;
    int i = end;
    while (i > 0 && words < 4) {
      int wEnd = i;
      while (i > 0 && before.charAt(i - 1) != ' ') {
        i--;
      }
      String w = before.substring(i, wEnd);
      if (w.isEmpty()
          || !Character.isLetter(w.charAt(0))
          || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '-')
          || w.equalsIgnoreCase("Ordered.")
          || w.equalsIgnoreCase("ordered")
          || w.equalsIgnoreCase("by")) {
        break;
      }
      start = i;
      words++;
      while (i > 0 && before.charAt(i - 1) == ' ') {
        i--;
      }
    }
    if (words < 2 || !isName(before.substring(start, end))) {
      return -1;
    }
    return start;
  }

  private static Optional<Range> previousNameLine(Reading ctx, List<Range> lines, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      String s = lastCell(lines.get(k).of(ctx.text));
      int skip = 0;
      if (s.startsWith("/s/")) {
        // "/s/ Jane Roe" signs electronically; a bare "/s/" line is passed over
        skip = 3;
        while (skip < s.length() && s.charAt(skip) == ' ') {
          skip++;
        }
      }
      // the first half of a broken title: "JOHN DOE, UNITED STATES" above "DISTRICT JUDGE"
      Matcher head = TITLE_HEAD_END.matcher(s);
      int end = head.find() ? head.start() : s.length();
      while (end > skip && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == ' ')) {
        end--;
      }
      String name = s.substring(skip, end);
      if (name.isEmpty() || name.matches("[_\\s]+")) {
        continue;
      }
      if (isName(name)) {
        String line = lines.get(k).of(ctx.text);
        int at = lines.get(k).start() + line.lastIndexOf(s) + skip;
        return Optional.of(new Range(at, at + name.length()));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The first cell of the next non-blank line after line {@code i}, or "". */
  private static String nextLineText(Reading ctx, int i) {
    List<Range> lines = ctx.layout.lines();
    for (int k = i + 1; k < lines.size() && k <= i + 2; k++) {
      String s = lines.get(k).of(ctx.text).strip();
      if (!s.isEmpty()) {
        int tab = s.indexOf('\t');
        return (tab >= 0 ? s.substring(0, tab) : s).strip();
      }
    }
    return "";
  }

  private static Optional<Judge> opening(Reading ctx) {
    return opening(ctx, Math.min(ctx.text.length(), ctx.layout.header().end() + 400), false);
  }

  /** Lines a court form's heading may take before its body: the caption, parties, counsel. */
  private static final int HEADING_LINES = 80;

  /**
   * A court form names its judge in a heading line of its own, "HONORABLE JANE ROE, UNITED STATES
   * DISTRICT JUDGE" (C.D. Cal. civil minutes), and is not signed. Not in a letter, whose heading
   * names the judge it is addressed to.
   */
  private static Optional<Judge> heading(Reading ctx) {
    if (ctx.layout.letter().isPresent() || ctx.layout.lines().isEmpty()) {
      return Optional.empty();
    }
    int limit =
        ctx.layout.lines().get(Math.min(HEADING_LINES, ctx.layout.lines().size() - 1)).end();
    return opening(ctx, limit, true);
  }

  private static final Pattern HONORIFIC =
      Pattern.compile("^(?:THE[ ]|The[ ])?(?:HONORABLE|Honorable|HON\\.|Hon\\.)[ ]");

  private static Optional<Judge> opening(Reading ctx, int limit, boolean honorific) {
    List<Range> lines = ctx.layout.lines();
    for (int li = 0; li < lines.size(); li++) {
      Range line = lines.get(li);
      if (line.start() > limit) {
        break;
      }
      if (line.length() > 300) {
        continue; // running text, not an opening line
      }
      String l = line.of(ctx.text);
      for (String cell : l.split("\t")) {
        String s = cell.strip();
        Matcher present = PRESENT.matcher(s);
        if (present.lookingAt()) {
          s = s.substring(present.end());
        }
        if (s.isEmpty() || honorific && !HONORIFIC.matcher(s).find()) {
          continue;
        }
        Matcher m = OPENING.matcher(s);
        if (!m.matches()) {
          m = SURNAME_J.matcher(s);
        }
        if (!m.matches() && TITLE_HEAD_END.matcher(s).find()) {
          // "HONORABLE JOHN F. WALTER, UNITED STATES" / "DISTRICT JUDGE"
          String tail = nextLineText(ctx, li);
          if (TITLE_TAIL_LINE.matcher(tail).matches()) {
            m = OPENING.matcher(s + " " + tail);
          }
        }
        if (m.matches() && isName(m.group("name"))) {
          int at = line.start() + l.indexOf(s);
          return Optional.of(
              judge(
                  ctx,
                  m.group("name"),
                  at + m.start("name"),
                  at + m.end("name"),
                  m.group("title")));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the document opens with a judge's own line ("PADIN, District Judge."), as orders do.
   */
  static boolean opensWithJudge(Reading ctx) {
    return opening(ctx).isPresent();
  }

  private static Optional<Judge> signedBy(Reading ctx) {
    return signedBy(ctx, SIGNED_BY_AT).or(() -> signedBy(ctx, DOCKET_JUDGE_AT));
  }

  private static Optional<Judge> signedBy(Reading ctx, CueMatcher.Definition cue) {
    CueMatcher cued = cue.matcher(ctx.text);
    while (cued.find()) {
      Matcher m = cued.matcher();
      String group = m.group("name") != null ? "name" : "name2";
      String title = m.group("title") != null ? m.group("title") : m.group("title2");
      if (isName(m.group(group))) {
        return Optional.of(judge(ctx, m.group(group), m.start(group), m.end(group), title));
      }
    }
    return Optional.empty();
  }

  /** A caption cell "Judge Mary M. Rowland": the presiding judge, who signs. */
  private static Optional<Judge> captionJudge(Reading ctx, List<Mention> mentions) {
    for (Range line : ctx.layout.lines()) {
      if (line.start() >= ctx.layout.header().end()) {
        break;
      }
      String l = line.of(ctx.text);
      for (String cell : l.split("\t")) {
        Matcher tf = TITLE_FIRST.matcher(cell.strip());
        if (tf.matches() && isName(tf.group("name"))) {
          int at = line.start() + l.indexOf(cell.strip());
          return Optional.of(
              judge(
                  ctx,
                  tf.group("name"),
                  at + tf.start("name"),
                  at + tf.end("name"),
                  tf.group("title")));
        }
      }
    }
    for (Mention m : mentions) {
      if (m.start() < ctx.layout.header().end()) {
        String before = ctx.text.substring(Math.max(0, m.start() - 1), m.start());
        String cue = ctx.text.substring(m.start(), Math.min(ctx.text.length(), m.start() + 6));
        if (cue.startsWith("Judge")
            && (before.isEmpty() || before.equals("\t") || before.equals("\n"))) {
          return Optional.of(
              judge(
                  ctx, m.name(), nameStart(m), m.end(), m.title().map(Enum::name).orElse("Judge")));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Judge> addressee(Reading ctx, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.title().isPresent()) {
        return Optional.of(judge(ctx, m.name(), nameStart(m), m.end(), m.title().get().name()));
      }
    }
    return Optional.empty();
  }

  private static Judge judge(Reading ctx, String rawName, int start, int end, String titleText) {
    String u = titleText.toUpperCase(Locale.ROOT);
    return new Judge.Builder()
        .name(naturalCase(cleanName(rawName)))
        .title(title(u))
        .role(JudgeRole.AUTHOR)
        .chief(u.contains("CHIEF") || u.startsWith("C.J"))
        .senior(u.contains("SENIOR") || u.startsWith("SR."))
        .span(ctx.span(start, end))
        .build();
  }

  static JudgeTitle title(String titleText) {
    // "M AGISTRATE" from small capitals reads as "MAGISTRATE"
    String u = titleText.replaceAll("\\b([A-Z]) ([A-Z]{2,})", "$1$2");
    if (u.contains("MAGISTRATE") || u.contains("M.J") || u.contains("USMJ") || u.contains("M. J")) {
      return JudgeTitle.MAGISTRATE_JUDGE;
    }
    if (u.contains("BANKRUPTCY")) {
      return JudgeTitle.BANKRUPTCY_JUDGE;
    }
    if (u.contains("CIRCUIT")) {
      return JudgeTitle.CIRCUIT_JUDGE;
    }
    return JudgeTitle
        .DISTRICT_JUDGE; // "District Judge", "U.S.D.J.", "J." and a bare "Judge" in a district
    // court
  }

  // ---- OCR correction against clean mentions --------------------------------------------

  private Judge correctOcr(Reading ctx, Judge author, List<Mention> mentions) {
    String name = author.name().orElse("");
    String key = letters(name);
    for (Mention m : mentions) {
      String mk = letters(cleanName(m.name()));
      if (mk.equals(key)) {
        return author;
      }
    }
    for (Mention m : mentions) {
      String clean = naturalCase(cleanName(m.name()));
      String mk = letters(clean);
      if (mk.length() >= 6 && EditDistance.within(key, mk, Math.max(2, mk.length() / 5))) {
        ctx.diagnose(
            DiagnosticCode.OCR_CORRECTED,
            Severity.INFO,
            "read the signature \""
                + name
                + "\" as \""
                + clean
                + "\", named elsewhere in the document",
            author.span().start(),
            author.span().end());
        return new Judge.Builder().from(author).name(clean).build();
      }
    }
    return author;
  }

  private static List<Mention> mentions(Reading ctx) {
    List<Mention> out = new ArrayList<>();
    CueMatcher cued = MENTION_AT.matcher(ctx.text);
    while (cued.find()) {
      Matcher m = cued.matcher();
      // "The Honorable Jane Roe United States District Court": the name ends at the title
      String name =
          TITLE_WORD_TAIL.matcher(m.group("name")).replaceFirst("").replaceAll("[,.]+$", "");
      String after = ctx.text.substring(m.end(), Math.min(ctx.text.length(), m.end() + 40));
      String cue = m.group().toUpperCase(Locale.ROOT);
      Optional<JudgeTitle> title = Optional.empty();
      Matcher t = TITLE_PATTERN.matcher(after);
      if (t.find() && t.start() <= 3) {
        title = Optional.of(title(t.group().toUpperCase(Locale.ROOT)));
      } else if (cue.startsWith("MAGISTRATE JUDGE")) {
        title = Optional.of(JudgeTitle.MAGISTRATE_JUDGE);
      } else if (cue.startsWith("DISTRICT JUDGE")) {
        title = Optional.of(JudgeTitle.DISTRICT_JUDGE);
      }
      out.add(new Mention(name, m.start(), m.start("name") + name.length(), title));
    }
    return out;
  }

  // ---- assigned and referred judges -----------------------------------------------------

  private static void assigned(Reading ctx) {
    List<String> seen = new ArrayList<>();
    for (CaseNumber n : ctx.facts.caseNumbers()) {
      for (String initials : n.judgeInitials()) {
        if (seen.contains(initials)) {
          continue;
        }
        JudgeRole role = seen.isEmpty() ? JudgeRole.ASSIGNED : JudgeRole.REFERRED;
        seen.add(initials);
        // The initials' place inside the number's span, in the span's own coordinates (normalized,
        // or the input's for a number read from a page stamp).
        boolean inInput = ctx.facts.spannedInInput(n);
        int at = (inInput ? n.text() : n.span().slice(ctx.text)).indexOf(initials);
        TextSpan span =
            at >= 0
                ? TextSpan.of(n.span().start() + at, n.span().start() + at + initials.length())
                : n.span();
        Judge judge =
            fromRoster(ctx, new Judge.Builder().initials(initials).role(role).span(span).build());
        ctx.out.judges.add(judge);
        if (inInput) {
          ctx.out.spannedInInput(judge);
        }
      }
    }
  }

  /**
   * A judge known by initials, with the name and title the court's roster gives for them (when the
   * order's court has registered rules); what the document itself says is kept.
   */
  private static Judge fromRoster(Reading ctx, Judge j) {
    Optional<JudgeProfile> p =
        ctx.facts
            .rules()
            .flatMap(
                r ->
                    r.judges().stream()
                        .filter(x -> j.initials().map(x.initials()::equals).orElse(false))
                        .findFirst());
    if (p.isEmpty()) {
      return j;
    }
    Judge.Builder b = new Judge.Builder().from(j);
    if (j.name().isEmpty()) {
      b.name(p.get().name());
    }
    if (j.title().isEmpty()) {
      b.title(p.get().title());
    }
    return b.build();
  }

  // ---- names ---------------------------------------------------------------------------

  private static boolean isName(String s) {
    String t = cleanName(s);
    if (t.length() < 3 || t.length() > 60) {
      return false;
    }
    String u = t.toUpperCase(Locale.ROOT);
    if (u.contains("ORDERED")
        || u.contains("DATED")
        || u.contains("COURT")
        || u.contains("UNITED STATES")
        || u.contains("RESPECTFULLY")
        || u.contains("SUBMITTED")
        || FURNITURE.matcher(t).find()
        || PLACE.matcher(t).find()) {
      return false;
    }
    for (String w : t.split(" ")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    return t.chars().filter(Character::isLetter).count() >= 3;
  }

  static String cleanName(String s) {
    return s.strip()
        .replaceFirst("^(?i)(?:/s/[ ]*)?(?:the[ ])?(?:honorable|hon\\.?)[ ]+", "")
        .replaceAll("[,:;]+$", "")
        .strip();
  }

  /** "JENNIFER E. WILLIS" → "Jennifer E. Willis"; mixed-case names stay as written. */
  static String naturalCase(String s) {
    boolean hasLower = s.chars().anyMatch(Character::isLowerCase);
    boolean hasUpperRun = s.matches(".*[A-Z]{3,}.*");
    if (hasLower && !hasUpperRun) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.' || c == '\'';
    }
    return sb.toString();
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static String lastCell(String line) {
    String[] cells = line.split("\t");
    return cells[cells.length - 1].strip();
  }

  private static int nameStart(Mention m) {
    return m.end() - m.name().length();
  }
}
