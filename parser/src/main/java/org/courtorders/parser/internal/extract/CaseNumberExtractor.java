package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.CueMatcher;
import org.courtorders.parser.internal.DataFiles;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.text.PageStamp;

/**
 * Reads the numbers of the case(s) a document is filed in, from the caption region, a letter's
 * "Re:" block and PACER stamps, in every common form: "18-cv-4476 (LJL) (JW)", "1:23-cv-00048-GWG",
 * "No. 20 Civ. 8607 (JMF) (BCM)", "14cv2657 (DLC)", "25-CV-4526 (PJS/LIB)",
 * "2:16-cr-00368-APG-PAL", "C 06-3340 SBA (JL)", "Civil Action No. 26-276". Numbers that the body
 * cites for other cases are not read.
 */
public final class CaseNumberExtractor implements Reader {
  private static final String INITIALS = "[A-Z]{1,4}";

  /**
   * Initials in a parenthesis: "(JMF)", C.D. Cal.'s magistrate codes with a trailing x: "(Ex)",
   * "(PLAx)".
   */
  private static final String PAREN_INITIALS = "[A-Z]{1,4}x?";

  /**
   * ECF-style groups after the number: initials as printed ("-GBD", single-letter "-K", lower-case
   * "-tmp", "-jed", underscored "-M_M"), or a defendant number ("-1").
   */
  private static final String ECF =
      "(?<ecf>(?:-(?:\\d{1,3})?(?:[A-Z]{1,4}|[a-z]{2,4}|[A-Za-z]_[A-Za-z])(?![A-Za-z_\\d])"
          + "|-\\d{1,3}(?![\\d/]))*)";

  private static final String PAREN =
      "(?<paren>(?:[ \\t]{0,2}\\([ ]?"
          + PAREN_INITIALS
          + "(?:[ ]?[/,][ ]?"
          + PAREN_INITIALS
          + "){0,2}[ ]?\\)){0,4})";

  /** Initials after a space that end the line or come before a parenthesis: "3:10CV00172 JMM". */
  private static final String BARE = "(?:[ ](?<bare>[A-Z]{2,4})(?=[ ]*(?:$|\\(|\\n)))?";

  private static final List<String> TYPES = loadTypes();

  /** Office, year, type, number, ECF-style initials, parenthesized initials. */
  static final Pattern TYPED =
      Pattern.compile(
          "(?<![A-Za-z0-9:/-])"
              + "(?:(?<office>\\d)[ ]?:[ ]?(?:\\d[ ]?:[ ]?)?)?"
              + "(?<year>(?:19|20)\\d{2}|\\d{2})"
              + "(?:[ ]?-[ ]?|[ ]|)"
              + "(?<type>(?i:civ\\.|crim\\.|cr\\.|"
              + String.join("|", TYPES)
              + "))"
              + "(?:[ ]?-[ ]?|\\.?[ ]|)"
              + "(?<number>\\d[\\dlIO]{0,5}|[lI][\\dlIO]{1,5})(?![\\d/])"
              + ECF
              + BARE
              + PAREN,
          Pattern.MULTILINE);

  /**
   * The CM/ECF form "o:yy-TYPE-nnnnn": office, two-digit year, any type of one to five letters or
   * digits ("1:21-crcor-00001", "1:21-2255-00001"), five-digit number. The form is unambiguous, so
   * the type need not be a known one.
   */
  static final Pattern PACER =
      Pattern.compile(
          "(?<![A-Za-z0-9:/-])(?<office>\\d):(?<year>\\d{2})-(?<type>[A-Za-z0-9~]{1,5})-(?<number>\\d{5})(?![\\d/])"
              + ECF
              + PAREN);

  /** The type before the year: W.D. Okla. "CIV-25-1446-R", "CR-24-12-F". */
  static final Pattern TYPE_FIRST =
      Pattern.compile(
          "(?<![A-Za-z0-9-])(?<pfx>CIV|CR|CRIM|MJ|M)-(?<year>\\d{2})-(?<number>\\d{1,6})(?![\\d])"
              + ECF
              + PAREN);

