package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9's regression: an S.D.N.Y. order dated January 29, 2024 that says "within 14 days of this
 * Order" is due on Tuesday, February 13, 2024 under the court's rules, since Monday, February 12 is
 * Lincoln's Birthday, a New York legal holiday that Fed. R. Civ. P. 6(a)(6)(C) makes a legal
 * holiday for periods counted forward; with no court rules it is due February 12. The parse agrees
 * with {@code SdnyRules.rule6()} and the steps name the holiday.
 */
class NewYorkHolidayDeadlineTest {
  private static final CourtOrderParser NYSD =
      CourtOrderParser.builder().addRules(SdnyRules.create()).build();
  private static final CourtOrderParser FEDERAL = CourtOrderParser.builder().build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nJANE ROE,\nPlaintiff,\n-against-\nACME CORP.,\n"
            + "Defendant.\n\n23-cv-1234 (ABC)\n\nORDER\n\nDefendant shall answer the complaint within 14 days of this Order.\n\n"
            + "SO ORDERED.\n\nDated: January 29, 2024\nNew York, New York\n",
        "United States District Court for the Southern District of New York\n\nORDER\n\nIT IS HEREBY ORDERED that the "
            + "parties shall submit a joint letter within fourteen (14) days of the date of this Order.\n\n"
            + "Dated: New York, New York\nJanuary 29, 2024\n\nSO ORDERED.\n",
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nMEMORANDUM ORDER\n\nJanuary 29, 2024\n\n"
            + "Plaintiff is directed to file proof of service within 14 days of this Order.\n\nSO ORDERED.\n"
      })
  void lincolnsBirthdayMovesTheLastDay(String order) {
    Deadline nysd = deadline(NYSD.parse(order));
    Deadline federal = deadline(FEDERAL.parse(order));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 13)), nysd.date());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 12)), federal.date());
    assertEquals(
        SdnyRules.create()
            .rule6()
            .compute(
                LocalDate.of(2024, 1, 29),
                14,
                org.courtorders.core.TimeUnit.DAYS,
                org.courtorders.core.CountDirection.FORWARD)
            .lastDay(),
        nysd.date().get());
    assertTrue(
        nysd.computation().stream().anyMatch(s -> s.explanation().contains("Lincoln")),
        () -> "steps name the New York holiday: " + nysd.computation());
  }

  /**
   * The court's REMINDER phrase joins the phrase book: pointing to a standing rule is no new
   * obligation.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\nCounsel's attention is directed to Paragraph 2.A "
            + "of the Court's Individual Practices, under which the parties shall confer by telephone before writing.\n\nSO ORDERED.\n",
        "United States District Court for the Southern District of New York\n\nThe parties' attention is respectfully drawn "
            + "to Local Civil Rule 37.2: the parties must request an informal conference before moving.\n"
      })
  void courtPhrasesJoinThePhraseBook(String order) {
    assertTrue(
        NYSD.parse(order).directives().stream().allMatch(Directive::reminder),
        "a reminder under nysd rules");
    assertTrue(
        FEDERAL.parse(order).directives().stream().anyMatch(d -> !d.reminder()),
        "a new obligation without them");
  }

  private static Deadline deadline(CourtOrder order) {
    return order.directives().stream()
        .map(Directive::deadline)
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline in " + order.directives()));
  }
}
