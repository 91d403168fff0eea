package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How orders of other districts say who signed them and when (FAILURE-CLASSES C7, C34 and their
 * family): E.D. Pa.'s "AND NOW, this 2nd day of June, 2025" and "GENE E.K. PRATTER, J." under "BY
 * THE COURT:", D.N.J.'s "IT IS on this 20th day of August, 2025, ORDERED", docket texts' "So
 * Ordered by Judge X on 10/24/2025", "Ordered by Magistrate Judge X on 2/17/2026", "ELECTRONIC
 * ORDER entered. Judge X:" and "(Entered: 09/22/2025)", C.D. Cal.'s "Date June 16, 2025" header
 * cell and "Present: The Honorable X, U.S. District Judge". Negatives: a decree "ORDERED that the
 * conference scheduled for September 3, 2025 ..." and a narrated "as ordered by Judge X on May 1"
 * date nothing. All inputs are invented. Each case gives the signed date and the author as "Last
 * TITLE" ("-" for none).
 */
class SigningLinesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA\n\n"
                + "ANN LEE\t:\tCIVIL ACTION\n\tv.\t:\nACME CORP.\t:\tNO. 24-3318\n\nORDER\n\n"
                + "AND NOW, this 2nd day of June, 2025, upon review of the docket, it is hereby ORDERED"
                + " that Plaintiff shall file a status report within thirty (30) days.\n\n"
                + "BY THE COURT:\n\n/s/ Gene E.K. Pratter\nGENE E.K. PRATTER, J.\n",
            "2025-06-02",
            "Pratter DISTRICT_JUDGE"),
        Arguments.of(
            "SCHEDULING ORDER\n\nAnd now, this 15th day of May, 2025, following a Rule 16 conference,"
                + " it is ORDERED that all fact discovery shall be completed by September 30, 2025.\n\n"
                + "BY THE COURT:\n\n/s/ Mark A. Kearney\nKEARNEY, J.\n",
            "2025-05-15",
            "Kearney DISTRICT_JUDGE"),
        Arguments.of(
            "LETTER ORDER\n\nFor good cause shown, IT IS on this 20th day of August, 2025,\n\n"
                + "ORDERED that Plaintiff's application is GRANTED; and it is further\n\n"
                + "ORDERED that the status conference scheduled for September 3, 2025 is adjourned.\n\n"
                + "s/ Jane Q. Roe\nHON. JANE Q. ROE\nUNITED STATES MAGISTRATE JUDGE\n",
            "2025-08-20",
            "Roe MAGISTRATE_JUDGE"),
        Arguments.of(
            "MEMORANDUM ORDER\n\nFor the reasons below,\n\nIT IS THEREFORE, on this 3rd day of February"
                + " 2026, ORDERED as follows:\n\n1. The motion to dismiss is GRANTED.\n\n"
                + "MICHAEL A. SHIPP\nUNITED STATES DISTRICT JUDGE\n",
            "2026-02-03",
            "Shipp DISTRICT_JUDGE"),
        Arguments.of(
            "TEXT ORDER: The request is denied as unnecessary. Plaintiff's opposition shall be filed"
                + " by 12/5/2025. So Ordered by Judge Karen M. Williams on 10/24/2025. (dam, )\n",
            "2025-10-24",
            "Williams DISTRICT_JUDGE"),
        Arguments.of(
            "ORDER: The joint letter motion (ECF No. 17) is GRANTED. Ordered by Magistrate Judge"
                + " James R. Cho on 2/17/2026. (JC)\n",
            "2026-02-17",
            "Cho MAGISTRATE_JUDGE"),
        Arguments.of(
            "TEXT ONLY ORDER: The motion (Dkt. 14) is GRANTED. Signed by Magistrate Judge Laura K."
                + " Hayes on\n6/20/2025. (jmr)\n",
            "2025-06-20",
            "Hayes MAGISTRATE_JUDGE"),
        Arguments.of(
            "ELECTRONIC ORDER entered. Judge Allison D. Burroughs: The joint motion [ECF No. 27] is"
                + " ALLOWED. Fact discovery to close by November 21, 2025. (McDonagh, Kellyann)"
                + " (Entered: 09/22/2025)\n",
            "2025-09-22",
            "Burroughs DISTRICT_JUDGE"),
        Arguments.of(
            "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nCIVIL MINUTES - GENERAL\n\n"
                + "Case No.\t2:25-cv-01873-MWF-AS\t\tDate\tJune 16, 2025\n"
                + "Title\tOlivia Grant v. Sunset Vista Apartments, LP\n\n"
                + "Present: The Honorable MICHAEL W. FITZGERALD, U.S. District Judge\n\n"
                + "Proceedings (In Chambers): ORDER TO SHOW CAUSE\n\nThe Court ORDERS Plaintiff to show"
                + " cause in writing no later than June 30, 2025.\n\nIT IS SO ORDERED.\n",
            "2025-06-16",
            "Fitzgerald DISTRICT_JUDGE"),
        Arguments.of(
            "Civil Action No. 11-cv-02913-WJM-MEH 06-04-2012 MINUTE ORDER Entered by Jane Q. Roe,"
                + " United States Magistrate Judge, on June 4, 2012. Plaintiff shall file a status"
                + " report by June 18, 2012.\n",
            "2012-06-04",
            "Roe MAGISTRATE_JUDGE"),
        // negatives: a decree's date and a narrated order date nothing
        Arguments.of(
            "ORDER\n\nThe Court has reviewed the letter.\n\n"
                + "ORDERED that the status conference scheduled for September 3, 2025 is adjourned.\n",
            null,
            "-"),
        Arguments.of(
            "ORDER\n\nAs ordered by Judge Ann Smith on May 1, 2025, the parties shall confer.\n",
            null,
            "-"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void signedDateAndAuthor(String text, String signed, String author) {
    CourtOrder o = PARSER.parse(text, "test.txt");
    assertEquals(signed, o.signedDate().map(Object::toString).orElse(null), text);
    String a =
        o.judges().stream()
            .filter(j -> j.role() == JudgeRole.AUTHOR)
            .findFirst()
            .map(SigningLinesTest::show)
            .orElse("-");
    assertEquals(author, a, text);
  }

  private static String show(Judge j) {
    String name = j.name().orElse("");
    return name.substring(name.lastIndexOf(' ') + 1) + " " + j.title().map(Enum::name).orElse("-");
  }
}
