package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Orders whose kind and case number other districts print in their own layouts (FAILURE-CLASSES
 * C18, C19 and their family): docket texts that are themselves the order ("ORDER: ...", "TEXT ONLY
 * ORDER: ...", "ELECTRONIC ORDER entered. Judge X: ...") are ORDERs; a "NO. 24-3318" caption cell
 * under "CIVIL ACTION" (E.D. Pa.) and N.D. Ill.'s "23 C 5190" are case numbers. Negatives: a letter
 * is no docket order, a "No." cell without an action cell and a "12 C" temperature are no numbers.
 * All inputs are invented. Each case gives the document type and the case numbers as "yy-type-n".
 */
class DocketAndActionFormsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "ORDER: The joint letter motion for a settlement conference (ECF No. 17) is GRANTED."
                + " Ordered by Magistrate Judge Ann Roe on 2/17/2026. (AR)\n",
            "ORDER",
            List.of()),
        Arguments.of(
            "TEXT ONLY ORDER: The unopposed motion for an extension (Dkt. 14) is GRANTED. Defendant"
                + " must answer by 7/14/2025. Signed by Magistrate Judge Ann Roe on 6/20/2025.\n",
            "ORDER",
            List.of()),
        Arguments.of(
            "United States District Court\nDistrict of Massachusetts\n\nCase 1:25-cv-10488-ABC\n\n"
                + "ELECTRONIC ORDER entered. Judge Ann Roe: The joint motion [ECF No. 27] is ALLOWED."
                + " (Entered: 09/22/2025)\n",
            "ORDER",
            List.of("25-cv-10488")),
        Arguments.of(
            "PAPERLESS ORDER - The status conference is reset to 8/5/2025 at 11:00 AM.\n",
            "ORDER",
            List.of()),
        Arguments.of(
            "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n\n"
                + "ANN LEE\t:\tCIVIL ACTION\n\t:\n\tv.\t:\n\t:\nACME CORP.\t:\tNO. 24-3318\n\n"
                + "ORDER\n\nAND NOW, this 2nd day of June, 2025, it is ORDERED that Plaintiff shall"
                + " file a status report by June 16, 2025.\n",
            "ORDER",
            List.of("24-cv-3318")),
        Arguments.of(
            "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n\n"
                + "UNITED STATES OF AMERICA\t:\tCRIMINAL ACTION\n\tv.\t:\nJOHN DOE\t:\tNo. 23-412\n\n"
                + "ORDER\n\nThe motion to continue is GRANTED.\n",
            "ORDER",
            List.of("23-cr-412")),
        Arguments.of(
            "IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\n\n"
                + "DAVID MARSH,\t)\n\tPlaintiff,\t)\tCase No. 23 C 5190\nv.\t)\n"
                + "ACME PAYROLL,\t)\tJudge Ann Roe\n\tDefendant.\t)\n\n"
                + "ORDER\n\nThe motion for fees is denied.\n",
            "ORDER",
            List.of("23-cv-5190")),
        // negatives
        Arguments.of(
            "Dear Judge Roe:\n\nRE: Lee v. Acme, 24-cv-100\n\nORDER: we ask for a conference.\n\n"
                + "Respectfully,\n/s/ Ann Lee\n",
            "LETTER",
            List.of("24-cv-100")),
        Arguments.of(
            "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nANN LEE,\tNo. 24-3318\n"
                + "\tv.\nACME CORP.\n\nThe Court notes the room was kept at 12 C 3000 feet up.\n",
            "OTHER",
            List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void typeAndNumbers(String text, String type, List<String> numbers) {
    CourtOrder o = PARSER.parse(text, "test.txt");
    assertEquals(type, o.documentType().name(), text);
    List<String> got =
        o.caption().map(c -> c.caseNumbers()).orElse(List.of()).stream()
            .map(CaseNumber::normalized)
            .map(n -> n.orElse("?"))
            .toList();
    assertEquals(numbers, got, text);
  }
}
