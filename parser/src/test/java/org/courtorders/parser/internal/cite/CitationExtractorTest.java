package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.Citation;
import org.courtorders.core.CitationForm;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.OrderCitation;
import org.courtorders.core.RuleCitation;
import org.courtorders.core.RuleSet;
import org.courtorders.core.TranscriptCitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the citation layer, one form at a time (issue 4). */
class CitationExtractorTest {
  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  private static List<Citation> extract(String input) {
    List<Citation> out = Cited.in(input);
    out.forEach(c -> assertEquals(c.span().slice(input), c.text()));
    return out;
  }

  private static List<String> entries(String input) {
    return extract(input).stream()
        .filter(c -> c instanceof DocketCitation)
        .map(c -> (DocketCitation) c)
        .map(d -> d.entry() + d.attachment().map(a -> "-" + a).orElse(""))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dkt. No. 564",
        "Dkt. 564",
        "DKt. No. 564",
        "Dkt No 564",
        "ECF No. 564",
        "ECF 564",
        "[Dkt. No. 564]",
        "Doc. 564",
        "Doc. #564",
        "D.E. 564",
        "Docket Entry 564",
        "Docket # 564",
        "(See Docket 564)",
        "ECF. NO. 564",
        "Dkt. # 564",
        "Docket entry no. 564",
        "[DE 564]"
      })
  void labels(String input) {
    assertEquals(List.of("564"), entries(input));
  }

  @Test
  void attachmentAndPin() {
    DocketCitation d = (DocketCitation) extract("See Dkt. No. 564-1 at 13.").get(0);
    assertEquals(564, d.entry());
    assertEquals(Optional.of(1), d.attachment());
    assertEquals(Optional.of("13"), d.pinCite());
    assertEquals("Dkt. No. 564-1 at 13", d.text());

    DocketCitation e = (DocketCitation) extract("(ECF 22-3 at 4)").get(0);
    assertEquals(
        List.of(22, 3, "4"),
        List.of(e.entry(), e.attachment().orElseThrow(), e.pinCite().orElseThrow()));
    assertEquals(
        Optional.of("\u00B6 2"),
        ((DocketCitation) extract("ECF No. 4 at \u00B6 2").get(0)).pinCite());
    assertEquals(
        Optional.of("PageID.512"),
        ((DocketCitation) extract("ECF No. 4, PageID.512").get(0)).pinCite());
  }

  @Test
  void listsAndRangesGiveOneCitationPerEntry() {
    assertEquals(List.of("12", "14"), entries("ECF Nos. 12, 14"));
    assertEquals(List.of("6", "7", "8"), entries("ECF Nos. 6, 7, 8"));
    assertEquals(List.of("6", "7", "8"), entries("ECF Nos. 6, 7, and 8"));
    assertEquals(List.of("1", "2"), entries("ECF Nos. 1-2"));
    assertEquals(List.of("10", "11", "12"), entries("Dkt. Nos. 10\u201312"));
    assertEquals(List.of("91", "92", "93"), entries("Docs. 91-93"));
    assertEquals(List.of("1-1"), entries("D.E. 1-1"));
    assertEquals(List.of("1-5"), entries("ECF 1-5 \u00B6 26"));
  }

  @Test
  void rangeSpansSitOnTheNumbers() {
    String in = "See Docs. 91\u201393.";
    List<Citation> cs = extract(in);
    assertEquals(List.of("Docs. 91", "91\u201393", "93"), cs.stream().map(Citation::text).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Call 212-805-0110.",
        "Due 7/7/23.",
        "1. First\n2. No. 2 in a list",
        "Case No. 23-cv-48",
        "Motion to Dismiss [24]",
        "221 Letter Motion",
        "Via ECF",
        "ECF Rule 13.27",
        "Wilmington, DE 19801",
        "Docket No. 1:18-cv-04476",
        "PageID.512",
        "DOC #: 45",
        "Dkt. No. ",
        "the docket 12 times"
      })
  void negatives(String input) {
    assertEquals(List.of(), entries(input));
  }

  @Test
  void pageStampDocumentNumberIsNotACitation() {
    String in =
        "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2\nORDER\nSee Dkt. No. 564.\n";
    assertEquals(List.of("564"), entries(in));
  }

  @Test
  void citationSplitAcrossLinesAndMarkdownKeepsExactSpans() {
    String in = "x\n\u201CSee **Dkt.\nNo. 564** at 2.\u201D";
    DocketCitation d = (DocketCitation) extract(in).get(0);
    assertEquals("Dkt.\nNo. 564** at 2", d.text());
  }

  @Test
  void idAfterADocketCitationRepeatsTheDocketEntryNotTheCase() {
    String in =
        "Harris v. United States, 204 F.R.D. 560 (D. Colo. 2001). [Doc. 115, at 1]. Id. at 2.";
    List<Citation> cs = extract(in);
    assertEquals(3, cs.size());
    DocketCitation id = assertInstanceOf(DocketCitation.class, cs.get(2));
    assertEquals(115, id.entry());
    assertEquals(Optional.of(1), id.antecedent());
    assertEquals(Optional.of("2"), id.pinCite());
  }

  @Test
  void idAndShortFormsResolveToTheFullCitation() {
    String in =
        "Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 2000). Smith, 123 F.3d at 461. Id. at 462.";
    List<Citation> cs = extract(in);
    CaseCitation full = (CaseCitation) cs.get(0);
    assertEquals(Optional.of("Smith v. Jones"), full.caseName());
    assertEquals(Optional.of("F.3d"), full.reporter());
    assertEquals(Optional.of("460"), full.pinCite());
    assertEquals(Optional.of("2d Cir."), full.court());
    assertEquals(Optional.of(2000), full.year());
    CaseCitation shortForm = (CaseCitation) cs.get(1);
    assertEquals(CitationForm.SHORT, shortForm.form());
    assertEquals(Optional.of(0), shortForm.antecedent());
    CaseCitation id = (CaseCitation) cs.get(2);
    assertEquals(CitationForm.ID, id.form());
    assertEquals(Optional.of(0), id.antecedent());
    assertEquals(Optional.of("462"), id.pinCite());
  }

  @Test
  void reporterGluedToItsNumbersAndSpaceBeforeComma() {
    CaseCitation c = (CaseCitation) extract("Doe v. Roe, 846F.2d746 (2d Cir. 1988)").get(0);
    assertEquals(
        List.of(846, "F.2d", "746"),
        List.of(c.volume().orElseThrow(), c.reporter().orElseThrow(), c.page().orElseThrow()));
    CaseCitation m =
        (CaseCitation)
            extract("Mata v. Avianca, Inc., 678 F. Supp. 3d 443 , 448 (S.D.N.Y. 2023)").get(0);
    assertEquals(Optional.of("F. Supp. 3d"), m.reporter());
  }

  @Test
  void rules() {
    RuleCitation r = (RuleCitation) extract("Fed. R. Civ. P. 26(b)(1)").get(0);
    assertEquals(RuleSet.FRCP, r.ruleSet());
    assertEquals(Optional.of("26(b)(1)"), r.rule());
    RuleCitation usc = (RuleCitation) extract("28 U.S.C. \u00A7 1915(e)(2)(B)").get(0);
    assertEquals(RuleSet.STATUTE, usc.ruleSet());
    assertEquals(Optional.of(28), usc.title());
    assertEquals(Optional.of("1915(e)(2)(B)"), usc.rule());
    RuleCitation local = (RuleCitation) extract("Local Civil Rule 37.2").get(0);
    assertEquals(RuleSet.LOCAL_CIVIL, local.ruleSet());
    assertEquals("Local Civil Rule 37.2", local.text());
    RuleCitation ip =
        (RuleCitation) extract("\u00B6 2.A of the Court's Individual Practices").get(0);
    assertEquals(RuleSet.INDIVIDUAL_PRACTICES, ip.ruleSet());
    assertEquals(Optional.of("2.A"), ip.rule());
    assertEquals(
        RuleSet.FRCRP,
        ((RuleCitation) extract("No. 21-cr-123. Rule 17(c) applies.").get(0)).ruleSet());
  }

  @Test
  void ordersAndTranscripts() {
    OrderCitation o = (OrderCitation) extract("the Court's Order, dated June 23, 2023").get(0);
    assertEquals("2023-06-23", o.date().orElseThrow().toString());
    OrderCitation p = (OrderCitation) extract("See 5/5/23 Order \u00B6 2.").get(0);
    assertEquals(Optional.of("5/5/23 Order"), p.name());
    assertEquals(Optional.of("2"), p.paragraph());
    assertEquals("2023-05-05", p.date().orElseThrow().toString());
    assertEquals(List.of(), extract("This Order resolves it."));
    TranscriptCitation t = (TranscriptCitation) extract("Tr. 48:3-12").get(0);
    assertEquals(List.of("48", "3-12"), List.of(t.page().orElseThrow(), t.lines().orElseThrow()));
    TranscriptCitation u =
        (TranscriptCitation) extract("See Transcript (April 23, 2024) at 48").get(0);
    assertEquals("2024-04-23", u.date().orElseThrow().toString());
  }

  @Test
  void nullTextIsMisuse() {
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null));
  }

  @Test
  void citationsComeInTextOrder() {
    List<Citation> cs = extract("Rule 11; Dkt. 5; Tr. 3; Smith v. Jones, 1 F.3d 2 (2d Cir. 1993).");
    for (int i = 1; i < cs.size(); i++) {
      assertTrue(cs.get(i - 1).span().start() <= cs.get(i).span().start());
    }
    assertEquals(4, cs.size());
  }
}
