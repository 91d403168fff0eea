package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Directive;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * List items under a lead-in (FAILURE-CLASSES C26 and its family): lettered, numbered, Roman and
 * bulleted items after "X shall:", "X is ORDERED to:", "the parties are directed to:" take the
 * lead-in's actor; items after "It is ORDERED that:" name their own; an item's verb is its action,
 * never its label; a session in an item stays a proceeding. All inputs are invented, in several
 * layouts (one item a line, items run on one line), each parsed as the body of an order signed on
 * May 1, 2024 ({@link Issue11DatesTest#order}).
 */
class LeadInItemsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static Arguments c(String body, List<String> deadlines, List<String> proceedings) {
    return Arguments.of(body, deadlines, proceedings);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            "It is further ORDERED that the parties shall:\n  (a) meet and confer regarding settlement;\n"
                + "  (b) submit a joint status letter no later than June 3, 2024; and\n"
                + "  (c) appear for a status conference on June 17, 2024 at 10:00 a.m.",
            List.of("2024-06-03 PARTIES"),
            List.of("2024-06-17 CONFERENCE")),
        c(
            "Plaintiff shall:\n\u25e6 serve the amended complaint by May 20, 2024;\n"
                + "\u25e6 file proof of service by May 27, 2024.",
            List.of("2024-05-20 PLAINTIFFS", "2024-05-27 PLAINTIFFS"),
            List.of()),
        c(
            "Defendants are ORDERED to:\n* produce the withheld documents by May 24, 2024;\n"
                + "* serve a privilege log within 30 days of this Order.",
            List.of("2024-05-24 DEFENDANTS", "2024-05-31 DEFENDANTS"),
            List.of()),
        c(
            "Defendant shall:\n- answer the amended complaint by June 7, 2024; and\n"
                + "- file its Rule 7.1 statement by June 14, 2024.",
            List.of("2024-06-07 DEFENDANTS", "2024-06-14 DEFENDANTS"),
            List.of()),
        c(
            "The parties are directed to: (i) confer about a protective order; (ii) submit a joint letter by"
                + " June 5, 2024; and (iii) file a proposed order within 14 days of this Order.",
            List.of("2024-05-15 PARTIES", "2024-06-05 PARTIES"),
            List.of()),
        c(
            "Plaintiff is directed to:\n\na. serve the summons and complaint by May 31, 2024;\n\n"
                + "b. file proof of service by June 7, 2024.",
            List.of("2024-05-31 PLAINTIFFS", "2024-06-07 PLAINTIFFS"),
            List.of()),
        c(
            "It is hereby ORDERED that:\n\n1. Defendant file its answer within 21 days of this Order;\n\n"
                + "2. Plaintiff serve initial disclosures by June 14, 2024.",
            List.of("2024-05-22 DEFENDANTS", "2024-06-14 PLAINTIFFS"),
            List.of()),
        c(
            "The Court ORDERS as follows: (1) the parties exchange initial disclosures by May 29, 2024;"
                + " (2) Defendants file their opposition by June 12, 2024.",
            List.of("2024-05-29 PARTIES", "2024-06-12 DEFENDANTS"),
            List.of()),
        // negatives: items that rule or recount set no deadline
        c(
            "It is ORDERED that:\n\n1. The motion to dismiss (ECF No. 12) is DENIED.\n\n"
                + "2. The stay entered on March 1, 2024 is lifted.",
            List.of(),
            List.of()),
        c(
            "The docket reflects the following:\n(a) the complaint was filed on January 5, 2024;\n"
                + "(b) the answer was filed on February 2, 2024.",
            List.of(),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void itemsInheritTheLeadIn(String body, List<String> deadlines, List<String> proceedings) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    assertEquals(deadlines, Issue11DatesTest.deadlines(o), "deadlines of " + body);
    assertEquals(proceedings, Issue11DatesTest.proceedings(o), "proceedings of " + body);
  }

  static Stream<Arguments> actions() {
    return Stream.of(
        Arguments.of(
            "Defense counsel is directed to: (a) complete an ethics seminar; (b) submit a declaration"
                + " confirming completion within 30 days of this Order.",
            List.of("complete", "submit")),
        Arguments.of(
            "The parties shall:\n(a) meet and confer regarding settlement;\n"
                + "(b) submit a joint status letter no later than June 3, 2024.",
            List.of("meet", "submit")),
        Arguments.of(
            "Plaintiff is ORDERED to:\n1. serve the amended complaint by May 20, 2024;\n"
                + "2. file proof of service by May 27, 2024.",
            List.of("serve", "file")),
        Arguments.of(
            "Counsel shall: (iv) certify compliance by June 3, 2024.", List.of("certify")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void anItemsVerbIsItsActionNeverItsLabel(String body, List<String> verbs) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    List<String> actions = o.directives().stream().map(Directive::action).toList();
    for (String v : verbs) {
      assertTrue(actions.contains(v), v + " in " + actions);
    }
    for (String label : List.of("a", "b", "c", "i", "iv", "1", "2")) {
      assertFalse(actions.contains(label), label + " in " + actions);
    }
  }

  /**
   * A body whose first lines are all short (a lead-in and its items) is still the body: the caption
   * ends at the lead-in, so its dates are read.
   */
  @Test
  void aShortLeadInEndsTheCaption() {
    String text =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n"
            + "JANE DOE,\n\t\t\tPlaintiff,\n\t-against-\t\t\t24-cv-1234 (ABC)\n"
            + "ACME WIDGETS, INC.,\n\t\t\tDefendant.\n\nORDER\n\n"
            + "It is ORDERED that counsel shall:\n"
            + "  (a) meet and confer;\n"
            + "  (b) file a joint letter by May 20, 2024.\n\n"
            + "SO ORDERED.\n\nDated: May 1, 2024\n\nALICE B. CARTER\nUnited States District Judge\n";
    CourtOrder o = PARSER.parse(text);
    assertEquals(List.of("2024-05-20 PARTIES"), Issue11DatesTest.deadlines(o));
    assertEquals("JANE DOE", o.caption().get().plaintiffs().get(0).name());
  }
}
