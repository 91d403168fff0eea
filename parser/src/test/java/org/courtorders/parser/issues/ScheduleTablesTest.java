package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.testing.LinearTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schedule tables and schedule lines (FAILURE-CLASSES C1 and its layouts): rows of an event's label
 * and a date in column layouts (blanks or tabs, with or without a header row), dot leaders, "label:
 * date" lines and pipe tables. Each row's date is a deadline (the side the label opens with, else
 * the parties) or, for a session, a proceeding; past rows, party letters, captions and docket lists
 * give none. All inputs are invented, parsed as the body of an order signed on May 1, 2024 ({@link
 * Issue11DatesTest#order}).
 */
class ScheduleTablesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static Arguments c(String name, String body, List<String> deadlines, List<String> proceedings) {
    return Arguments.of(name, body, deadlines, proceedings);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            "columns of blanks under a header row",
            "The Court adopts the following schedule:\n\n"
                + "Event                                        Deadline\n"
                + "Amended pleadings and joinder of parties     June 3, 2024\n"
                + "Completion of fact discovery                 August 30, 2024\n"
                + "Expert reports                               September 30, 2024\n"
                + "Dispositive motions                          November 15, 2024",
            List.of(
                "2024-06-03 PARTIES",
                "2024-08-30 PARTIES",
                "2024-09-30 PARTIES",
                "2024-11-15 PARTIES"),
            List.of()),
        c(
            "tab columns with a session row",
            "Event\tDate\nFact discovery closes\tAugust 30, 2024\n"
                + "Final pretrial conference\tDecember 2, 2024 at 10:00 a.m.",
            List.of("2024-08-30 PARTIES"),
            List.of("2024-12-02 CONFERENCE")),
        c(
            "dot leaders, no header",
            "Fact discovery ........................ August 30, 2024\n"
                + "Expert discovery ...................... October 31, 2024\n"
                + "Trial ................................. February 3, 2025",
            List.of("2024-08-30 PARTIES", "2024-10-31 PARTIES"),
            List.of("2025-02-03 TRIAL")),
        c(
            "label: date lines with sides",
            "Deadline for amended pleadings: June 3, 2024\n"
                + "Plaintiff's expert disclosures: July 15, 2024\n"
                + "Defendants' expert disclosures: August 15, 2024",
            List.of("2024-06-03 PARTIES", "2024-07-15 PLAINTIFFS", "2024-08-15 DEFENDANTS"),
            List.of()),
        c(
            "columns with sides",
            "Plaintiff's expert disclosures       July 15, 2024\n"
                + "Defendants' rebuttal disclosures     August 15, 2024\n"
                + "Close of expert discovery            September 13, 2024",
            List.of("2024-07-15 PLAINTIFFS", "2024-08-15 DEFENDANTS", "2024-09-13 PARTIES"),
            List.of()),
        c(
            "pipe table",
            "| Event | Deadline |\n|---|---|\n| Fact discovery | August 30, 2024 |\n"
                + "| Oral argument on dispositive motions | January 10, 2025 |",
            List.of("2024-08-30 PARTIES"),
            List.of("2025-01-10 ORAL_ARGUMENT")),
        c(
            "one row under a lead-in, slashed date",
            "The parties shall observe the following deadline:\n\n"
                + "Completion of all discovery       9/30/2024",
            List.of("2024-09-30 PARTIES"),
            List.of()),
        c(
            "bulleted rows",
            "\u2022 Initial disclosures:   May 15, 2024\n\u2022 Joinder of parties:   June 14, 2024",
            List.of("2024-05-15 PARTIES", "2024-06-14 PARTIES"),
            List.of()),
        // negatives
        c(
            "a table of past events",
            "The procedural history is as follows:\n\n"
                + "Complaint filed          January 5, 2024\n"
                + "Answer filed             February 2, 2024\n"
                + "Initial conference       March 1, 2024",
            List.of(),
            List.of()),
        c(
            "a docket-entry list with dates",
            "The docket shows:\n\n"
                + "04/02/2024     15     ORDER granting motion for extension\n"
                + "04/10/2024     16     LETTER from counsel",
            List.of(),
            List.of()),
        c(
            "a single row alone in prose",
            "The Court notes that the relevant period is\n\nlong.\n\nFiscal year end    June 30, 2024",
            List.of(),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rowsBecomeDeadlinesOrProceedings(
      String name, String body, List<String> deadlines, List<String> proceedings) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    assertEquals(deadlines, Issue11DatesTest.deadlines(o), "deadlines of " + body);
    assertEquals(proceedings, Issue11DatesTest.proceedings(o), "proceedings of " + body);
  }

  /** The reproduction from the brief: an S.D.N.Y.-style order whose body is a table and items. */
  @Test
  void schedulingOrderWithTableAndItems() {
    String text =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n"
            + "------------------------------------------------------------x\n"
            + "JANE DOE,\n                              Plaintiff,\n"
            + "          -against-                                   24-cv-1234 (ABC)\n"
            + "ACME CORP.,\n                              Defendant.\n"
            + "------------------------------------------------------------x\n\n"
            + "SCHEDULING ORDER\n\n"
            + "The Court adopts the following schedule:\n\n"
            + "Event                                        Deadline\n"
            + "Amended pleadings and joinder of parties     March 3, 2025\n"
            + "Completion of fact discovery                 June 30, 2025\n"
            + "Expert reports                               July 31, 2025\n"
            + "Dispositive motions                          September 15, 2025\n\n"
            + "It is further ORDERED that counsel shall:\n"
            + "  (a) meet and confer regarding settlement;\n"
            + "  (b) submit a joint status letter no later than April 1, 2025; and\n"
            + "  (c) appear for a status conference on April 15, 2025 at 10:00 a.m.\n\n"
            + "SO ORDERED.\n\nDated: January 6, 2025\n       New York, New York\n"
            + "                                        ANN B. CARTER\n"
            + "                                        United States District Judge\n";
    CourtOrder o = PARSER.parse(text);
    assertEquals(
        List.of(
            "2025-03-03 PARTIES",
            "2025-04-01 PARTIES",
            "2025-06-30 PARTIES",
            "2025-07-31 PARTIES",
            "2025-09-15 PARTIES"),
        Issue11DatesTest.deadlines(o));
    assertEquals(List.of("2025-04-15 CONFERENCE"), Issue11DatesTest.proceedings(o));
    Directive b =
        o.directives().stream()
            .filter(
                d ->
                    d.deadline()
                        .flatMap(x -> x.date())
                        .map(Object::toString)
                        .orElse("")
                        .equals("2025-04-01"))
            .findFirst()
            .orElseThrow();
    assertEquals("submit", b.action());
    assertTrue(
        o.diagnostics().stream().noneMatch(x -> x.code() == DiagnosticCode.DATE_UNCLASSIFIED),
        o.diagnostics().toString());
    for (Directive d : o.directives()) {
      assertEquals(d.text(), text.substring(d.span().start(), d.span().end()));
    }
  }

  /** Without an order date a row's date cannot be told from history: reported, with its span. */
  @Test
  void rowsWithoutAnOrderDateAreReportedNotGuessed() {
    String text =
        "ORDER\n\nThe Court adopts the following schedule:\n\n"
            + "Fact discovery        June 30, 2025\nExpert discovery      August 29, 2025\n";
    CourtOrder o = PARSER.parse(text);
    assertEquals(List.of(), Issue11DatesTest.deadlines(o));
    for (String date : List.of("June 30, 2025", "August 29, 2025")) {
      assertTrue(
          o.diagnostics().stream()
              .anyMatch(
                  x ->
                      x.code() == DiagnosticCode.DATE_UNCLASSIFIED
                          && text.substring(x.span().start(), x.span().end()).equals(date)),
          date + " in " + o.diagnostics());
    }
  }

  /** A party's letter quoting a schedule, with a denial endorsed: the letter sets no deadlines. */
  @Test
  void aLetterQuotingAScheduleSetsNone() {
    String text =
        "LEE & ROE LLP\n1 Main Street\nNew York, NY 10001\n\nApril 25, 2024\n\n"
            + "The Honorable Alice B. Carter\nUnited States District Court\n\n"
            + "Re: Doe v. Acme Widgets, Inc., No. 24-cv-1234 (ABC)\n\nDear Judge Carter:\n\n"
            + "We write on behalf of both parties to propose the following schedule:\n\n"
            + "Fact discovery          August 30, 2024\n"
            + "Expert discovery        October 31, 2024\n\n"
            + "We thank the Court for its attention to this matter.\n\n"
            + "Respectfully submitted,\n/s/ Ann Lee\n\n"
            + "Application DENIED. SO ORDERED.\n\nMay 1, 2024\nALICE B. CARTER\n"
            + "United States District Judge\n";
    CourtOrder o = PARSER.parse(text);
    assertEquals(List.of(), Issue11DatesTest.deadlines(o));
  }

  /** Hostile rows: long gaps, dot runs and pipes cost linear time (issue 13's CPU ratio). */
  @Test
  void hostileRowsParseInLinearTime() {
    for (String unit :
        List.of(
            "Fact discovery ........................................ June 30, 2024\n",
            "| a | b | c | d | e | f | g | h | June 30, 2024 |\n",
            "Event    Deadline    Date    Event    Deadline\n",
            "x" + " ".repeat(500) + "July 1, 2024 July 2, 2024\n")) {
      LinearTime.assertLinear(
          n -> Issue11DatesTest.order(LinearTime.repeat(unit, n), "May 1, 2024"),
          64 * 1024,
          s -> PARSER.parse(s));
    }
    LinearTime.assertLinear(
        n ->
            Issue11DatesTest.order(
                "Fact discovery " + ".".repeat(n) + " June 30, 2024", "May 1, 2024"),
        64 * 1024,
        s -> PARSER.parse(s));
  }
}
