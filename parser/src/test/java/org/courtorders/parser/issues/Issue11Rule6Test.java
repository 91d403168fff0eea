package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, Rule 6 bullets as the parser applies them: periods in hours (Rule 6(a)(2)), periods
 * counted back from a session this order sets, executive-order closures (the earlier date, the
 * later one in a diagnostic), and a due date with no year and no order date kept as a month and
 * day. Orders are the small order of {@link Issue11DatesTest}.
 */
class Issue11Rule6Test {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static List<Deadline> deadlines(CourtOrder o) {
    return o.directives().stream().flatMap(d -> d.deadline().stream()).toList();
  }

  private static List<Diagnostic> diagnostics(CourtOrder o, DiagnosticCode code) {
    return o.diagnostics().stream().filter(d -> d.code() == code).toList();
  }

  @ParameterizedTest(name = "{0} (signed {1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Defendant shall file its answer within 48 hours of this Order.                | May 1, 2024  | 2024-05-03
      Plaintiff shall file the letter within twenty-four (24) hours of this Order.  | May 3, 2024  | 2024-05-06
      The parties must submit a joint status letter within 72 hours of this order.  | July 1, 2024 | 2024-07-05
      Counsel is directed to file the corrected brief within 24 hours of the date of this Order. | July 3, 2024 | 2024-07-05
      """)
  void wholeDaysOfHoursGetADate(String body, String signed, LocalDate expected) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, signed));
    assertEquals(
        List.of(expected), deadlines(o).stream().flatMap(d -> d.date().stream()).toList(), body);
    assertTrue(
        deadlines(o).get(0).computation().stream().anyMatch(s -> s.rule().contains("6(a)(2)")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Defendant shall file its answer within 36 hours of this Order.
      Plaintiff shall file the letter within twelve (12) hours of this Order.
      """)
  void hoursThatDependOnTheTimeOfDayAreReportedNotGuessed(String body) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    assertTrue(deadlines(o).stream().allMatch(d -> d.date().isEmpty()), body);
    assertTrue(deadlines(o).stream().anyMatch(d -> d.period().isPresent()), body);
    assertEquals(1, diagnostics(o, DiagnosticCode.TIME_UNKNOWN).size(), o.diagnostics().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      A status conference will be held on June 20, 2024 at 10:00 a.m. The parties shall file a joint letter no later than 7 days before the conference. | 2024-06-13
      A settlement conference is scheduled for June 20, 2024. Each party shall submit a settlement statement no later than five (5) business days before the settlement conference. | 2024-06-12
      The final pretrial conference will be held on July 8, 2024. Motions in limine shall be filed no later than 14 days before the conference. | 2024-06-24
      """)
  // the business-day case skips Juneteenth (June 19, 2024) and the weekend: June 12
  void periodsCountedBackFromASessionThisOrderSets(String body, LocalDate expected) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    assertTrue(
        deadlines(o).stream().anyMatch(d -> d.date().equals(Optional.of(expected))),
        body + " -> " + deadlines(o));
  }

  @ParameterizedTest(name = "signed {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      December 10, 2024 | 2024-12-24 | 2024-12-26
      December 26, 2024 | 2025-01-09 | 2025-01-10
      December 10, 2025 | 2025-12-24 | 2025-12-29
      """)
  void anExecutiveClosureGivesTheEarlierDateAndADiagnosticNamingTheLater(
      String signed, LocalDate earlier, LocalDate later) {
    CourtOrder o =
        PARSER.parse(
            Issue11DatesTest.order(
                "Defendant shall answer the amended complaint within 14 days of this Order.",
                signed));
    assertEquals(List.of(earlier), deadlines(o).stream().flatMap(d -> d.date().stream()).toList());
    List<Diagnostic> ds = diagnostics(o, DiagnosticCode.EXECUTIVE_CLOSURE);
    assertEquals(1, ds.size(), o.diagnostics().toString());
    assertTrue(ds.get(0).message().contains(later.toString()), ds.get(0).message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The reply brief in support of the motion is due July 20.          | --07-20
      Defendant shall file its answer by July 20th.                     | --07-20
      Plaintiff shall serve the amended complaint no later than March 4. | --03-04
      Oppositions due June 10; replies due June 17.                     | --06-10
      """)
  void withoutAnOrderDateAYearlessDueDateKeepsItsMonthAndDay(String body, String monthDay)
      throws Exception {
    String text =
        "ORDER\n\nThe Court has reviewed the parties' submissions in this action and orders as follows.\n\n"
            + body
            + "\n";
    CourtOrder o = PARSER.parse(text);
    List<Deadline> ds = deadlines(o);
    assertTrue(
        ds.stream()
            .anyMatch(
                d ->
                    d.monthDay().equals(Optional.of(MonthDay.parse(monthDay)))
                        && d.date().isEmpty()
                        && !d.yearInferred()),
        body + " -> " + ds);
    assertTrue(!diagnostics(o, DiagnosticCode.YEAR_UNKNOWN).isEmpty());
    String json = CourtOrderJson.writer().writeValueAsString(o);
    assertTrue(json.contains("\"monthDay\":\"" + monthDay + "\""), json);
  }

  @Test
  void aYearInferredDateKeepsItsMonthAndDayTooAndAWrittenYearHasNone() {
    CourtOrder o =
        PARSER.parse(
            Issue11DatesTest.order(
                "Defendant shall file its answer by July 20. Plaintiff shall reply by August 2, 2024.",
                "May 1, 2024"));
    List<Directive> ds = o.directives().stream().filter(d -> d.deadline().isPresent()).toList();
    Deadline july =
        ds.stream()
            .map(d -> d.deadline().get())
            .filter(d -> d.yearInferred())
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2024, 7, 20)), july.date());
    assertEquals(Optional.of(MonthDay.of(7, 20)), july.monthDay());
    Deadline august =
        ds.stream()
            .map(d -> d.deadline().get())
            .filter(d -> !d.yearInferred())
            .findFirst()
            .orElseThrow();
    assertTrue(august.monthDay().isEmpty());
  }
}
