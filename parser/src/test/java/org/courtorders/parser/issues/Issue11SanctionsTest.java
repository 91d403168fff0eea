package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Sanction;
import org.courtorders.core.SanctionKind;
import org.courtorders.core.SanctionMeasure;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, sanctions: the failure classes of FAILURE-CLASSES.md (C9 show-cause orders, C10
 * consequences, C14 warnings, C15 imposed sanctions, C28 "imposes" in prose), each in invented
 * wordings and layouts, parsed as the body of a small order. Each case lists the kinds of the
 * sanctions found, sorted, as the corpus guide counts them: one entry per distinct threat, per
 * show-cause order and person, and per imposing passage and person.
 */
class Issue11SanctionsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static List<String> kinds(String body) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    return o.sanctions().stream().map(s -> s.kind().name()).sorted().toList();
  }

  static Arguments c(String cls, String body, String... kinds) {
    return Arguments.of(cls, body, List.of(kinds));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // C10/C14 family: a relative clause of non-compliance is a condition; "treat as unopposed"
        // is a threat; holding a hearing is not one, holding someone in contempt is
        c("C10", "Any brief exceeding the page limits will be stricken.", "CONSEQUENCE"),
        c(
            "C10",
            "Any filing that does not comply with this Order will be stricken.",
            "CONSEQUENCE"),
        c(
            "C14",
            "Plaintiff is cautioned that if she does not respond, the Court may treat the motion as"
                + " unopposed and may dismiss her claims.",
            "WARNING"),
        c(
            "C10",
            "If Defendant again fails to appear, the Court will hold its counsel in contempt.",
            "CONSEQUENCE"),
        c(
            "C10",
            "The Court will hold a discovery hearing on June 3, 2024 at 9:30 a.m. if the parties' disputes"
                + " are not resolved by then."),
        c("C14", "If the parties cannot agree, the Court may hold a hearing on the dispute."),
        // C9: every show-cause order, one per person; its threat merges into it; a recounted one is
        // not new
        c(
            "C9",
            "The Court orders Attorney John Q. Smith to appear and show cause why he should not be sanctioned.",
            "WARNING"),
        c(
            "C9",
            "Accordingly, the court orders Assistant United States Attorney Rudy E. Renfer to appear and show"
                + " cause why he should not be sanctioned. The court therefore orders that a representative of the"
                + " United States Attorney's Office appear and show cause why that Office should not also be held"
                + " jointly responsible.",
            "WARNING",
            "WARNING"),
        c(
            "C9",
            "IT IS ORDERED that Ms. Lee shall show cause in writing by May 20, 2024 why she should not be"
                + " sanctioned.\n\nIT IS FURTHER ORDERED that Mr. Park shall show cause in writing by May 20, 2024 why he"
                + " should not be sanctioned.",
            "WARNING",
            "WARNING"),
        c(
            "C9",
            "Plaintiff is ORDERED to show cause on or before May 24, 2024 why this case should not be dismissed"
                + " for lack of prosecution. Failure to respond to this Order to Show Cause will be deemed consent to"
                + " the dismissal of the action.",
            "CONSEQUENCE"),
        c(
            "C9",
            "Plaintiff shall show cause by May 24, 2024 why the action should not be dismissed. Plaintiff is"
                + " warned that failure to respond may result in dismissal of this action.",
            "WARNING"),
        c(
            "C9",
            "Pending is the Court's April 2, 2024 order directing Attorney Lee to show cause why she should not"
                + " be sanctioned. Attorney Lee shall file a declaration by May 15, 2024.",
            new String[0]),
        c(
            "C9",
            "This matter is before the Court on a March 10, 2024 order directing Plaintiff's counsel to show"
                + " cause as to why she should not be sanctioned. The Court has reviewed her response.",
            new String[0]),
        c(
            "C9",
            "The Court will consider those steps when deciding whether any sanction is appropriate and, if"
                + " so, which one.",
            new String[0]),
        c(
            "C9",
            "The Court instructs Plaintiff that failure to cure the deficiencies will result in a dismissal"
                + " with prejudice.\n\nSeparately, the Court orders Plaintiff to show cause, by May 20, 2024, why he"
                + " should not be sanctioned under Rule 11 for citing fabricated quotations.",
            "CONSEQUENCE",
            "WARNING"),
        // C10: consequences not worded "will result in"
        c(
            "C10",
            "Defendant shall answer the complaint by May 22, 2024. An unexplained failure to file an answer"
                + " will be deemed consent to the entry of a default.",
            "CONSEQUENCE"),
        c(
            "C10",
            "Every brief must include a certification that counsel checked each citation. Any brief lacking"
                + " the required certification will be stricken.",
            "CONSEQUENCE"),
        c(
            "C10",
            "Plaintiff shall refile the exhibits in redacted form by May 15, 2024. If plaintiff does not"
                + " refile, the Court will unseal the exhibits.",
            "CONSEQUENCE"),
        c(
            "C10",
            "If Plaintiff fails to submit the redacted versions within the time allowed, the Court will lift"
                + " the restrictions on those exhibits.",
            "CONSEQUENCE"),
        c(
            "C10",
            "This action is dismissed without costs and without prejudice to restoring it if an application"
                + " is made by June 3, 2024. Absent a request to reinstate filed by June 3, 2024, this dismissal is"
                + " with prejudice.",
            "CONSEQUENCE"),
        c(
            "C10",
            "If no such application is made by that date, today's dismissal of the action is with"
                + " prejudice.",
            "CONSEQUENCE"),
        c(
            "C10",
            "Unless a motion to reopen is filed within 30 days, the dismissal will be converted to a"
                + " dismissal with prejudice.",
            "CONSEQUENCE"),
        c(
            "C10",
            "If Plaintiffs tell the Court that they will not oppose the motion, the Court will deem the motion"
                + " fully briefed.",
            new String[0]),
        // C14: warnings without "may result in"
        c(
            "C14",
            "Plaintiff shall respond by May 15, 2024. Otherwise the Court may dismiss the complaint under"
                + " Rule 41(b).",
            "WARNING"),
        c(
            "C14",
            "If, however, Plaintiffs do not respond to this Order, then the Court may dismiss this action for"
                + " failure to prosecute.",
            "WARNING"),
        c(
            "C14",
            "Counsel is warned that repeated lapses of this kind will not be tolerated.",
            "WARNING"),
        c(
            "C14",
            "The Court declines to sanction Plaintiff at this time and instead warns Plaintiff that any"
                + " further misconduct in the future will not be tolerated.",
            "WARNING"),
        c(
            "C14",
            "Plaintiff is warned that further misuse of AI may result in sanctions as described below.\n\n"
                + "The Court WARNS Plaintiff that he will be sanctioned if other filings include fake citations.",
            "WARNING"),
        c(
            "C14",
            "Accordingly, under both standards, the Court may award sanctions where a party provides clear"
                + " evidence of bad faith.",
            new String[0]),
        c(
            "C14",
            "Rule 11(c)(1) provides: \"If, after notice and a reasonable opportunity to respond, the court"
                + " determines that Rule 11(b) has been violated, the court may impose an appropriate sanction.\"",
            new String[0]),
        // C15: imposed sanctions in any wording, one per person and passage
        c(
            "C15",
            "Accordingly, the Court finds that Ms. Bussett violated Rule 11(b) and issues sanctions as"
                + " follows: (1) This order will stand as a public reprimand of Ms. Bussett's conduct; and (2) within"
                + " thirty days, Ms. Bussett shall pay directly to the Clerk of Court the sum of $250.00.",
            "IMPOSED"),
        c("C15", "This Order shall serve as a public reprimand of Mr. Roe.", "IMPOSED"),
        c("C15", "Mr. Roe shall pay to the Clerk of Court, within 21 days, $400.", "IMPOSED"),
        c("C15", "Attorney Roe is referred to the state bar's disciplinary committee.", "IMPOSED"),
        c(
            "C15",
            "IT IS FURTHER ORDERED that Ms. Lee complete three hours of ethics training by December 31, 2024.",
            "IMPOSED"),
        c(
            "C15",
            "IT IS HEREBY ORDERED that the above-captioned action is discontinued for failure to prosecute.",
            "IMPOSED"),
        c(
            "C15",
            "Because plaintiff has not appeared, this case is discontinued because plaintiff has not"
                + " prosecuted it.",
            "IMPOSED"),
        c(
            "C15",
            "The parties having settled, this action is discontinued without costs.",
            new String[0]),
        c(
            "C15",
            "IT IS ORDERED that Mr. Roe is sanctioned in the amount of $500.\n\nIT IS FURTHER ORDERED that"
                + " Ms. Lee attend two hours of CLE on professional responsibility.",
            "IMPOSED",
            "IMPOSED"),
        // C28: "imposes" counts only with the court as subject or a sanction as object
        c("C28", "Rule 11 imposes a duty on every attorney to verify citations.", new String[0]),
        c(
            "C28",
            "Second, litigating in the other forum imposes little extra cost on the parties.",
            new String[0]),
        c("C28", "That rule \"imposes . . . an affirmative duty\" on counsel.", new String[0]),
        c(
            "C28",
            "For these reasons, the Court imposes a monetary sanction of $1,000 on Mr. Roe.",
            "IMPOSED"),
        c(
            "C28",
            "The undersigned therefore imposes the following sanctions on counsel: a fine of $500.",
            "IMPOSED"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void sanctionKinds(String cls, String body, List<String> expected) {
    assertEquals(expected, kinds(body), cls + ": " + body);
  }

  /** The show-cause variant of C9 keeps its measure: "why this case should not be dismissed". */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dismissalOscs")
  void showCauseKeepsItsMeasure(String body) {
    CourtOrder o = PARSER.parse(Issue11DatesTest.order(body, "May 1, 2024"));
    assertEquals(1, o.sanctions().size(), body);
    assertTrue(o.sanctions().get(0).measures().contains(SanctionMeasure.DISMISSAL), body);
  }

  static Stream<String> dismissalOscs() {
    return Stream.of(
        "Plaintiff is ORDERED to show cause in writing by May 24, 2024 why this action should not be dismissed.",
        "IT IS ORDERED that plaintiff shall show cause by May 24, 2024 why the complaint should not be dismissed"
            + " for failure to prosecute.",
        "The Court ORDERS Plaintiff to show cause by May 24, 2024 why the action should not be dismissed under"
            + " Rule 4(m).");
  }

  /**
   * Property: a sentence that recounts an earlier show-cause order ("the [date] order directing X
   * to show cause") never makes a new sanction, whoever X is and however the order is dated.
   */
  @Property(tries = 60)
  void aRecountedShowCauseOrderIsNotANewOne(@ForAll("recounts") String sentence) {
    assertEquals(List.of(), kinds(sentence), sentence);
  }

  @Provide
  Arbitrary<String> recounts() {
    Arbitrary<String> lead =
        Arbitraries.of(
            "Pending is the Court's",
            "This matter is before the Court on the",
            "Counsel has responded to the",
            "Before the Court is the response to the");
    Arbitrary<String> date = Arbitraries.of("April 2, 2024", "March 10, 2024", "earlier", "prior");
    Arbitrary<String> verb = Arbitraries.of("directing", "requiring");
    Arbitrary<String> who =
        Arbitraries.of(
            "Attorney Jane Q. Lee",
            "Plaintiff's counsel",
            "Mr. Roe",
            "defense counsel",
            "the parties");
    return Combinators.combine(lead, date, verb, who)
        .as(
            (l, d, v, w) ->
                l
                    + " "
                    + d
                    + " order "
                    + v
                    + " "
                    + w
                    + " to show cause why sanctions should not be"
                    + " imposed.");
  }

  /**
   * Property: a show-cause order per distinct person gives one WARNING each, named in any of the
   * decretal forms.
   */
  @Property(tries = 60)
  void oneShowCauseEntryPerPerson(@ForAll("twoPersons") List<String> sentences) {
    List<String> kinds = kinds(String.join("\n\n", sentences));
    assertEquals(List.of("WARNING", "WARNING"), kinds, String.join(" | ", sentences));
  }

  @Provide
  Arbitrary<List<String>> twoPersons() {
    Arbitrary<String> form =
        Arbitraries.of(
            "The Court ORDERS %s to show cause in writing why %s should not be sanctioned.",
            "IT IS ORDERED that %s shall show cause in writing why %s should not be sanctioned.",
            "%s is ORDERED to show cause in writing why %s should not be sanctioned.",
            "The Court orders that %s appear and show cause why %s should not be sanctioned.");
    Arbitrary<String> first = Arbitraries.of("Attorney John Q. Smith", "Mr. Roe", "Ms. Ada B. Lee");
    Arbitrary<String> second =
        Arbitraries.of("a representative of the law firm", "Attorney Carl Park", "Mr. Victor Wu");
    return Combinators.combine(form, form, first, second)
        .as((f1, f2, a, b) -> List.of(String.format(f1, a, "he"), String.format(f2, b, "they")));
  }

  /** Every sanction found quotes the input under its span and has a measure. */
  @Property(tries = 40)
  void sanctionsQuoteTheirSpans(@ForAll("threats") String body) {
    String text = Issue11DatesTest.order(body, "May 1, 2024");
    for (Sanction s : PARSER.parse(text).sanctions()) {
      assertEquals(text.substring(s.span().start(), s.span().end()), s.text());
      assertTrue(!s.measures().isEmpty());
      assertTrue(
          s.kind() != SanctionKind.IMPOSED || body.contains("$") || body.contains("reprimand"));
    }
  }

  @Provide
  Arbitrary<String> threats() {
    return Arbitraries.of(
            "If plaintiff does not refile, the Court will unseal the exhibits.",
            "Any brief lacking the required certification will be stricken.",
            "Otherwise the Court may dismiss the complaint under Rule 41(b).",
            "This Order shall serve as a public reprimand of Mr. Roe.",
            "Mr. Roe shall pay to the Clerk of Court, within 21 days, $400.",
            "Counsel is warned that repeated lapses of this kind will not be tolerated.")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(l -> String.join("\n\n", l));
  }
}
