package org.courtorders.parser.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Court names in spellings other than the printed heading; invented inputs, several layouts each
 * (C11).
 */
class CourtNamesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static String court(String heading) {
    String text =
        heading.replace("|", "\n")
            + "\n\nJANE ROE,\n    Plaintiff,\nv.\nACME CORP.,\n    Defendant.\n\nORDER\n\n"
            + "The motion is granted.\n";
    return PARSER.parse(text).court().map(c -> c.id()).orElse("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // Abbreviations with or without periods.
        "United States District Court, S D New York; nysd",
        "UNITED STATES DISTRICT COURT, S.D.N.Y.; nysd",
        "U.S. District Court, E. D. N. Y.; nyed",
        "United States District Court M D Alabama; almd",
        "United States District Court, N.D.W. Va.; wvnd",
        // "Dist. of", "M.D. of", a heading line of court words only.
        "UNITED STATES DISTRICT COURT|M.D. of Florida; flmd",
        "Middle Dist. of Pennsylvania; pamd",
        "UNITED STATES DISTRICT COURT|Dist. of Kansas; ksd",
        "W.D. of Texas; txwd",
        // CAP-style and reporter names.
        "District Court, N.D. Illinois; ilnd",
        "District Court, D. Maine; med",
        "United States District Court, Oklahoma Eastern; oked",
        "United States District Court, Nebraska; ned",
        "United States District Court of Connecticut; ctd",
        "District Court of the Virgin Islands; vid",
        // Divisions are not districts; a city of holding court can name the district.
        "United States District Court, Eastern Division, Northern District of Illinois; ilnd",
        "U S District Court No Dist So Div Ala; alnd",
        "United States District Court, San Jose Division; cand",
        "United States District Court for the Western Division of Arkansas, Fayetteville Division; arwd",
        "United States District Court, Virginia, Roanoke Division; vawd",
        "United States District Court, Oklahoma City; okwd",
        // OCR slips where one court is close.
        "United States District Court Nothern District of Illinois; ilnd",
        "UNITED STATES DISTRICT COURT, FASTERN DISTRICT OF NEW YORK; nyed",
        "United States District Court, Southern District of Galifornia; casd",
        "UNITED STATES DISTRICT COURT|N. D. Ohio, E. D.; ohnd",
      })
  void readsTheCourt(String heading, String id) {
    assertEquals(id, court(heading));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // Never a guess: a state with several districts and no direction; a division only; state
        // courts.
        "United States District Court, Texas",
        "U.S. District Court, California",
        "United States District Court, Southern Division of California",
        "IN THE DISTRICT COURT OF JOHNSON COUNTY, KANSAS",
        "IN THE DISTRICT COURT OF THE STATE OF NEBRASKA",
        "District Court, Columbia Division",
        "UNITED STATES DISTRICT COURT|CONNECTICUT GENERAL LIFE INSURANCE CO.,",
        "UNITED STATES DISTRICT COURT|DELAWARE RIVER PORT AUTHORITY",
        "United States District Court, D Sourth Carolina, Columbia Division",
      })
  void givesNoCourtWhenTheWordsDoNotPinOneDown(String heading) {
    assertEquals("none", court(heading));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "A conference is set for May 6, 2025 in Courtroom 620 of the White Plains Courthouse.; nysd",
        "The hearing will be held at the Fresno Federal Courthouse, Courtroom 7.; caed",
        "Counsel shall appear in person at the San Jose U.S. Courthouse.; cand",
        "The parties shall meet at the Federal Building, 450 Golden Gate Avenue, San Francisco.; cand",
        // A city with courts of two districts names neither; a county courthouse is no federal
        // court.
        "The hearing is at the Columbia Courthouse.; none",
        "The deposition will be taken at the Fresno County Courthouse.; none",
      })
  void courthousesAndAddresses(String sentence, String id) {
    assertEquals(
        id, PARSER.parse("ORDER\n\n" + sentence + "\n").court().map(c -> c.id()).orElse("none"));
  }
}
