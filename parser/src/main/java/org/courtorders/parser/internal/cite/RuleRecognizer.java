package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.RuleCitation;
import org.courtorders.core.RuleSet;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.CueMatcher;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * Rule and statute citations: the Federal Rules (civil, criminal, evidence, appellate), local
 * rules, a judge's Individual Practices, and sections of the United States Code.
 *
 * <p>Every pattern here has bounded repetition and starts with a literal cue, so {@code find} costs
 * a constant per text position. A bare "Rule 37(a)(5)(A)" belongs to the Federal Rules of Civil
 * Procedure unless the document is a criminal one ({@link #defaultSet}).
 */
final class RuleRecognizer implements Recognizer {
  /** A rule number with subdivisions: "37(b)(2)(A)", "6.1(b)", "37.2", "26(b)(1)". */
  private static final String NUM = "(\\d{1,4}(?:\\.\\d{1,3}){0,3}(?:\\([A-Za-z0-9]{1,5}\\)){0,6})";

  private static final Pattern FED_ABBR =
      Pattern.compile(
          "\\bFed\\.?\\s?R(?:ules?)?\\.?\\s?(Civ|Crim|App|Bankr|Evid)\\.?\\s?(?:P(?:roc)?\\.?\\s?)?"
              + NUM);
  private static final Pattern INITIALS =
      Pattern.compile("\\b(FRCP|F\\.R\\.C\\.P\\.|FRCrP|FRE|FRAP)\\s?" + NUM);
  private static final Pattern FED_LONG =
      Pattern.compile(
          "\\bFederal\\sRules?\\sof\\s(Civil|Criminal|Appellate|Bankruptcy)\\sProcedure\\s"
              + NUM
              + "|\\bFederal\\sRules?\\sof\\s(Evidence)\\s"
              + NUM);
  private static final Pattern LOCAL =
      Pattern.compile(
          "\\b(?:(?:S\\.D\\.N\\.Y\\.|E\\.D\\.N\\.Y\\.)\\s)?(?:Local\\s(Civil\\s|Criminal\\s|Civ\\.\\s?|Crim\\.\\s?)?Rules?"
              + "|(Civil|Criminal|Civ\\.|Crim\\.)\\sL(?:ocal|\\.)\\s?R(?:ules?|\\.)"
              + "|L\\.\\s?(Civ|Cr|Crim)\\.\\s?R\\.|Local\\sR\\.)\\s?"
              + NUM);
  private static final Pattern BARE =
      Pattern.compile(
          "\\b(ECF\\s)?Rules?\\s"
              + NUM
              + "(?:\\s(?:of|under)\\sthe\\s(?:Federal\\sRules\\sof\\s(Civil|Criminal|Appellate)\\sProcedure"
              + "|Federal\\sRules\\sof\\s(Evidence)|(Local)\\s(?:Civil\\s|Criminal\\s)?Rules))?");
  private static final Pattern LIST_NEXT =
      Pattern.compile("(?:,\\s?(?:and\\s|or\\s)?|\\s(?:and|or|&)\\s)" + NUM);
  private static final Pattern USC =
      Pattern.compile(
          "\\b(\\d{1,2})\\s?U\\.\\s?S\\.\\s?C\\.(?:\\s?A\\.)?\\s?(?:\u00A7\u00A7?\\s?)?"
              + "(\\d{1,5}[a-z]{0,2}(?:-\\d{1,3})?(?:\\([A-Za-z0-9]{1,5}\\)){0,6})");
  private static final Pattern PRACTICES =
      Pattern.compile(
          "\\bIndividual\\s(?:Rules\\s(?:and|&)\\sPractices|Practices|Rules)(?:\\sin\\s(?:Civil|Criminal)\\sCases)?");
  private static final String PRACTICE_NUM =
      "([0-9IVX]{1,4}(?:\\.[0-9A-Za-z]{1,3}){0,3}(?:\\([A-Za-z0-9]{1,4}\\)){0,3})";
  private static final Pattern PRACTICES_BEFORE =
      Pattern.compile(
          "(?:[Pp]aragraph|\u00B6|[Ss]ection|\u00A7|Rule)\\s?"
              + PRACTICE_NUM
              + "\\sof\\s"
              + "(?:(?:the|my|this|Judge\\s[A-Z][a-z]{1,20}'s|[A-Z][a-z]{1,20}'s|undersigned's|Court's)\\s){0,3}$");
  private static final Pattern PRACTICES_AFTER =
      Pattern.compile(",?\\s(?:\u00B6|\u00A7|Rule|Section|[Pp]aragraph)\\s?" + PRACTICE_NUM);
  private static final int PRACTICES_LOOKBACK = 80;

  private static final Pattern CRIMINAL_NUMBER =
      Pattern.compile("\\b\\d{1,2}[- ]?(?:cr|CR|Cr\\.)[- ]?\\d");
  private static final Pattern CIVIL_NUMBER =
      Pattern.compile("\\b\\d{1,2}[- ]?(?:cv|CV|Civ\\.)[- ]?\\d");

  /**
   * Each pattern with the literal every match of it holds near its start (see {@link CueMatcher}).
   */
  private static final Map<Pattern, CueMatcher.Definition> CUED =
      Map.of(
          FED_ABBR, CueMatcher.of(FED_ABBR, 0, "fed"),
          INITIALS, CueMatcher.of(INITIALS, 0, "fr", "f.r."),
          FED_LONG, CueMatcher.of(FED_LONG, 0, "federal"),
          LOCAL, CueMatcher.of(LOCAL, 12, "local", "civ", "cr"),
          BARE, CueMatcher.of(BARE, 4, "rule"),
          USC, CueMatcher.of(USC, 3, "u."),
          PRACTICES, CueMatcher.of(PRACTICES, 0, "individual"),
          CRIMINAL_NUMBER, CueMatcher.of(CRIMINAL_NUMBER, 3, "cr"),
          CIVIL_NUMBER, CueMatcher.of(CIVIL_NUMBER, 3, "cv", "civ."));

  @Override
  public List<Group> find(NormalizedText text) {
    String s = text.text();
    List<Group> out = new ArrayList<>();
    RuleSet bareDefault = null; // read from the whole text, when a bare "Rule N" needs it

    Matcher m;
    CueMatcher cues = CUED.get(FED_ABBR).matcher(s);
    while (cues.find()) {
      m = cues.matcher();
      RuleSet set =
          switch (m.group(1)) {
            case "Civ" -> RuleSet.FRCP;
            case "Crim" -> RuleSet.FRCRP;
            case "App" -> RuleSet.FRAP;
            case "Evid" -> RuleSet.FRE;
            default -> RuleSet.OTHER;
          };
      out.add(group(text, m.start(), m.end(), set, m.group(2), null));
    }
    cues = CUED.get(INITIALS).matcher(s);
    while (cues.find()) {
      m = cues.matcher();
      RuleSet set =
          switch (m.group(1)) {
            case "FRCrP" -> RuleSet.FRCRP;
            case "FRE" -> RuleSet.FRE;
            case "FRAP" -> RuleSet.FRAP;
            default -> RuleSet.FRCP;
          };
      out.add(group(text, m.start(), m.end(), set, m.group(2), null));
    }
    cues = CUED.get(FED_LONG).matcher(s);
    while (cues.find()) {
      m = cues.matcher();
      String kind = m.group(1) != null ? m.group(1) : m.group(3);
      String rule = m.group(1) != null ? m.group(2) : m.group(4);
      out.add(group(text, m.start(), m.end(), setOfLongName(kind), rule, null));
    }
    cues = CUED.get(LOCAL).matcher(s);
    while (cues.find()) {
      m = cues.matcher();
      String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      RuleSet set = q != null && q.startsWith("Cr") ? RuleSet.LOCAL_CRIMINAL : RuleSet.LOCAL_CIVIL;
      out.add(group(text, m.start(), m.end(), set, m.group(4), null));
    }
    cues = CUED.get(BARE).matcher(s);
    while (cues.find()) {
      m = cues.matcher();
      RuleSet set;
      if (m.group(1) != null) {
        set = RuleSet.OTHER; // S.D.N.Y. ECF Rules
      } else if (m.group(3) != null) {
        set = setOfLongName(m.group(3));
      } else if (m.group(4) != null) {
        set = RuleSet.FRE;
      } else if (m.group(5) != null) {
        set = RuleSet.LOCAL_CIVIL;
      } else {
        if (bareDefault == null) {
          bareDefault = defaultSet(s);
        }
        set = bareSet(bareDefault, m.group(2));
      }
      List<RuleCitation> cites = new ArrayList<>();
      cites.add(cite(text, m.start(), m.end(), set, m.group(2), null));
      int end = m.end();
      if (m.group(3) == null
          && m.group(4) == null
          && m.group(5) == null
          && s.startsWith("Rules", m.start() + (m.group(1) == null ? 0 : m.group(1).length()))) {
        Matcher next = LIST_NEXT.matcher(s);
        for (int k = 0; k < 10 && next.region(end, s.length()).lookingAt(); k++) {
          cites.add(cite(text, next.start(1), next.end(1), set, next.group(1), null));
          end = next.end();
        }
      }
      out.add(new Group(m.start(), end, List.copyOf(cites)));
    }
    cues = CUED.get(USC).matcher(s);
    while (cues.find()) {
      m = cues.matcher();
      out.add(
          group(
              text, m.start(), m.end(), RuleSet.STATUTE, m.group(2), Integer.parseInt(m.group(1))));
    }
    practices(text, out);
    return out;
  }

  /** "paragraph 2.A of the Court's Individual Practices", "Individual Practices ¶ 2.A". */
  private static void practices(NormalizedText text, List<Group> out) {
    String s = text.text();
    CueMatcher cues = CUED.get(PRACTICES).matcher(s);
    Matcher before = PRACTICES_BEFORE.matcher(s);
    Matcher after = PRACTICES_AFTER.matcher(s);
    while (cues.find()) {
      Matcher m = cues.matcher();
      before.region(Math.max(0, m.start() - PRACTICES_LOOKBACK), m.start());
      if (before.find()) {
        out.add(
            group(
                text,
                before.start(),
                m.end(),
                RuleSet.INDIVIDUAL_PRACTICES,
                before.group(1),
                null));
        continue;
      }
      after.region(m.end(), s.length());
      if (after.lookingAt()) {
        out.add(
            group(
                text, m.start(), after.end(), RuleSet.INDIVIDUAL_PRACTICES, after.group(1), null));
      } else {
        out.add(group(text, m.start(), m.end(), RuleSet.INDIVIDUAL_PRACTICES, null, null));
      }
    }
  }

  /**
   * Civil Rules with a decimal point: Fed. R. Civ. P. 4.1, 5.1, 5.2, 7.1, 65.1 and 71.1 (the rules
   * as amended through December 1, 2024). Any other "Rule 37.2" or "Rule 56.1" is a local rule, as
   * in S.D.N.Y. Local Civil Rules 37.2 and 56.1.
   */
  private static final Set<String> FRCP_DECIMAL =
      Set.of("4.1", "5.1", "5.2", "7.1", "65.1", "71.1");

  private static RuleSet bareSet(RuleSet bareDefault, String rule) {
    if (bareDefault != RuleSet.FRCP) {
      return bareDefault;
    }
    int paren = rule.indexOf('(');
    String number = paren < 0 ? rule : rule.substring(0, paren);
    return number.indexOf('.') >= 0 && !FRCP_DECIMAL.contains(number)
        ? RuleSet.LOCAL_CIVIL
        : RuleSet.FRCP;
  }

  private static RuleSet setOfLongName(String kind) {
    return switch (kind) {
      case "Civil" -> RuleSet.FRCP;
      case "Criminal" -> RuleSet.FRCRP;
      case "Appellate" -> RuleSet.FRAP;
      case "Evidence" -> RuleSet.FRE;
      default -> RuleSet.OTHER;
    };
  }

  /**
   * The rule set of a bare "Rule N": the Criminal Rules when the text points to a criminal case
   * more than to a civil one (rule names and case-number types), else the Civil Rules.
   */
  static RuleSet defaultSet(String s) {
    int criminal = count(s, "Crim. P") + count(s, "Criminal Procedure") + count(CRIMINAL_NUMBER, s);
    int civil = count(s, "Civ. P") + count(s, "Civil Procedure") + count(CIVIL_NUMBER, s);
    return criminal > civil ? RuleSet.FRCRP : RuleSet.FRCP;
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static int count(Pattern p, String s) {
    int n = 0;
    CueMatcher m = CUED.get(p).matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Group group(
      NormalizedText text, int start, int end, RuleSet set, String rule, Integer title) {
    return Group.of(start, end, cite(text, start, end, set, rule, title));
  }

  private static RuleCitation cite(
      NormalizedText text, int start, int end, RuleSet set, String rule, Integer title) {
    return new RuleCitation.Builder()
        .ruleSet(set)
        .rule(Optional.ofNullable(rule))
        .title(Optional.ofNullable(title))
        .text(text.originalSlice(start, end))
        .span(TextSpan.of(start, end))
        .build();
  }
}
