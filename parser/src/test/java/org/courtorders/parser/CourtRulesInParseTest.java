package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.core.time.Holiday;
import org.courtorders.core.time.HolidayCalendar;
import org.courtorders.core.time.HolidayKind;
import org.courtorders.parser.spi.CourtPhrase;
import org.courtorders.parser.spi.CourtRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A court's rules take part in the parse (issue 9): chosen right after the court is recognized, its
 * state holidays feed the Rule 6 calculator the deadline reader uses and its phrases join the
 * phrase book. The court here is a fixture claiming "nysd" with one invented state holiday on
 * Monday, February 12, 2024, so the test does not move when real New York data does.
 */
class CourtRulesInParseTest {
  static final class Fixture implements CourtRules {
    @Override
    public String courtId() {
      return "nysd";
    }

    @Override
    public HolidayCalendar stateHolidays() {
      return HolidayCalendar.of(
          List.of(Holiday.of(LocalDate.of(2024, 2, 12), "Fixture Day", HolidayKind.STATE)));
    }

    @Override
    public List<CourtPhrase> phrases() {
      return List.of(
          new CourtPhrase(
              "fixture.cue.last-day",
              "\\bthe\\s+last\\s+day\\s+being\\s*$",
              "makes the date after it a due date",
              "test fixture",
              List.of("file it, the last day being "),
              CourtPhrase.Use.DATE_CUE));
    }
  }

  private static final CourtOrderParser WITH =
      CourtOrderParser.builder().addRules(new Fixture()).build();
  private static final CourtOrderParser WITHOUT = CourtOrderParser.builder().build();

  /** The same order in three layouts: a caption heading, a running header, a letter endorsement. */
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
  void stateHolidayMovesTheLastDay(String order) {
    Deadline with = deadline(WITH.parse(order));
    Deadline without = deadline(WITHOUT.parse(order));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 12)), without.date());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 13)), with.date());
    assertTrue(
        with.computation().stream().anyMatch(s -> s.explanation().contains("Fixture Day")),
        () -> "steps name the holiday: " + with.computation());
    Soundness.assertSound(WITH.parse(order), order);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\nDefendant shall file its answer, the last day "
            + "being March 15, 2024.\n\nSO ORDERED.\n\nDated: January 29, 2024\n",
        "United States District Court for the Southern District of New York\n\nThe parties shall submit a status letter, "
            + "the last day being March 15, 2024.\n\nDated: January 29, 2024\n"
      })
  void courtPhrasesJoinThePhraseBook(String order) {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), deadline(WITH.parse(order)).date());
    assertTrue(
        WITHOUT.parse(order).directives().stream()
            .allMatch(d -> d.deadline().flatMap(Deadline::date).isEmpty()),
        "without the court's cue the date is not a due date");
  }

  private static Deadline deadline(CourtOrder order) {
    return order.directives().stream()
        .map(Directive::deadline)
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline in " + order.directives()));
  }
}
