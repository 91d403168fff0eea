package org.courtorders.parser.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A courthouse address names its court only with the courthouse's city after it (invented inputs;
 * the addresses are the courts' own, from district-courts.json).
 */
class CourthousePlacesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static String court(String text) {
    CourtOrder order = PARSER.parse(text);
    return order.court().map(c -> c.id()).orElse(null);
  }

  static Stream<Arguments> addressWithItsCity() {
    return Stream.of(
        Arguments.of(
            "The conference will be held at 601 Market Street, Philadelphia, PA 19106.", "paed"),
        Arguments.of("Hearing: Courtroom 1525, 1100 Commerce Street, Dallas, Texas 75242.", "txnd"),
        Arguments.of("Parties shall appear at 50 Walnut Street, Newark, New Jersey.", "njd"),
        Arguments.of(
            "in Courtroom 705 of the United States Courthouse, 40 Foley Square, New York, New York.",
            "nysd"),
        Arguments.of("at 401 W. Washington St., Suite 130, SPC 1, Phoenix, AZ 85003", "azd"),
        Arguments.of("appear at 333 Constitution Ave., N.W., Washington, D.C. 20001", "dcd"),
        Arguments.of("report to 280 S. First St., San Jose, California", "cand"),
        Arguments.of("the courthouse at One Courthouse Way, Boston, MA 02210", "mad"),
        Arguments.of("in Room 1334, 333 Las Vegas Blvd. So., Las Vegas, Nevada", "nvd"),
        Arguments.of("at 299 E. Broward Blvd., Ft. Lauderdale, Florida", "flsd"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("addressWithItsCity")
  void anAddressWithItsCityNamesTheCourt(String sentence, String court) {
    assertEquals(court, court("ORDER\n\n" + sentence + "\n\nSO ORDERED.\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Counsel's office is at 601 Market Street, San Francisco, CA 94105.",
        "Plaintiff resides at 1100 Commerce Street, Fort Worth, Texas.",
        "Defendant's store at 50 Walnut Street, Wellesley, Massachusetts, was closed.",
        "The warehouse at 1601 Market Street, Philadelphia, PA was inspected.",
        "Smith & Jones LLP, 150 Walnut Street, Newark, NJ",
        "601 Market Street",
        "The meeting took place at 500 Pearl Street, which is far from the river. New York law applies.",
        "at 601 Market Street\nSuite 400\nLos Angeles, CA"
      })
  void theSameStreetElsewhereOrWithoutItsCityNamesNoCourt(String sentence) {
    assertNull(court("ORDER\n\n" + sentence + "\n\nSO ORDERED.\n"), sentence);
  }

  @Test
  void aLetterheadWithTheAddressSplitOverTwoLinesNamesTheCourt() {
    String letterhead =
        "HON. JANE DOE\nUNITED STATES MAGISTRATE JUDGE\n500 PEARL STREET, COURTROOM 21A\n"
            + "                    NEW YORK, NEW YORK 10007\n\nRe: Smith v. Jones\n\nDear Judge Doe:\n\nWe write to request an adjournment.\n";
    CourtOrder order = PARSER.parse(letterhead);
    assertEquals("nysd", order.requireCourt().id());
    org.courtorders.core.TextSpan span = order.requireCourt().span().orElseThrow();
    String quoted = letterhead.substring(span.start(), span.end());
    assertTrue(quoted.startsWith("500 PEARL STREET") && quoted.endsWith("NEW YORK"), quoted);
  }

  @Test
  void aBlankLineBetweenStreetAndCityStillCounts() {
    assertEquals(
        "laed",
        court(
            "Clerk of Court\n500 Poydras Street, Room C151\n\nNew Orleans, Louisiana 70130\n\nORDER\n"));
  }

  @Test
  void theCityTwoLinesLaterDoesNotCount() {
    assertNull(court("ORDER\n\n500 Poydras Street\nRoom C151\nNew Orleans, Louisiana\n"));
  }

  @Test
  void aCourthouseNameNeedsNoCity() {
    assertEquals(
        "nysd", court("ORDER\n\nA conference is set in the Thurgood Marshall U.S. Courthouse.\n"));
    assertEquals(
        "nysd",
        court("ORDER\n\nThe Daniel Patrick Moynihan United States Courthouse is closed.\n"));
  }

  @Test
  void theEarliestCourthouseWins() {
    assertEquals(
        "txsd",
        court(
            "ORDER\n\nat 515 Rusk Street, Houston, Texas; then at 1100 Commerce Street, Dallas, Texas\n"));
  }

  static Stream<Arguments> places() {
    return DistrictCourts.all().stream()
        .flatMap(e -> e.places().stream().map(p -> Arguments.of(e.id(), p)));
  }

  /**
   * Every place in the data finds its own court, and an address finds it only with its own city.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("places")
  void everyPlaceFindsItsCourtAndAnAddressOnlyWithItsCity(
      String court, DistrictCourts.Place place) {
    if (place.isAddress()) {
      assertEquals(
          court,
          CourthousePlaces.find("at " + place.street() + ", " + place.city() + ", USA")
              .entry()
              .id());
      assertEquals(
          court,
          CourthousePlaces.find(
                  place.street().toUpperCase(java.util.Locale.ROOT)
                      + "\n"
                      + place.city().toUpperCase(java.util.Locale.ROOT))
              .entry()
              .id());
      assertNull(CourthousePlaces.find("at " + place.street() + ", Nowhereville, USA"));
      assertNull(CourthousePlaces.find("at " + place.street() + " in a town near " + place.city()));
    } else {
      assertEquals(court, CourthousePlaces.find("in the " + place.name() + ".").entry().id());
    }
  }

  @Test
  void aLongRunOfTextWithoutAddressesIsReadInOnePass() {
    String text = "601 Market Street and 50 Walnut Street ".repeat(20_000);
    assertNull(CourthousePlaces.find(text));
    assertFalse(CourthousePlaces.tokens(text).isEmpty());
  }
}
