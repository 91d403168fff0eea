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
 * Finds the judges: the author from the signature block ("BARBARA MOSES / United States
 * Magistrate Judge"), the opening line ("JENNIFER E. WILLIS, United States Magistrate
 * Judge:"), a docket entry ("Signed by Judge Naomi Reice Buchwald") or the caption ("Judge
 * Mary M. Rowland"); and the assigned and referred judges from case-number initials. A
 * signature damaged by OCR is corrected against a judge the same document names cleanly ("The
 * Honorable Gabriel W. Gorenstein"), with an {@code OCR_CORRECTED} diagnostic.
 */
public final class JudgeExtractor implements Reader {
  static final String TITLE = "(?:(?:Chief|Senior)[ ])?(?:(?:United[ ]States?|U\\.[ ]?S\\.)[ ])?"
      + "(?:(?:Chief|Senior)[ ])?(?:District|Magistrate|Bankruptcy|Circuit)[ ]Judge"
      + "|U\\.[ ]?S\\.[ ]?[DM]\\.[ ]?J\\.?|USDJ|USMJ|[DM]\\.J\\.|Chief[ ]Judge";
  private static final Pattern TITLE_PATTERN = Pattern.compile("(?i)\\b(?:" + TITLE + ")");
  private static final String NAME = "(?<name>(?:Hon\\.?[ ]|HON\\.?[ ]|Honorable[ ])?[A-Za-z][A-Za-z.'\\-]{0,20}"
      + "(?:[ ][A-Za-z][A-Za-z.'\\-]{0,20}){0,4}?)";
  /** "JENNIFER E. WILLIS, United States Magistrate Judge:" and "PADIN, District Judge." */
  private static final Pattern OPENING = Pattern.compile(
      "^" + NAME + ",?[ ](?<title>(?i:" + TITLE + "))[:.]?$");
  /** "Chief Magistrate Judge Cecilia M. Romero": the title before the name, in a caption or signature. */
  private static final Pattern TITLE_FIRST = Pattern.compile(
      "^(?<title>(?i:" + TITLE + "))[ ](?<name>[A-Z][A-Za-z.'\\-]{0,20}(?:[ ][A-Z][A-Za-z.'\\-]{0,20}){1,3})$");
  /** "KEARNEY, J." is a district judge's opening in an opinion. */
  private static final Pattern SURNAME_J = Pattern.compile("^(?<name>[A-Z][A-Z'\\-]{1,20}),[ ](?<title>C?\\.?J\\.)$");
  private static final Pattern SIGNED_BY = Pattern.compile(
      "Signed by (?<title>(?:Chief )?(?:Magistrate |District |Bankruptcy )?Judge) (?<name>[A-Z][A-Za-z.' \\-]{2,50}?) on ");
  private static final Pattern MENTION = Pattern.compile(
      "(?:The Honorable|Honorable|Hon\\.|Dear Judge|(?:Magistrate|District) Judge|Judge)[ ]"
          + "(?<name>[A-Z][A-Za-z.'\\-]{0,20}(?:[ ][A-Z][A-Za-z.'\\-]{0,20}){0,3})");
  /** Every title holds a "J" at most 40 characters in ("Senior United States Senior District Judge"). */
  private static final CueMatcher.Definition TITLE_AT = CueMatcher.of(TITLE_PATTERN, 40, "j");
  private static final CueMatcher.Definition MENTION_AT = CueMatcher.of(MENTION, 11, "judge", "hon");

  @Override
  public void extract(Reading ctx) {
    List<Mention> mentions = mentions(ctx);
    Optional<Judge> author = signedBy(ctx).or(() -> signature(ctx)).or(() -> opening(ctx))
        .or(() -> captionJudge(ctx, mentions));
    if (author.isEmpty() && ctx.layout.endorsement().isPresent()) {
      author = addressee(ctx, mentions);
    }
    author.map(a -> correctOcr(ctx, a, mentions)).ifPresentOrElse(ctx.out.judges::add,
        () -> ctx.diagnose(DiagnosticCode.NO_AUTHOR, Severity.INFO, "no signing judge found", 0, 0));
    assigned(ctx);
  }

  private record Mention(String name, int start, int end, Optional<JudgeTitle> title) {}


  // ---- the author ----------------------------------------------------------------------

  private static Optional<Judge> signature(Reading ctx) {
    Range region = ctx.layout.endorsement().or(() -> ctx.layout.signature())
        .orElse(new Range(Segmenter.tailStart(ctx.text, 0.75), ctx.text.length()));
    List<Range> lines = ctx.layout.lines();
    Optional<Judge> found = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      Range line = lines.get(i);
      if (line.end() <= region.start()) {
        continue;
      }
      String s = lastCell(line.of(ctx.text));
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
        j = Optional.of(judge(ctx, tf.group("name"), base + tf.start("name"), base + tf.end("name"), tf.group("title")));
      } else if (after.isEmpty() || after.matches("[.,:;)\\]~-]*")) {
        String before = s.substring(0, t.start()).replaceAll("[, ]+$", "");
        int nameStart = precedingNameStart(before);
        if (nameStart >= 0) {
          String name = before.substring(nameStart);
          j = Optional.of(judge(ctx, name, cellStart + nameStart, cellStart + before.length(), t.group()));
        } else if (before.isEmpty()) {
          String title = s.substring(t.start());
          j = previousNameLine(ctx, lines, i).map(r -> judge(ctx, r.of(ctx.text).strip(), r.start(), r.end(), title));
        }
      } else {
        // The title is followed by more text: look for a name before it on the same line only
        // when what follows is another title ("... Magistrate Judge ~United States Magistrate Judge").
        String before = s.substring(0, t.start()).replaceAll("[, ]+$", "");
        int nameStart = precedingNameStart(before);
        // OCR may leave stray marks before the repeated title; skip anything that is not a letter.
        String next = after.replaceFirst("^[^A-Za-z]{1,3}", "");
        if (nameStart >= 0 && TITLE_PATTERN.matcher(next).lookingAt()) {
          j = Optional.of(judge(ctx, before.substring(nameStart), cellStart + nameStart, cellStart + before.length(), t.group()));
        }
      }
      if (j.isPresent()) {
        found = j; // the last one in the region signs
      }
    }
    return found;
  }

  /**
   * Where a name of two to four words ends {@code before}: "CABRIEL W. CORENSTEIN" in
   * "So Ordered. CABRIEL W. CORENSTEIN", or -1. Stops at punctuation that cannot be in a name.
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
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '-')
          || w.equalsIgnoreCase("Ordered.") || w.equalsIgnoreCase("ordered") || w.equalsIgnoreCase("by")) {
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
      if (s.isEmpty() || s.matches("[_\\s]+") || s.startsWith("/s/")) {
        continue;
      }
      if (isName(s)) {
        String line = lines.get(k).of(ctx.text);
        int at = lines.get(k).start() + line.lastIndexOf(s);
        return Optional.of(new Range(at, at + s.length()));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Judge> opening(Reading ctx) {
    int limit = Math.min(ctx.text.length(), ctx.layout.header().end() + 400);
    for (Range line : ctx.layout.lines()) {
      if (line.start() > limit) {
        break;
      }
      String l = line.of(ctx.text);
      for (String cell : l.split("\t")) {
        String s = cell.strip();
        if (s.isEmpty()) {
          continue;
        }
        Matcher m = OPENING.matcher(s);
        if (!m.matches()) {
          m = SURNAME_J.matcher(s);
        }
        if (m.matches() && isName(m.group("name"))) {
          int at = line.start() + l.indexOf(s);
          return Optional.of(judge(ctx, m.group("name"), at + m.start("name"), at + m.end("name"), m.group("title")));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Judge> signedBy(Reading ctx) {
    Matcher m = SIGNED_BY.matcher(ctx.text);
    if (m.find()) {
      return Optional.of(judge(ctx, m.group("name"), m.start("name"), m.end("name"), m.group("title")));
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
          return Optional.of(judge(ctx, tf.group("name"), at + tf.start("name"), at + tf.end("name"), tf.group("title")));
        }
      }
    }
    for (Mention m : mentions) {
      if (m.start() < ctx.layout.header().end()) {
        String before = ctx.text.substring(Math.max(0, m.start() - 1), m.start());
        String cue = ctx.text.substring(m.start(), Math.min(ctx.text.length(), m.start() + 6));
        if (cue.startsWith("Judge") && (before.isEmpty() || before.equals("\t") || before.equals("\n"))) {
          return Optional.of(judge(ctx, m.name(), nameStart(m), m.end(), m.title().map(Enum::name).orElse("Judge")));
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
        .senior(u.contains("SENIOR"))
        .span(ctx.span(start, end))
        .build();
  }

  static JudgeTitle title(String u) {
    if (u.contains("MAGISTRATE") || u.contains("M.J") || u.contains("USMJ") || u.contains("M. J")) {
      return JudgeTitle.MAGISTRATE_JUDGE;
    }
    if (u.contains("BANKRUPTCY")) {
      return JudgeTitle.BANKRUPTCY_JUDGE;
    }
    if (u.contains("CIRCUIT")) {
      return JudgeTitle.CIRCUIT_JUDGE;
    }
    return JudgeTitle.DISTRICT_JUDGE; // "District Judge", "U.S.D.J.", "J." and a bare "Judge" in a district court
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
        ctx.diagnose(DiagnosticCode.OCR_CORRECTED, Severity.INFO,
            "read the signature \"" + name + "\" as \"" + clean + "\", named elsewhere in the document",
            author.span().start(), author.span().end());
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
      String name = m.group("name").replaceAll("[,.]+$", "");
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
        TextSpan span = at >= 0 ? TextSpan.of(n.span().start() + at, n.span().start() + at + initials.length()) : n.span();
        Judge judge = fromRoster(ctx, new Judge.Builder().initials(initials).role(role).span(span).build());
        ctx.out.judges.add(judge);
        if (inInput) {
          ctx.out.spannedInInput(judge);
        }
      }
    }
  }

  /**
   * A judge known by initials, with the name and title the court's roster gives for them (when
   * the order's court has registered rules); what the document itself says is kept.
   */
  private static Judge fromRoster(Reading ctx, Judge j) {
    Optional<JudgeProfile> p = ctx.facts.rules().flatMap(r -> r.judges().stream()
        .filter(x -> j.initials().map(x.initials()::equals).orElse(false)).findFirst());
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
    if (u.contains("ORDERED") || u.contains("DATED") || u.contains("COURT") || u.contains("UNITED STATES")
        || u.contains("RESPECTFULLY") || u.contains("SUBMITTED")) {
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
    return s.strip().replaceFirst("^(?i)(?:/s/[ ]*)?(?:the[ ])?(?:honorable|hon\\.?)[ ]+", "")
        .replaceAll("[,:;]+$", "").strip();
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
