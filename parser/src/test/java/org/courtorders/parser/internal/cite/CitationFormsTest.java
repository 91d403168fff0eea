package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.Citation;
import org.courtorders.core.CitationForm;
import org.courtorders.core.RuleCitation;
import org.courtorders.core.RuleSet;
import org.courtorders.parser.internal.text.NormalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The citation forms of GitHub issue 12 (eyecite's find and resolve tests), each in several
 * invented wordings: short forms with a comma before "at", supra and name references, page
 * placeholders, parallel citations sharing court and year, "Id." after a rule or statute, and pins
 * with stars and paragraph marks.
 */
class CitationFormsTest {
  private static List<Citation> cited(String in) {
    return Cited.in(in);
  }

  private static CaseCitation kase(List<Citation> cs, int i) {
    return assertInstanceOf(CaseCitation.class, cs.get(i));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Miranda, 384 U. S., at 444",
        "Miranda, 384 U.S., at 444",
        "Miranda, 384 U.S. at 444",
        "Miranda, 384 U. S.,\nat 444"
      })
  void shortFormsWithOrWithoutTheCommaBeforeAt(String shortForm) {
    List<Citation> cs = cited("Miranda v. Arizona, 384 U.S. 436 (1966). Later, " + shortForm + ".");
    CaseCitation s = kase(cs, 1);
    assertEquals(CitationForm.SHORT, s.form());
    assertEquals(Optional.of(384), s.volume());
    assertEquals(Optional.of("444"), s.pinCite());
    assertEquals(Optional.of(0), s.antecedent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"576 U.S. ___", "576 U. S. ____", "576 U.S. ----", "576 U.S. \u2014"})
  void pagePlaceholdersGiveACitationWithoutAPage(String cite) {
    List<Citation> cs =
        cited("See Obergefell v. Hodges, " + cite + ", 135 S. Ct. 2584, 2598 (2015).");
    CaseCitation us = kase(cs, 0);
    assertEquals(Optional.of(576), us.volume());
    assertEquals(Optional.empty(), us.page());
    assertEquals(Optional.of(2015), us.year(), "the year of the parallel citation is shared");
    assertEquals(Optional.of("2598"), kase(cs, 1).pinCite());
  }

  @Test
  void twoPlaceholderCitationsAreTwoDecisions() {
    String two = "Doe v. Roe, 1 U.S. ___ (2024). Poe v. Moe, 1 U.S. ___ (2024). ";
    assertEquals(
        Optional.empty(),
        kase(cited(two + "1 U.S., at 5."), 2).antecedent(),
        "two decisions, no name");
    assertEquals(
        Optional.of(1),
        kase(cited(two + "Poe, 1 U.S., at 5."), 2).antecedent(),
        "the name picks one");
  }

  @Test
  void parallelCitationsShareCourtYearAndName() {
    List<Citation> cs =
        cited("Ashcroft v. Iqbal, 556 U.S. 662, 678, 129 S. Ct. 1937, 173 L. Ed. 2d 868 (2009).");
    assertEquals(3, cs.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.of(2009), kase(cs, i).year(), "citation " + i);
      assertEquals(Optional.of("Ashcroft v. Iqbal"), kase(cs, i).caseName(), "citation " + i);
    }
    List<Citation> circuit =
        cited("Smith v. Jones, 1 U.S. 12, 347-348, 1 S. Ct. 2, 358 (4th Cir. 1982)");
    assertEquals(Optional.of("4th Cir."), kase(circuit, 0).court());
    assertEquals(Optional.of("347-348"), kase(circuit, 0).pinCite());
  }

  @Test
  void aCitationInItsOwnSentenceSharesNothing() {
    List<Citation> cs = cited("Smith v. Jones, 1 U.S. 12. Doe v. Roe, 2 F.3d 4 (2d Cir. 1993).");
    assertEquals(Optional.empty(), kase(cs, 0).year());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Twombly, supra, at 570",
        "Twombly supra at 570",
        "Bell Atl. Corp. v. Twombly, supra, at 570"
      })
  void supraIsItsOwnFormAndResolvesByName(String supra) {
    List<Citation> cs =
        cited("Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007). See also " + supra + ".");
    CaseCitation s = kase(cs, 1);
    assertEquals(CitationForm.SUPRA, s.form());
    assertEquals(Optional.of("570"), s.pinCite());
    assertEquals(Optional.of(0), s.antecedent());
    assertEquals(Optional.of(550), s.volume());
  }

  @Test
  void supraWithTwoCandidatesStaysUnresolved() {
    List<Citation> cs =
        cited(
            "Smith v. Jones, 1 F.3d 1 (2d Cir. 1993); Smith v. Brown, 2 F.3d 2 (2d Cir. 1993). "
                + "Smith, supra, at 5.");
    assertEquals(CitationForm.SUPRA, kase(cs, 2).form());
    assertEquals(Optional.empty(), kase(cs, 2).antecedent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See discussion supra Part II.",
        "As noted, supra, the motion is untimely.",
        "the cases cited supra."
      })
  void supraWithoutANameIsAPartOfTheOrderNotACase(String in) {
    assertTrue(cited(in).isEmpty(), in);
  }

  @Test
  void supraBeforeAShortFormIsReadAsTheShortForm() {
    List<Citation> cs =
        cited("Kaiser v. Doe, 13 F.3d 1140 (1st Cir. 1993). Kaiser, supra, 13 F.3d at 1146.");
    assertEquals(2, cs.size());
    assertEquals(CitationForm.SHORT, kase(cs, 1).form());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"In Mancari at 552, the Court", "and Mancari at 552 holds", "Mancari at 552."})
  void aPartysNameAndAPinAfterAFullCitationIsAReference(String ref) {
    List<Citation> cs = cited("Morton v. Mancari, 417 U.S. 535 (1974). Indeed, " + ref);
    CaseCitation r = kase(cs, 1);
    assertEquals(CitationForm.REFERENCE, r.form());
    assertEquals(Optional.of("552"), r.pinCite());
    assertEquals(Optional.of(0), r.antecedent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mancari at 552 appears before the case is cited. Morton v. Mancari, 417 U.S. 535 (1974).",
        "Morton v. United States, 417 U.S. 535 (1974). The United States at 1776 declared independence.",
        "Smith v. Jones, 417 U.S. 535 (1974). Jones shall appear at 10 a.m.",
        "Smith v. Jones, 417 U.S. 535 (1974). Jones at 10:30 left.",
        "Smith v. Jones, 1 F.3d 1 (1993); Jones v. Doe, 2 F.3d 2 (1993). Jones at 5."
      })
  void namesThatReferToNoOneDecisionAreNotReferences(String in) {
    for (Citation c : cited(in)) {
      assertTrue(
          !(c instanceof CaseCitation k) || k.form() != CitationForm.REFERENCE, in + ": " + c);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "28 U.S.C. \u00A7 1915(e)(2)(B). Id. \u00A7 1915(g).",
        "Fed. R. Civ. P. 37(b). Id.",
        "Local Civil Rule 37.2. Id. at 2."
      })
  void idAfterARuleOrStatuteRepeatsThatCitation(String in) {
    List<Citation> cs = cited(in);
    RuleCitation rule = assertInstanceOf(RuleCitation.class, cs.get(0));
    RuleCitation id = assertInstanceOf(RuleCitation.class, cs.get(cs.size() - 1));
    assertEquals(rule.ruleSet(), id.ruleSet());
    assertEquals(rule.rule(), id.rule());
    assertEquals(Optional.of(0), id.antecedent());
    assertTrue(id.text().startsWith("Id."), id.text());
  }

  @Test
  void idAfterAnIdOfAStatuteStillRefersToTheStatute() {
    List<Citation> cs = cited("42 U.S.C. \u00A7 1983. Id. Id.");
    RuleCitation second = assertInstanceOf(RuleCitation.class, cs.get(2));
    assertEquals(RuleSet.STATUTE, second.ruleSet());
    assertEquals(Optional.of(0), second.antecedent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Smith v. Jones, 1 U.S. 1. Blah \u00A7 2. Id. at 2.",
        "Id. at 2.",
        "Smith v. Jones, 1 U.S. 100. Id. at 50.",
        "Smith v. Jones, 1 U.S. 1. 2 F.2d, at 2. Id. at 3."
      })
  void idWhoseAntecedentIsUnknownHasNone(String in) {
    List<Citation> cs = cited(in);
    CaseCitation id = kase(cs, cs.size() - 1);
    assertEquals(CitationForm.ID, id.form());
    assertEquals(Optional.empty(), id.antecedent(), in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ibid.", "ibid."})
  void ibidIsId(String ibid) {
    List<Citation> cs = cited("Smith v. Jones, 1 U.S. 1 (1800). " + ibid);
    assertEquals(CitationForm.ID, kase(cs, 1).form());
    assertEquals(Optional.of(0), kase(cs, 1).antecedent());
  }

  @Test
  void shortFormAmbiguityIsSettledByNameOrLeftOpen() {
    String two = "Foo v. Bar, 1 U.S. 1. Wrong v. Wrong, 1 U.S. 2. ";
    assertEquals(Optional.of(0), kase(cited(two + "Foo, 1 U.S., at 2."), 2).antecedent());
    assertEquals(Optional.empty(), kase(cited(two + "1 U.S., at 2."), 2).antecedent());
    assertEquals(
        Optional.empty(),
        kase(cited("Foo v. Bar, 1 U.S. 1. See 1 U.S. 2. Foo, 1 U.S., at 3."), 2).antecedent(),
        "a decision cited without a name can't be ruled out");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "at *10|*10",
        "at 7-9, \u00B6\u00B6 38-53|7-9, \u00B6\u00B6 38-53",
        "at \u00B6 34|\u00B6 34",
        "\u00B6 34|\u00B6 34",
        "119:12-14|119:12-14",
        "at 4 n.1|4 n.1"
      })
  void pinsWithStarsAndParagraphMarks(String row) {
    String[] p = row.split("\\|");
    List<Citation> cs = cited("Smith v. Jones, 2015 WL 2375225 (S.D.N.Y. 2015). Id. " + p[0] + ".");
    assertEquals(Optional.of(p[1]), kase(cs, 1).pinCite(), row);
  }

  @Test
  void aStarPageAfterAFullCitationKeepsItsStar() {
    CaseCitation c =
        kase(cited("Fox v. Caldera, 1999 WL 820199, at *3 (10th Cir. Oct. 14, 1999)"), 0);
    assertEquals(Optional.of("*3"), c.pinCite());
  }

  @Test
  void theRecognizerReadsAPageAcrossALineBreak() {
    List<Citation> cs = new CitationExtractor().extract(NormalizedText.identity("1 U.S.\n1"));
    assertEquals(Optional.of("1"), kase(cs, 0).page());
  }
}
