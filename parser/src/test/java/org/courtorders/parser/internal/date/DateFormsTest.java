package org.courtorders.parser.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date forms from natty's suite that orders and docket exports print (issue 12); invented
 * sentences.
 */
class DateFormsTest {
  private static final DateRecognizer R = new DateRecognizer();

  private static String first(String text) {
    List<DateMention> found = R.find(text);
    if (found.isEmpty() || found.get(0).kind() != DateMention.Kind.DATE) {
      return "none";
    }
    DateMention m = found.get(0);
    return m.year() + "-" + m.month() + "-" + m.day() + m.time().map(x -> " " + x).orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Responses are due 28-Feb-2010.; 2010-2-28",
        "Filed 16-Jun-06 in the clerk's office.; 2006-6-16",
        "Export of 2006-Jun-16 attached.; 2006-6-16",
        "Reply due 9-Apr.; 0-4-9",
        "The hearing of Jan. 10, '00 is adjourned.; 2000-1-10",
        "Entered Mar 16, 2015 3:33:39 PM by the clerk.; 2015-3-16 15:33",
        "set for oct 1, 1980 at the courthouse; 1980-10-1",
        "the docket shows nov 21 2010 as the date; 2010-11-21",
        "filed sun, 11/21/2010 after hours; 2010-11-21",
      })
  void reads(String text, String expected) {
    assertEquals(expected, first(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The parties may 5 times amend the schedule.",
        "Exhibit 12-B-3 is sealed.",
        "See Rule 26-Jun notes.",
        "Call 212-Mar-1180 for access.",
      })
  void leavesAlone(String text) {
    assertTrue(first(text).equals("none"), text + " -> " + first(text));
  }
}
