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
 * "Re:" block and PACER stamps, in every common form: "18-cv-4476 (LJL) (JW)",
 * "1:23-cv-00048-GWG", "No. 20 Civ. 8607 (JMF) (BCM)", "14cv2657 (DLC)", "25-CV-4526
 * (PJS/LIB)", "2:16-cr-00368-APG-PAL", "C 06-3340 SBA (JL)", "Civil Action No. 26-276".
 * Numbers that the body cites for other cases are not read.
 */
public final class CaseNumberExtractor implements Reader {
  private static final String INITIALS = "[A-Z]{1,4}";
  /** Office, year, type, number, ECF-style initials, parenthesized initials. */
  static final Pattern TYPED = Pattern.compile(
      "(?<![A-Za-z0-9:/-])"
          + "(?:(?<office>\\d)[ ]?:[ ]?(?:\\d[ ]?:[ ]?)?)?"
          + "(?<year>(?:19|20)\\d{2}|\\d{2})"
          + "(?:[ ]?-[ ]?|[ ]|)"
          + "(?<type>(?i:civ\\.|civ|crim\\.|cr\\.|cv|cr|mc|mj|md|misc|bk|po|sw|gj))"
          + "(?:[ ]?-[ ]?|\\.?[ ]|)"
          + "(?<number>\\d[\\dlIO]{0,5}|[lI][\\dlIO]{1,5})(?![\\d/])"
          + "(?<ecf>(?:-(?:\\d{1,3})?" + INITIALS + "(?![a-z])|-\\d{1,3}(?![\\d/]))*)"
          + "(?<paren>(?:[ \\t]{0,2}\\([ ]?" + INITIALS + "(?:[ ]?[/,][ ]?" + INITIALS + "){0,2}[ ]?\\)){0,4})");

  /** Forms without a type: "C 06-3340 SBA (JL)" (N.D. Cal.), "Civil Action No. 26-276". */
  static final Pattern UNTYPED = Pattern.compile(
      "(?<![A-Za-z0-9])(?<pfx>(?i:civil action no\\.?|criminal action no\\.?|civil no\\.?|criminal no\\.?)|C|CR|CV)"
          + "[ ](?<year>\\d{2})-(?<number>\\d{1,6})(?![\\d-])"
          + "(?:[ ](?<bare>[A-Z]{2,4})(?![A-Za-z]))?"
          + "(?<paren>(?:[ ]{0,2}\\([ ]?" + INITIALS + "(?:[ ]?/[ ]?" + INITIALS + "){0,2}[ ]?\\)){0,4})");

  /** Labels that name the document's own case. */
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?<![A-Za-z])(?:case[ ]no\\.?:?[ ]?|case[ ]number:?[ ]?|docket[ ]no\\.?:?[ ]?|index[ ]no\\.?:?[ ]?)|(?=civil action no|criminal action no)");
  /** A typed number starts with its office or year digit; an untyped one has "-" after "Criminal Action No. 26". */
  private static final CueMatcher.Definition TYPED_AT =
      CueMatcher.of(TYPED, 0, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  private static final CueMatcher.Definition UNTYPED_AT = CueMatcher.of(UNTYPED, 22, "-");
  private static final CueMatcher.Definition CUE_AT = CueMatcher.of(CUE, 9, "case", "docket", "index", "action");

  private static final Pattern INITIAL_TOKEN = Pattern.compile("(?:\\d{1,3})?([A-Z]{1,4})");
  private static final Set<String> NON_JUDGE = loadNonJudgeSuffixes();

  @Override
  public void extract(Reading ctx) {
    Map<String, CaseNumber> found = new LinkedHashMap<>();
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
    }
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
      }
    }
    ctx.out.caseNumbers.addAll(found.values());
    found.forEach((key, n) -> {
      if (fromStamps.contains(key)) {
        ctx.out.spannedInInput(n);
      }
    });
    if (found.isEmpty()) {
      ctx.diagnose(DiagnosticCode.NO_CASE_NUMBER, Severity.INFO, "no case number found", 0, 0);
    }
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
    ctx.layout.letter().flatMap(l -> l.reLine()).ifPresent(re -> {
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
    found.put(key, new CaseNumber.Builder().from(prior).judgeInitials(initials)
        .office(prior.office().or(n::office)).build());
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
    String ecf = m.group("ecf");
    if (ecf != null && !ecf.isEmpty()) {
      for (String part : ecf.substring(1).split("-")) {
        Matcher t = INITIAL_TOKEN.matcher(part);
        if (t.matches()) {
          addInitials(initials, t.group(1));
        }
      }
    }
    parenInitials(m.group("paren"), initials);
    return b.judgeInitials(initials).build();
  }

  private static CaseNumber untyped(Matcher m, String text, TextSpan span) {
    String pfx = m.group("pfx").toUpperCase(Locale.ROOT);
    String type = pfx.startsWith("CR") ? "cr" : "cv";
    List<String> initials = new ArrayList<>();
    if (m.group("bare") != null) {
      addInitials(initials, m.group("bare"));
    }
    parenInitials(m.group("paren"), initials);
    return new CaseNumber.Builder().text(text).span(span).year(year(m.group("year"))).type(type)
        .number(Integer.parseInt(m.group("number"))).judgeInitials(initials).build();
  }

  private static void parenInitials(String paren, List<String> initials) {
    if (paren == null || paren.isEmpty()) {
      return;
    }
    for (String tok : paren.split("[^A-Z]+")) {
      if (!tok.isEmpty()) {
        addInitials(initials, tok);
      }
    }
  }

  private static void addInitials(List<String> initials, String token) {
    if (token.length() >= 2 && !NON_JUDGE.contains(token) && !initials.contains(token)) {
      initials.add(token);
    }
  }

  /**
   * Two-digit years: 70-99 are 1970-1999, 00-69 are 2000-2069. Federal electronic dockets
   * start in the 1990s, so the pivot never misreads a real case number.
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

  private static Set<String> loadNonJudgeSuffixes() {
    Set<String> set = new HashSet<>();
    for (String line : DataFiles.lines("/org/courtorders/parser/internal/extract/non-judge-suffixes.txt")) {
      set.add(line.split("\t", 2)[0].strip());
    }
    return Set.copyOf(set);
  }

}
