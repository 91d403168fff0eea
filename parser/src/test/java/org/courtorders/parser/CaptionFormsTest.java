package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.core.JudgeTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every case-number, party, court, judge and date form the caption readers promise. */
class CaptionFormsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static CourtOrder captioned(String numberLine) {
    return PARSER.parse(captionedText(numberLine));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "18-cv-4476 (LJL) (JW)            | 18-cv-4476  | LJL JW   |",
        "1:23-cv-00048-GWG                | 23-cv-48    | GWG      | 1",
        "No. 20 Civ. 8607 (JMF) (BCM)     | 20-cv-8607  | JMF BCM  |",
        "14-CV-9148                       | 14-cv-9148  |          |",
        "Case No.: 23-cv-00048            | 23-cv-48    |          |",
        "25-CV-4526 (PJS/LIB)             | 25-cv-4526  | PJS LIB  |",
        "2:16-cr-00368-APG-PAL            | 16-cr-368   | APG PAL  | 2",
        "14cv2657 (DLC)                   | 14-cv-2657  | DLC      |",
        "25cvl4329 (EP) (JRA)             | 25-cv-14329 | EP JRA   |",
        "10 Civ. 420 (SHS) (KNF)          | 10-cv-420   | SHS KNF  |",
        "09 CV 5259 (JG) (LB)             | 09-cv-5259  | JG LB    |",
        "3:07-mc-27-J-32MCR               | 07-mc-27    | MCR      | 3",
        "1:21-cr-581-GHW                  | 21-cr-581   | GHW      | 1",
        "C 06-3340 SBA (JL)               | 06-cv-3340  | SBA JL   |",
        "CIVIL ACTION NO. 26-276          | 26-cv-276   |          |",
        "21 Civ. 8149 (CM)(SN)            | 21-cv-8149  | CM SN    |",
      })
  void readsCaseNumberForms(String printed, String normalized, String initials, Integer office) {
    CourtOrder order = captioned(printed.strip());
    List<CaseNumber> numbers = order.requireCaption().caseNumbers();
    assertEquals(1, numbers.size(), () -> printed + " -> " + numbers);
    CaseNumber n = numbers.get(0);
    assertEquals(normalized, n.normalized().orElseThrow());
    assertEquals(
        initials == null ? List.of() : List.of(initials.strip().split(" ")), n.judgeInitials());
    assertEquals(office, n.office().orElse(null));
    assertEquals(n.text(), n.span().slice(captionedText(printed.strip())));
  }

  private static String captionedText(String numberLine) {
    return "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nJOHN DOE,\n\nPlaintiff,\n\n-against-\n\n"
        + "ACME CORP.,\n\nDefendant.\n\n"
        + numberLine
        + "\n\nORDER\n\nThe parties shall confer and the Court will decide the matter soon.\n";
  }

  @Test
  void readsConsolidatedNumbers() {
    CourtOrder order = captioned("20-cv-1000 (AB)\n20-cv-2000 (AB)");
    assertEquals(
        List.of("20-cv-1000", "20-cv-2000"),
        order.requireCaption().caseNumbers().stream()
            .map(n -> n.normalized().orElseThrow())
            .toList());
  }

  @Test
  void leavesOutACourtsCategoryCode() {
    // E.D. Cal. appends "PS" (pro se) to the number; the suffix list is per court (E.D. La.'s "SS"
    // is a judge).
    String text =
        captionedText("2:2:23-cv-00980-DAD-CKD PS")
            .replace("SOUTHERN DISTRICT OF NEW YORK", "EASTERN DISTRICT OF CALIFORNIA");
    CaseNumber n = PARSER.parse(text).requireCaption().caseNumbers().get(0);
    assertEquals("23-cv-980", n.normalized().orElseThrow());
    assertEquals(List.of("DAD", "CKD"), n.judgeInitials());
    assertEquals(2, n.office().orElseThrow());
  }

  @Test
  void doesNotReadOtherNumbersAsCaseNumbers() {
    CourtOrder order =
        PARSER.parse(
            "ORDER\n\nCall 212-465-1180 by 10-13-2023. See Smith v. Jones, No. 18-4281, "
                + "2019 WL 634639 (E.D. Pa. 2019); Dkt. No. 564.\n");
    assertTrue(order.caption().map(c -> c.caseNumbers().isEmpty()).orElse(true));
  }

  @Test
  void readsVerticalCaptionWithDescriptorsAndEtAl() {
    String text =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nRAFAEL GUERRERO MARIN, individually\n"
            + "and on behalf of all others similarly situated,\n\nPlaintiff,\n\n-against-\n\nNELSON SERVICES SYSTEMS, INC., et\nal.,\n\n"
            + "Defendants.\n\n20-CV-8607 (JMF) (BCM)\n\nORDER\n\nThe Court has received the letter and it is ordered that nothing happens.\n";
    CourtOrder order = PARSER.parse(text);
    assertEquals("RAFAEL GUERRERO MARIN", order.requireCaption().plaintiffs().get(0).name());
    assertEquals(
        "individually and on behalf of all others similarly situated",
        order.requireCaption().plaintiffs().get(0).descriptor().orElseThrow());
    assertEquals(
        "NELSON SERVICES SYSTEMS, INC.", order.requireCaption().defendants().get(0).name());
    assertTrue(order.requireCaption().defendants().get(0).etAl());
    assertEquals("nysd", order.requireCourt().id());
  }

  @Test
  void takesTheFirstOfListedParties() {
    String text =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF NEW YORK\n-----X\nMARIA GONZALEZ and JOSE GONZALEZ,\n"
            + "                    Plaintiffs,\n          - against -              24-CV-1234 (JMA)(ARL)\n\n"
            + "COUNTY OF NASSAU, NASSAU COUNTY POLICE\nDEPARTMENT, and JOHN DOES 1-10,\n                    Defendants.\n-----X\n"
            + "LINDSAY, Magistrate Judge:\n\nAn initial conference was held on March 3, 2025, and the parties appeared.\n";
    CourtOrder order = PARSER.parse(text);
    assertEquals("MARIA GONZALEZ", order.requireCaption().plaintiffs().get(0).name());
    assertEquals("COUNTY OF NASSAU", order.requireCaption().defendants().get(0).name());
    assertEquals("nyed", order.requireCourt().id());
    assertEquals(
        List.of("JMA", "ARL"), order.requireCaption().caseNumbers().get(0).judgeInitials());
  }

  @Test
  void keepsOnePartyWithCommasAndAnd() {
    String text =
        "Trustees of the Laundry, Dry Cleaning Workers and Allied Industries Health Fund, Workers United v. "
            + "FDR Services Corp. of New York\n\nORDER: As discussed at the conference held today, it is HEREBY ORDERED that the case goes on.\n";
    CourtOrder order = PARSER.parse(text);
    assertEquals(
        "Trustees of the Laundry, Dry Cleaning Workers and Allied Industries Health Fund, Workers United",
        order.requireCaption().plaintiffs().get(0).name());
    assertEquals(
        "FDR Services Corp. of New York", order.requireCaption().defendants().get(0).name());
  }

  @Test
  void readsTwoColumnCaption() {
    String text =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n"
            + " SANA HAZINA BUTLER,\n                                                   25-CV-09337 (RA) (RFT)\n"
            + "                 Plaintiff,\n     -against-                                         ORDER\n"
            + " FIDELITY MANAGEMENT & RESEARCH\n COMPANY LLC (FMR) et al,\n                 Defendant.\n\n"
            + "ROBYN F. TARNOFSKY, United States Magistrate Judge:\n\nAs discussed at the status conference held on May 22, 2026, the case goes on.\n";
    CourtOrder order = PARSER.parse(text);
    assertEquals("SANA HAZINA BUTLER", order.requireCaption().plaintiffs().get(0).name());
    assertEquals(
        "FIDELITY MANAGEMENT & RESEARCH COMPANY LLC",
        order.requireCaption().defendants().get(0).name());
    assertEquals("ORDER", order.requireCaption().title().orElseThrow());
    Judge author = order.author().orElseThrow();
    assertEquals("Robyn F. Tarnofsky", author.name().orElseThrow());
    assertEquals(JudgeTitle.MAGISTRATE_JUDGE, author.title().orElseThrow());
    assertEquals(
        List.of("RA", "RFT"),
        order.judges().stream()
            .filter(j -> j.role() != JudgeRole.AUTHOR)
            .map(j -> j.initials().orElseThrow())
            .toList());
  }

  @Test
  void readsLetterReLineAndEndorsement() {
    String text =
        "LAW FIRM LLP\n\nAugust 17, 2023\n\nVia ECF\n\nThe Honorable Gabriel W. Gorenstein, U.S.M.J.\n"
            + "United States District Court Southern District of New York 500 Pearl Street\n\nRe: Lorenzo v. Dee Mark Inc. et al.\n\n"
            + "Case No.: 23-cv-00048\n\nDear Judge Gorenstein:\n\nWe write to request a pre-motion conference about discovery that was refused.\n\n"
            + "Respectfully submitted,\n\n/s/ C.K. Lee\n\nApplication denied without prejudice.\n\nSo Ordered.\n\n"
            + "CABRIEL W. CORENSTEIN United States Magistrate Judge\n\nAugust 18, 2023\n";
    CourtOrder order = PARSER.parse(text);
    assertEquals(DocumentType.MEMO_ENDORSEMENT, order.documentType());
    assertEquals("Lorenzo", order.requireCaption().plaintiffs().get(0).name());
    assertEquals("Dee Mark Inc.", order.requireCaption().defendants().get(0).name());
    assertEquals(
        "23-cv-48", order.requireCaption().caseNumbers().get(0).normalized().orElseThrow());
    assertEquals("Gabriel W. Gorenstein", order.author().flatMap(Judge::name).orElseThrow());
    assertEquals(LocalDate.of(2023, 8, 18), order.signedDate().orElseThrow());
    assertTrue(order.diagnostics().stream().anyMatch(d -> d.code().name().equals("OCR_CORRECTED")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dated: New York, New York\\nJuly 12, 2023\\n\\nSO ORDERED.                 | 2023-07-12",
        "SO ORDERED.\\n\\nDATED: New York, New York\\nJune 28, 2024                  | 2024-06-28",
        "DATED this 26th day of February, 2026.                                     | 2026-02-26",
        "ORDERED in Tampa, Florida, on May 1, 2026.                                 | 2026-05-01",
        "SO ORDERED 01/24/23                                                        | 2023-01-24",
        "(Signed by Judge Naomi Reice Buchwald on 5/6/2022)                         | 2022-05-06",
      })
  void readsSignedDates(String tail, LocalDate expected) {
    String text =
        "ORDER\n\nThe motion is denied and the parties shall proceed to trial as scheduled.\n\n"
            + tail.strip().replace("\\n", "\n")
            + "\n";
    assertEquals(expected, PARSER.parse(text).signedDate().orElse(null), tail);
  }

  @Test
  void readsFiledDateStampsAndCourts() {
    CourtOrder order =
        PARSER.parse(
            "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2\n"
                + "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\n\nORDER\n");
    assertEquals(LocalDate.of(2024, 6, 28), order.filedDate().orElseThrow());
    assertEquals("ilnd", order.requireCourt().id());
    assertEquals(565, order.source().documentNumber().orElseThrow());
    assertEquals(
        "18-cv-4476", order.requireCaption().caseNumbers().get(0).normalized().orElseThrow());
  }
}
