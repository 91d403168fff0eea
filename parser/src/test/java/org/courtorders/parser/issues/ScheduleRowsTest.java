package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schedule rows beyond "label, gap, date": the row's action is its act ("Completion of fact
 * discovery" → complete, "Deadline for Plaintiff to amend" → amend, {@code act-nouns.json}), not
 * the label's first word; a row no side opens takes the briefing's sides (the movant's motion and
 * reply, the other side's opposition); a date may open the row ("March 3, 2025 — Amended
 * pleadings"); a table goes on across a page stamp. Layouts the model cannot read as rows (two
 * dates in a row, a relative period with no computable date) make no deadline up and leave each
 * date reported. All inputs invented, bodies of an order signed on February 3, 2025.
 */
class ScheduleRowsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static CourtOrder parse(String body) {
    return PARSER.parse(Issue11DatesTest.order(body, "February 3, 2025"));
  }

  private static List<String> rows(CourtOrder o) {
    List<String> out = new ArrayList<>();
    for (Directive d : o.directives()) {
      d.deadline()
          .flatMap(x -> x.date())
          .ifPresent(x -> out.add(x + " " + d.actor() + " " + d.action()));
    }
    return out.stream().sorted().toList();
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of(
            "The Court adopts the following schedule:\n\n"
                + "Completion of fact discovery          June 2, 2025\n"
                + "Plaintiff's expert disclosures        June 30, 2025\n"
                + "Deadline for Defendant to amend       June 9, 2025\n",
            List.of(
                "2025-06-02 PARTIES complete",
                "2025-06-09 DEFENDANTS amend",
                "2025-06-30 PLAINTIFFS disclose")),
        Arguments.of(
            "Defendants' motion to dismiss shall be briefed as follows:\n\n"
                + "Motion ............ May 5, 2025\n"
                + "Opposition ........ May 19, 2025\n"
                + "Reply ............. May 26, 2025\n",
            List.of(
                "2025-05-05 DEFENDANTS motion",
                "2025-05-19 PLAINTIFFS opposition",
                "2025-05-26 DEFENDANTS reply")),
        Arguments.of(
            "Plaintiff's motion for a preliminary injunction will be briefed on this schedule:\n\n"
                + "| Opening brief | April 7, 2025 |\n"
                + "| Response brief | April 21, 2025 |\n"
                + "| Reply brief | April 28, 2025 |\n",
            List.of(
                "2025-04-07 PLAINTIFFS opening",
                "2025-04-21 DEFENDANTS response",
                "2025-04-28 PLAINTIFFS reply")),
        // date-first rows: dash, colon, column gap
        Arguments.of(
            "The following deadlines apply:\n\n"
                + "March 3, 2025 \u2014 Amended pleadings\n"
                + "April 14, 2025 \u2014 Completion of fact discovery\n",
            List.of("2025-03-03 PARTIES amend", "2025-04-14 PARTIES complete")),
        Arguments.of(
            "Schedule:\n\n\u2022 6/2/2025: Joinder of additional parties\n"
                + "\u2022 7/7/2025: Exchange of expert reports\n",
            List.of("2025-06-02 PARTIES join", "2025-07-07 PARTIES exchange")),
        Arguments.of(
            "The case will proceed as follows:\n\n"
                + "May 12, 2025        Initial disclosures\n"
                + "August 1, 2025      Close of fact discovery\n",
            List.of("2025-05-12 PARTIES disclose", "2025-08-01 PARTIES complete")),
        // a table across a page stamp
        Arguments.of(
            "The following deadlines apply:\n\n"
                + "Opening brief                       August 4, 2025\n"
                + "Opposition                          August 18, 2025\n\n"
                + "Case 1:24-cv-01234-ABC     Document 12     Filed 02/03/25     Page 2 of 3\n\n"
                + "Reply                               August 25, 2025\n"
                + "Document production                 September 2, 2025\n",
            List.of(
                "2025-08-04 PARTIES opening",
                "2025-08-18 PARTIES opposition",
                "2025-08-25 PARTIES reply",
                "2025-09-02 PARTIES produce")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void rowsGiveTheirActAndOwner(String body, List<String> expected) {
    assertEquals(expected, rows(parse(body)), body);
  }

  /** Negatives: a dated sentence is no row; words before the date make it prose. */
  static Stream<String> notRows() {
    return Stream.of(
        "The Court held a conference.\n\nJune 3, 2025 the parties appeared by telephone.\n"
            + "June 4, 2025 the parties filed a joint letter.\n",
        "Schedule:\n\nAs discussed, March 3, 2025 \u2014 amended pleadings were then due\n"
            + "and on April 14, 2025 \u2014 discovery closed\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notRows")
  void aDatedSentenceIsNoRow(String body) {
    assertEquals(List.of(), rows(parse(body)), body);
  }

  /**
   * Two dates in a row (event and response) and a relative period whose trigger has no date: no
   * deadline is made up, and every date is reported with its span.
   */
  @Test
  void rowsTheModelCannotReadAreReportedNotGuessed() {
    String body =
        "The Court adopts the following schedule:\n\n"
            + "Event                          Deadline           Response\n"
            + "Expert reports                 June 2, 2025       June 30, 2025\n"
            + "Summary judgment motions       July 7, 2025       July 28, 2025\n\n"
            + "Objections to the ruling:   within 14 days of the ruling\n";
    String text = Issue11DatesTest.order(body, "February 3, 2025");
    CourtOrder o = PARSER.parse(text);
    assertEquals(List.of(), rows(o));
    List<String> reported =
        o.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.DATE_UNCLASSIFIED)
            .map(d -> text.substring(d.span().start(), d.span().end()))
            .toList();
    for (String d : List.of("June 2, 2025", "June 30, 2025", "July 7, 2025", "July 28, 2025")) {
      assertTrue(reported.contains(d), d + " not in " + reported);
    }
  }
}