  /**
   * A number with no type after a label that names this case: "Case No. 11-12780", "Case No.:
   * 12-02259-DHW".
   */
  static final Pattern LABELED =
      Pattern.compile(
          "(?i:case[ ]no\\.?:?|case[ ]number:?|case|civil[ ]no\\.?|docket[ ]no\\.?:?)[ ]?"
              + "(?<year>\\d{2})-(?<number>\\d{3,6})(?![\\d]|[-.,]\\d)"
              + ECF
              + PAREN);

  /**
   * Bankruptcy numbers: "02-00017-LMK", "15-32065-bjh11" (initials, then the chapter),
   * "10-01083-8-RDD" (office after the number), "13-07422-RLM-7A".
   */
  static final Pattern BANKRUPTCY =
      Pattern.compile(
          "(?<![A-Za-z0-9:/-])(?:\\d:)?(?<year>\\d{2})-(?<number>\\d{5})(?:-(?<office>\\d)(?![\\d]))?"
              + "(?:-(?<init>[A-Z]{2,4}|[a-z]{2,4})(?:\\d{1,2}[A-Z]?)?(?![A-Za-z]))?(?:-\\d{1,2}[A-Z]?(?![A-Za-z0-9]))?(?![\\d-])");

  /** Forms without a type: "C 06-3340 SBA (JL)" (N.D. Cal.), "Civil Action No. 26-276". */
  static final Pattern UNTYPED =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?<pfx>(?i:civil action no\\.?|criminal action no\\.?|civil no\\.?|criminal no\\.?)|C|CR|CV)"
              + "[ ](?<year>\\d{2})-(?<number>\\d{1,6})(?![\\d])"
              + ECF
              + "(?:[ ](?<bare>[A-Z]{2,4})(?![A-Za-z]))?"
              + PAREN);

  /**
   * A caption cell "NO. 24-3318" under a "CIVIL ACTION" or "CRIMINAL ACTION" cell (E.D. Pa., M.D.
   * Pa., W.D. Pa., E.D. La. captions), and N.D. Ill.'s "23 C 5190" / "24 CR 112": read in the
   * caption region only, the type from the action cell or the letter.
   */
  static final Pattern ACTION_NO =
      Pattern.compile(
          "(?m)(?:^|\\t)[ ]{0,40}(?:NO\\.|No\\.)[ ]?:?[ ]?(?<year>\\d{2})-(?<number>\\d{1,6})(?![\\d-])");

  private static final Pattern ACTION_KIND =
      Pattern.compile("(?m)(?:^|\\t)[ ]{0,40}(?<kind>CIVIL|CRIMINAL)[ ]ACTION[ ]{0,4}(?:$|\\t)");

  static final Pattern LETTER_TYPE =
      Pattern.compile(
          "(?<![A-Za-z0-9:/-])(?<year>\\d{2})[ ](?<type>C|CR)[ ](?<number>\\d{1,5})(?![\\d/A-Za-z])");

  /** Labels that name the document's own case. */
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)(?<![A-Za-z])(?:case[ ]no\\.?:?[ ]?|case[ ]number:?[ ]?|docket[ ]no\\.?:?[ ]?|index[ ]no\\.?:?[ ]?)|(?=civil action no|criminal action no)");

  /**
   * A typed number starts with its office or year digit; an untyped one has "-" after "Criminal
   * Action No. 26".
   */
  private static final CueMatcher.Definition TYPED_AT =
      CueMatcher.of(TYPED, 0, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static final CueMatcher.Definition UNTYPED_AT = CueMatcher.of(UNTYPED, 22, "-");
  private static final CueMatcher.Definition CUE_AT =
      CueMatcher.of(CUE, 9, "case", "docket", "index", "action");

  private static final CueMatcher.Definition PACER_AT = CueMatcher.of(PACER, 2, ":");
  private static final CueMatcher.Definition TYPE_FIRST_AT = CueMatcher.of(TYPE_FIRST, 4, "-");
  private static final CueMatcher.Definition LABELED_AT =
      CueMatcher.of(LABELED, 0, "case", "docket", "civil");
  private static final CueMatcher.Definition BANKRUPTCY_AT = CueMatcher.of(BANKRUPTCY, 4, "-");

  private static final Pattern INITIAL_TOKEN =
      Pattern.compile("(?:\\d{1,3})?([A-Za-z]{1,4}|[A-Za-z]_[A-Za-z])");

  /** Non-judge suffix → the courts that use it. */
  private static final Map<String, Set<String>> NON_JUDGE = loadNonJudgeSuffixes();

  @Override
  public void extract(Reading ctx) {
    String courtId = ctx.facts.court().map(c -> c.id()).orElse(null);
    Map<String, CaseNumber> found = new LinkedHashMap<>();
    Set<String> inferred = new HashSet<>();
    boolean bankruptcy = bankruptcyCourt(ctx.text, ctx.layout.header().end());
    for (PageStamp stamp : ctx.doc.stamps()) {
      if (!stamp.caseNumberText().isEmpty()) {
        Matcher m = TYPED.matcher(stamp.caseNumberText());
        if (m.find()) {
          add(found, typed(m, stamp.caseNumberText(), stamp.caseNumberSpan()));
        }
      }
    }
    // A stamp's number was read by the text layer from a line it took out: its span is already
    // in the input, and merging keeps the first span of a number.
    Set<String> fromStamps = new java.util.HashSet<>(found.keySet());
    for (Range region : regions(ctx)) {
      CueMatcher typed = TYPED_AT.matcher(ctx.text, region.start(), region.end());
      while (typed.find()) {
        addTyped(ctx, found, typed.matcher());
      }
      CueMatcher untyped = UNTYPED_AT.matcher(ctx.text, region.start(), region.end());
      while (untyped.find()) {
        addUntyped(ctx, found, untyped.matcher());
      }
      CueMatcher pacer = PACER_AT.matcher(ctx.text, region.start(), region.end());
      while (pacer.find()) {
        addTyped(ctx, found, pacer.matcher());
      }
      CueMatcher typeFirst = TYPE_FIRST_AT.matcher(ctx.text, region.start(), region.end());
      while (typeFirst.find()) {
        addUntyped(ctx, found, typeFirst.matcher());
      }
      labeled(ctx, found, inferred, bankruptcy, region.start(), region.end());
    }
    actionNumbers(ctx, found);
    // Outside the caption region, only a number a label names as this case's: "Case No. ...".
    List<Range> lines = ctx.layout.lines();
    for (int i = 0; i < Math.min(lines.size(), 60); i++) {
      Range line = lines.get(i);
      if (line.end() <= ctx.layout.header().end()) {
        continue;
      }
      CueMatcher cued = CUE_AT.matcher(ctx.text, line.start(), line.end());
      while (cued.find()) {
        Matcher cue = cued.matcher();
        int from = cue.end();
        int to = Math.min(line.end(), from + 80);
        Matcher m = TYPED.matcher(ctx.text).region(from, to);
        if (m.lookingAt()) {
          addTyped(ctx, found, m);
        }
        Matcher u = UNTYPED.matcher(ctx.text).region(cue.start(), to);
        if (u.lookingAt()) {
          addUntyped(ctx, found, u);
        }
        // "Case No. CV 26-1198-JFW(Ex)": the label, then the untyped form's own prefix.
        Matcher after = UNTYPED.matcher(ctx.text).region(from, to);
        if (after.lookingAt()) {
          addUntyped(ctx, found, after);
        }
        Matcher p = PACER.matcher(ctx.text).region(from, to);
        if (p.lookingAt()) {
          addTyped(ctx, found, p);
        }
        labeled(ctx, found, inferred, bankruptcy, cue.start(), to);
      }
    }
    // A number in the CM/ECF form anywhere near the top, when no region held one: flattened
    // docket-site text puts the caption's number after the site's header (C18b).
    if (found.isEmpty()) {
      CueMatcher pacer = PACER_AT.matcher(ctx.text, 0, Math.min(ctx.text.length(), 4000));
      if (pacer.find()) {
        addTyped(ctx, found, pacer.matcher());
      }
    }
    Set<String> nonJudge = nonJudge(courtId);
    for (Map.Entry<String, CaseNumber> e : found.entrySet()) {
      CaseNumber n = e.getValue();
      List<String> kept = new ArrayList<>(n.judgeInitials());
      kept.removeIf(nonJudge::contains);
      if (kept.size() != n.judgeInitials().size()) {
        e.setValue(new CaseNumber.Builder().from(n).judgeInitials(kept).build());
      }
    }
    for (CaseNumber n : found.values()) {
      if (inferred.contains(n.text())) {
        ctx.diagnose(
            DiagnosticCode.CASE_TYPE_INFERRED,
            Severity.INFO,
            "case number \"" + n.text() + "\" prints no case type; civil (cv) inferred",
            n.span().start(),
            n.span().end());
      }
    }
    ctx.out.caseNumbers.addAll(found.values());
    found.forEach(
        (key, n) -> {
          if (fromStamps.contains(key)) {
            ctx.out.spannedInInput(n);
          }
        });
    if (found.isEmpty()) {
      ctx.diagnose(DiagnosticCode.NO_CASE_NUMBER, Severity.INFO, "no case number found", 0, 0);
    }
  }

  /**
   * Numbers without a type after a label ("Case No. 11-12780"): a bankruptcy court's own form, or
   * in a district court a civil case, inferred and said so in a diagnostic.
   */
  private static void labeled(
      Reading ctx,
      Map<String, CaseNumber> found,
      Set<String> inferred,
      boolean bankruptcy,
      int from,
      int to) {
    if (bankruptcy) {
      CueMatcher b = BANKRUPTCY_AT.matcher(ctx.text, from, to);
      while (b.find()) {
        Matcher m = b.matcher();
        TextSpan span = ctx.span(m.start(), trimEnd(ctx.text, m.start(), m.end()));
        CaseNumber.Builder nb =
            new CaseNumber.Builder()
                .text(ctx.quote(span.start(), span.end()))
                .span(span)
                .year(year(m.group("year")))
                .number(Integer.parseInt(m.group("number")));
        if (m.group("office") != null) {
          nb.office(Integer.parseInt(m.group("office")));
        }
        List<String> initials = new ArrayList<>();
        if (m.group("init") != null) {
          initials.add(m.group("init"));
        }
        add(found, nb.judgeInitials(initials).build());
      }
      return;
    }
    CueMatcher l = LABELED_AT.matcher(ctx.text, from, to);
    while (l.find()) {
      Matcher m = l.matcher();
      int start = m.start("year");
      TextSpan span = ctx.span(start, trimEnd(ctx.text, start, m.end()));
      String text = ctx.quote(span.start(), span.end());
      List<String> initials = new ArrayList<>();
      ecfInitials(m.group("ecf"), initials);
      parenInitials(m.group("paren"), initials);
      CaseNumber n =
          new CaseNumber.Builder()
              .text(text)
              .span(span)
              .year(year(m.group("year")))
              .type("cv")
              .number(Integer.parseInt(m.group("number")))
              .judgeInitials(initials)
              .build();
      if (!found.containsKey(n.normalized().orElse(text))) {
        inferred.add(text);
      }
      add(found, n);
    }
  }

  /** Whether the caption names a bankruptcy court. */
  private static boolean bankruptcyCourt(String text, int headerEnd) {
    int end = Math.min(text.length(), Math.max(headerEnd, 600));
    return CourtExtractor.indexOfUpper(text, "BANKRUPTCY COURT", 0, end) >= 0;
  }

  private static Set<String> nonJudge(String courtId) {
    Set<String> out = new HashSet<>();
    NON_JUDGE.forEach(
        (code, courts) -> {
          if (courtId == null || courts.contains(courtId)) {
            out.add(code);
          }
        });
    return out;
  }

  /** Adds a typed number the matcher just found in the normalized text, with its original span. */
  private static void addTyped(Reading ctx, Map<String, CaseNumber> found, Matcher m) {
    TextSpan span = ctx.span(m.start(), trimEnd(ctx.text, m.start(), m.end()));
    add(found, typed(m, ctx.quote(span.start(), span.end()), span));
  }

  private static void addUntyped(Reading ctx, Map<String, CaseNumber> found, Matcher u) {
    TextSpan span = ctx.span(u.start(), trimEnd(ctx.text, u.start(), u.end()));
    add(found, untyped(u, ctx.quote(span.start(), span.end()), span));
  }

  /** Where a document names its own case: the caption region and a letter's "Re:" block. */
  private static List<Range> regions(Reading ctx) {
    List<Range> regions = new ArrayList<>();
    regions.add(ctx.layout.header());
    ctx.layout
        .letter()
        .flatMap(l -> l.reLine())
        .ifPresent(
            re -> {
              int end = re.end();
              List<Range> lines = ctx.layout.lines();
              for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).start() == re.start()) {
                  for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
                    end = lines.get(k).end();
                  }
                  break;
                }
              }
              if (!ctx.layout.header().encloses(new Range(re.start(), end))) {
                regions.add(new Range(re.start(), Math.min(end, re.start() + 600)));
              }
            });
    return regions;
  }

  private static int trimEnd(String s, int start, int end) {
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }

  private static void add(Map<String, CaseNumber> found, CaseNumber n) {
    String key = n.normalized().orElse(n.text());
    CaseNumber prior = found.get(key);
    if (prior == null) {
      found.put(key, n);
      return;
    }
    List<String> initials = new ArrayList<>(prior.judgeInitials());
    for (String i : n.judgeInitials()) {
      if (!initials.contains(i)) {
        initials.add(i);
      }
    }
    found.put(
        key,
        new CaseNumber.Builder()
            .from(prior)
            .judgeInitials(initials)
            .office(prior.office().or(n::office))
            .build());
  }

  private static CaseNumber typed(Matcher m, String text, TextSpan span) {
    CaseNumber.Builder b = new CaseNumber.Builder().text(text).span(span);
    if (m.group("office") != null) {
      b.office(Integer.parseInt(m.group("office")));
    }
    b.year(year(m.group("year")));
    b.type(type(m.group("type")));
    b.number(Integer.parseInt(ocrDigits(m.group("number"))));
    List<String> initials = new ArrayList<>();
    ecfInitials(m.group("ecf"), initials);
    if (hasGroup(m, "bare") && m.group("bare") != null) {
      addInitials(initials, m.group("bare"));
    }
    parenInitials(m.group("paren"), initials);
    return b.judgeInitials(initials).build();
  }

  /** "CIVIL ACTION" / "NO. 24-3318" and "23 C 5190" in the caption region ({@link #ACTION_NO}). */
  private static void actionNumbers(Reading ctx, Map<String, CaseNumber> found) {
    Range header = ctx.layout.header();
    if (header.end() <= header.start()) {
      return;
    }
    Matcher kind = ACTION_KIND.matcher(ctx.text).region(header.start(), header.end());
    if (kind.find()) {
      String type = kind.group("kind").equals("CIVIL") ? "cv" : "cr";
      Matcher m = ACTION_NO.matcher(ctx.text).region(header.start(), header.end());
      while (m.find()) {
        addLettered(ctx, found, m, type);
      }
    }
    Matcher l = LETTER_TYPE.matcher(ctx.text).region(header.start(), header.end());
    while (l.find()) {
      addLettered(ctx, found, l, l.group("type").equals("C") ? "cv" : "cr");
    }
  }

  private static void addLettered(
      Reading ctx, Map<String, CaseNumber> found, Matcher m, String type) {
    int start = m.start("year");
    TextSpan span = ctx.span(start, m.end("number"));
    add(
        found,
        new CaseNumber.Builder()
            .text(ctx.quote(span.start(), span.end()))
            .span(span)
            .year(year(m.group("year")))
            .type(type)
            .number(Integer.parseInt(m.group("number")))
            .build());
  }

  /** Only TYPED and UNTYPED read bare initials after a space. */
  private static boolean hasGroup(Matcher m, String name) {
    return name.equals("bare") && (m.pattern() == TYPED || m.pattern() == UNTYPED);
  }

  /**
   * "-GBD-SN-1" → GBD, SN: single letters, lower case and underscores as printed; numbers are
   * defendants.
   */
  private static void ecfInitials(String ecf, List<String> initials) {
    if (ecf == null || ecf.isEmpty()) {
      return;
    }
    String[] parts = ecf.substring(1).split("-");
    for (int i = 0; i < parts.length; i++) {
      Matcher t = INITIAL_TOKEN.matcher(parts[i]);
      // M.D. Fla. "3:07-cv-27-J-32MCR": a lone letter before a numbered group is the division, not
      // a judge.
      boolean division =
          parts[i].length() == 1
              && i + 1 < parts.length
              && !parts[i + 1].isEmpty()
              && Character.isDigit(parts[i + 1].charAt(0))
              && parts[i + 1].chars().anyMatch(Character::isLetter);
      if (t.matches() && !division && !initials.contains(t.group(1))) {
        initials.add(t.group(1));
      }
    }
  }

  private static CaseNumber untyped(Matcher m, String text, TextSpan span) {
    String pfx = m.group("pfx").toUpperCase(Locale.ROOT);
    String type = pfx.startsWith("CR") ? "cr" : pfx.equals("MJ") || pfx.equals("M") ? "mj" : "cv";
    List<String> initials = new ArrayList<>();
    ecfInitials(m.group("ecf"), initials);
    if (hasGroup(m, "bare") && m.group("bare") != null) {
      addInitials(initials, m.group("bare"));
    }
    parenInitials(m.group("paren"), initials);
    return new CaseNumber.Builder()
        .text(text)
        .span(span)
        .year(year(m.group("year")))
        .type(type)
        .number(Integer.parseInt(m.group("number")))
        .judgeInitials(initials)
        .build();
  }

  private static void parenInitials(String paren, List<String> initials) {
    if (paren == null || paren.isEmpty()) {
      return;
    }
    // "(Ex)": C.D. Cal.'s magistrate code, the letters before the x.
    Matcher t = Pattern.compile("([A-Z]{1,4})x|([A-Z]{2,4})").matcher(paren);
    while (t.find()) {
      if (t.group(1) != null) {
        if (!initials.contains(t.group(1))) {
          initials.add(t.group(1));
        }
      } else {
        addInitials(initials, t.group(2));
      }
    }
  }

  private static void addInitials(List<String> initials, String token) {
    if (token.length() >= 2 && !initials.contains(token)) {
      initials.add(token);
    }
  }

  /**
   * Two-digit years: 70-99 are 1970-1999, 00-69 are 2000-2069. Federal electronic dockets start in
   * the 1990s, so the pivot never misreads a real case number.
   */
  static int year(String yy) {
    int y = Integer.parseInt(yy);
    if (yy.length() == 4) {
      return y;
    }
    return y >= 70 ? 1900 + y : 2000 + y;
  }

  static String type(String raw) {
    String t = raw.toLowerCase(Locale.ROOT).replace(".", "");
    switch (t) {
      case "civ":
        return "cv";
      case "crim":
        return "cr";
      default:
        return t;
    }
  }

  /** OCR reads 1 as l or I and 0 as O inside numbers: "25cvl4329" is 25-cv-14329. */
  static String ocrDigits(String s) {
    return s.replace('l', '1').replace('I', '1').replace('O', '0');
  }

  private static Map<String, Set<String>> loadNonJudgeSuffixes() {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    for (String line :
        DataFiles.lines("/org/courtorders/parser/internal/extract/non-judge-suffixes.txt")) {
      String[] cols = line.split("\t");
      map.put(cols[0].strip(), Set.of(cols[1].strip().split("\\s*,\\s*")));
    }
    return Map.copyOf(map);
  }

  /** Known case types, longest first so "crcor" is tried before "cr". */
  private static List<String> loadTypes() {
    List<String> out = new ArrayList<>();
    for (String line : DataFiles.lines("/org/courtorders/parser/internal/extract/case-types.txt")) {
      out.add(line.split("\t", 2)[0].strip());
    }
    out.sort((a, b) -> b.length() - a.length());
    return List.copyOf(out);
  }
}
