package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three leftovers of the obligation readers, each a family of layouts: (1) a sentence that goes on
 * inside a bulleted or lettered item ("• Attend a course. She may submit proof ...;") no longer
 * closes the list, so the later items still take the lead-in's actor and their deadlines; (2) a
 * lead-in that names no act ("Counsel shall:") is not a directive of its own with a made-up action;
 * (3) a date after the order's date that no deadline or proceeding uses, anywhere in the court's
 * text (a clause that narrates, a date only mentioned), gets a {@code DATE_UNCLASSIFIED} diagnostic
 * with its span, and never a deadline. All inputs are invented, parsed as the body of an order
 * signed on May 1, 2024 ({@link Issue11DatesTest#order}).
 */
class ListsAndUnreadDatesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static CourtOrder parse(String body) {
    return PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
  }

  static Stream<Arguments> listsGoOn() {
    return Stream.of(
        Arguments.of(
            "Plaintiff's counsel is ordered to:\n\n"
                + "    \u2022   Attend a course on legal ethics and submit proof to the Court. She may\n\n"
                + "        submit proof of the course she registered for on April 29, 2024;\n\n"
                + "    \u2022   Provide a copy of this Order to Plaintiff; and\n\n"
                + "    \u2022   File a certification on the docket within 45 days of this Order.",
            List.of("2024-06-17 PLAINTIFFS")), // counsel for a side, no sanction: the side
        Arguments.of(
            "Defendants are ORDERED to:\n"
                + "(a) produce the withheld documents. The production was discussed at the March 5,"
                + " 2024 conference;\n"
                + "(b) serve a privilege log by May 24, 2024.",
            List.of("2024-05-24 DEFENDANTS")),
        Arguments.of(
            "Plaintiff shall:\n"
                + "1. serve the amended complaint. Service by mail was attempted on April 2, 2024;\n"
                + "2. file proof of service by June 7, 2024.",
            List.of("2024-06-07 PLAINTIFFS")),
        Arguments.of(
            "The parties are directed to:\n"
                + "  - meet and confer about discovery. They met once, on April 10, 2024; and\n"
                + "  - submit a joint letter no later than May 31, 2024.",
            List.of("2024-05-31 PARTIES")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listsGoOn")
  void aSentenceInsideAnItemKeepsTheListOpen(String body, List<String> deadlines) {
    CourtOrder o = parse(body);
    assertEquals(deadlines, Issue11DatesTest.deadlines(o), body);
    for (Directive d : o.directives()) {
      assertFalse(
          List.of("act", "and", "a", "b", "1", "2").contains(d.action()), d.action() + ": " + d);
    }
  }

  static Stream<Arguments> listsEnd() {
    return Stream.of(
        // a paragraph at the margin ends the list: a later bullet is not the lead-in's item
        Arguments.of(
            "Plaintiff shall:\n(a) serve the summons by May 20, 2024.\n\n"
                + "The Court notes the following history.\n"
                + "(b) the answer is due from the third-party defendant by June 3, 2024.",
            "2024-05-20 PLAINTIFFS"),
        Arguments.of(
            "Defendant shall:\n\u2022 answer the complaint by May 22, 2024.\n\n"
                + "The docket reflects:\n\u2022 the complaint was filed on March 1, 2024.",
            "2024-05-22 DEFENDANTS"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listsEnd")
  void aParagraphAtTheMarginStillEndsTheList(String body, String first) {
    List<String> found = Issue11DatesTest.deadlines(parse(body));
    assertTrue(found.contains(first), found.toString());
    assertFalse(
        found.stream().anyMatch(s -> !s.equals(first) && s.endsWith(first.substring(11))),
        "a later item took the closed list's actor: " + found);
  }

  static Stream<Arguments> leadIns() {
    return Stream.of(
        Arguments.of("Counsel shall:\n(a) meet and confer;\n(b) file a letter by May 20, 2024.", 2),
        Arguments.of(
            "Plaintiff's counsel is ORDERED to:\n\u2022 complete a CLE course;\n"
                + "\u2022 certify completion by June 3, 2024.",
            2),
        Arguments.of(
            "The parties are hereby directed to:\n\n1. confer;\n\n2. report by May 29, 2024.", 2),
        Arguments.of(
            "It is further ORDERED that the parties shall:\n  (i) exchange disclosures by May 15,"
                + " 2024;\n  (ii) propose a schedule by May 22, 2024.",
            2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leadIns")
  void aLeadInNamingNoActIsNotADirective(String body, int items) {
    CourtOrder o = parse(body);
    assertEquals(items, o.directives().size(), o.directives().toString());
    assertFalse(o.directives().stream().anyMatch(d -> d.action().equals("act")));
  }

  static Stream<String> leadInsWithAnAct() {
    return Stream.of(
        "The Clerk of Court shall mail a copy of this Order to:\n\u2022 Plaintiff;\n\u2022 the"
            + " United States Attorney.",
        "Plaintiff shall file the following documents:\n(a) a proof of service;\n(b) a Rule 7.1"
            + " statement.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leadInsWithAnAct")
  void aLeadInWithItsOwnVerbStays(String body) {
    CourtOrder o = parse(body);
    assertTrue(
        o.directives().stream()
            .anyMatch(d -> d.action().equals("mail") || d.action().equals("file")),
        o.directives().toString());
  }

  static Stream<Arguments> objectLists() {
    return Stream.of(
        // the items are the lead-in verb's objects, not acts: no directive of their own
        Arguments.of(
            "The Clerk shall send a copy of this Order by email to:\n\n"
                + "   \u2022    The United States Attorney;\n\n"
                + "   \u2022    The First Assistant United States Attorney; and\n\n"
                + "   \u2022    The Chief of the Civil Division.",
            List.of("send"),
            List.of()),
        Arguments.of(
            "Plaintiff must make the following redactions:\n"
                + "(a) the account number in Exhibit A;\n(b) the names of providers in Exhibit B.",
            List.of("make"),
            List.of()),
        // an object with its own due date keeps it, with the lead-in's verb
        Arguments.of(
            "Defendant shall produce the following documents:\n"
                + "1. the insurance policy, by May 20, 2024;\n2. the incident report.",
            List.of("produce", "produce"),
            List.of("2024-05-20 DEFENDANTS")),
        // "... and:" — the items are further acts
        Arguments.of(
            "Counsel shall file a sworn declaration and:\n"
                + "(1) account for each incorrect citation; (2) explain the firm's procedures by"
                + " May 22, 2024.",
            List.of("file", "account", "explain"),
            List.of("2024-05-22 PARTIES")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectLists")
  void itemsThatAreObjectsAreNoActs(String body, List<String> actions, List<String> deadlines) {
    CourtOrder o = parse(body);
    assertEquals(actions, o.directives().stream().map(Directive::action).toList());
    assertEquals(deadlines, Issue11DatesTest.deadlines(o));
  }

  static Stream<Arguments> unreadDates() {
    return Stream.of(
        // a clause that narrates, with a date still to come
        Arguments.of(
            "On April 3, 2024, the parties appeared before the Court. The parties reported that the"
                + " closing is scheduled to occur on July 15, 2024.",
            List.of("July 15, 2024")),
        Arguments.of(
            "Plaintiff requested that the deadline be moved to August 1, 2024. The Court has"
                + " considered the request.",
            List.of("August 1, 2024")),
        Arguments.of(
            "As the Court explained at the conference held on April 20, 2024, the mediation"
                + " session was noticed by the mediator for 6/14/2024.",
            List.of("6/14/2024")),
        Arguments.of(
            "The parties previously agreed that the property would be sold on September 9, 2024,"
                + " and the Court approved that arrangement in its earlier order.",
            List.of("September 9, 2024")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadDates")
  void aFutureDateNoReaderUsedIsReportedNotDropped(String body, List<String> dates) {
    String text = Issue11DatesTest.order(body, "May 1, 2024");
    CourtOrder o = PARSER.parse(text);
    List<String> reported =
        o.diagnostics().stream()
            .filter(d -> d.code() == DiagnosticCode.DATE_UNCLASSIFIED)
            .map(d -> text.substring(d.span().start(), d.span().end()))
            .toList();
    for (String d : dates) {
      assertTrue(reported.contains(d), d + " not in " + reported);
    }
    assertEquals(List.of(), Issue11DatesTest.deadlines(o), "no deadline is made up");
  }

  static Stream<String> understoodDates() {
    return Stream.of(
        // the old setting of a moved session, even mentioned before the sentence that moves it
        "Plaintiff asks that the conference scheduled for June 5, 2024 be adjourned. The"
            + " conference previously set for June 5, 2024 is adjourned to June 20, 2024 at 10:00"
            + " a.m.",
        // past dates are history
        "On April 3, 2024, the parties appeared. Defendant filed its letter on April 20, 2024.",
        // dates a directive or proceeding uses
        "Defendant shall answer the complaint by June 3, 2024. A status conference will be held"
            + " on June 10, 2024 at 2:00 p.m.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("understoodDates")
  void understoodDatesAreNotReported(String body) {
    CourtOrder o = parse(body);
    List<Diagnostic> unread =
        o.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.DATE_UNCLASSIFIED).toList();
    assertEquals(List.of(), unread);
  }
}
