package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.Proceeding;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, deadlines and proceedings: every sentence the issue quotes, and invented variants of
 * each failure class (FAILURE-CLASSES.md C1, C5, C6, C12, C16, C23, C24, C26, C29) in other
 * wordings and layouts, parsed as the body of a small order signed on May 1, 2024. Each case lists
 * the deadlines as "date ACTOR" and the upcoming proceedings as "date TYPE".
 */
class Issue11DatesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static String order(String body, String signed) {
    return "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n"
        + "JANE DOE,\n\n\t\t\tPlaintiff,\n\n\t-against-\t\t\t24-cv-1234 (ABC)\n\n"
        + "ACME WIDGETS, INC.,\n\n\t\t\tDefendant.\n\n"
        + "ORDER\n\nALICE B. CARTER, United States District Judge:\n\n"
        + "The Court has reviewed the parties' submissions in this action and orders as follows.\n\n"
        + body
        + "\n\nSO ORDERED.\n\nDated: "
        + signed
        + "\nNew York, New York\n\n"
        + "ALICE B. CARTER\nUnited States District Judge\n";
  }

  static List<String> deadlines(CourtOrder o) {
    List<String> out = new ArrayList<>();
    for (Directive d : o.directives()) {
      d.deadline().flatMap(x -> x.date()).ifPresent(x -> out.add(x + " " + d.actor()));
    }
    return out.stream().distinct().sorted().toList();
  }

  static List<String> proceedings(CourtOrder o) {
    List<String> out = new ArrayList<>();
    for (Proceeding p : o.proceedings()) {
      p.date().ifPresent(x -> out.add(x + " " + p.type()));
    }
    return out.stream().sorted().toList();
  }

  static Arguments c(String cls, String body, List<String> deadlines, List<String> proceedings) {
    return Arguments.of(cls, body, deadlines, proceedings);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // C5 family: "from D1 to D2" moves a session or a due date; D1 is the old one
        c(
            "C5",
            "Jury trial is reset from September 8, 2024 to November 12, 2024 at 9:00 a.m. in Courtroom 7D.",
            List.of(),
            List.of("2024-11-12 TRIAL")),
        c(
            "C5",
            "The status hearing is continued from 6/3/2024 to 6/24/2024 at 9:30 a.m.",
            List.of(),
            List.of("2024-06-24 HEARING")),
        c(
            "C5",
            "The calendar call currently set for September 3, 2024 is vacated and continued to November 4,"
                + " 2024 at 9:00 a.m.",
            List.of(),
            List.of("2024-11-04 HEARING")),
        c(
            "C5",
            "The docket call set for June 3, 2024 is RESET to July 8, 2024 at 1:30 p.m.",
            List.of(),
            List.of("2024-07-08 HEARING")),
        c(
            "C24",
            "The deadline to respond to the motion is extended from June 3, 2024 to June 20, 2024.",
            List.of("2024-06-20 PARTIES"),
            List.of()),
        c(
            "C24",
            "Plaintiff's time to answer is extended from Monday, June 3, 2024 until Friday, June 21, 2024.",
            List.of("2024-06-21 PLAINTIFFS"),
            List.of()),
        // negatives: a stay moved "from ... to" sets no due date; a conference call is no session
        c("C24", "The stay is extended from June 3, 2024 to June 20, 2024.", List.of(), List.of()),
        c("C16", "The conference call is set for June 5, 2024.", List.of(), List.of()),
        // the sentences quoted in the issue
        c(
            "issue",
            "Defendant shall file its answer by July 20.",
            List.of("2024-07-20 DEFENDANTS"),
            List.of()),
        c(
            "issue",
            "A status conference will be held on June 20.",
            List.of(),
            List.of("2024-06-20 CONFERENCE")),
        c(
            "issue",
            "The due date for the joint pretrial order is June 3, 2024.",
            List.of("2024-06-03 PARTIES"),
            List.of()),
        c(
            "issue",
            "Oppositions due June 10; replies due June 17.",
            List.of("2024-06-10 PARTIES", "2024-06-17 PARTIES"),
            List.of()),
        c(
            "issue",
            "The Court expects defense counsel to file the stipulation by July 1.",
            List.of("2024-07-01 DEFENDANTS"),
            List.of()),
        c(
            "issue",
            "Attorney John Roe is sanctioned in the amount of $300. The $300 penalty is to be paid to the Clerk by June 14, 2024.",
            List.of("2024-06-14 COUNSEL"),
            List.of()),
        c(
            "issue",
            "The deadline to serve expert reports is extended to March 1, 2025.",
            List.of("2025-03-01 PARTIES"),
            List.of()),
        // C1: due dates as noun phrases, verbless schedules, labels
        c(
            "C1",
            "The deadline for the joint pretrial order is June 3, 2024. Oppositions due June 10, 2024; replies due June 17, 2024.",
            List.of("2024-06-03 PARTIES", "2024-06-10 PARTIES", "2024-06-17 PARTIES"),
            List.of()),
        c(
            "C1",
            "Defendants' motion to dismiss will be briefed as follows. Opposition due June 10, 2024; reply due June 17, 2024.",
            List.of("2024-06-10 PLAINTIFFS", "2024-06-17 DEFENDANTS"),
            List.of()),
        c(
            "C1",
            "The parties' proposed joint pretrial order is due is June 3, 2024.",
            List.of("2024-06-03 PARTIES"),
            List.of()),
        c(
            "C1",
            "The due date for the parties to file motions in limine, proposed voir dire, joint proposed jury instructions, and a joint verdict form is June 27, 2024.",
            List.of("2024-06-27 PARTIES"),
            List.of()),
        c(
            "C1",
            "Opening brief: June 3, 2024; Opposition brief: June 17, 2024; Reply brief: June 24, 2024.",
            List.of("2024-06-03 PARTIES", "2024-06-17 PARTIES", "2024-06-24 PARTIES"),
            List.of()),
        c(
            "C1",
            "Pretrial submissions remain due on June 28, 2024. Responsive submissions are due on July 5, 2024.",
            List.of("2024-06-28 PARTIES", "2024-07-05 PARTIES"),
            List.of()),
        c(
            "C1",
            "The last day to file objections will be May 20, 2024.",
            List.of("2024-05-20 PARTIES"),
            List.of()),
        // C5: rescheduled proceedings keep the new date
        c(
            "C5",
            "The status conference, previously set for June 6, 2024 at 10:00 a.m., will take place on June 20, 2024 at 11:00 a.m.",
            List.of(),
            List.of("2024-06-20 CONFERENCE")),
        c(
            "C5",
            "Trial in this action, previously preliminarily scheduled for February 28, 2025, will instead commence on March 9, 2025 at 9:30 a.m.",
            List.of(),
            List.of("2025-03-09 TRIAL")),
        c(
            "C5",
            "The hearing originally scheduled for May 10, 2024 is rescheduled to May 24, 2024 at 2:00 p.m.",
            List.of(),
            List.of("2024-05-24 HEARING")),
        c(
            "C5",
            "The conference scheduled for June 21, 2024 is adjourned to July 22, 2024.",
            List.of(),
            List.of("2024-07-22 CONFERENCE")),
        c(
            "C5",
            "The pre-trial conference, currently set for June 3, 2024, will be held on June 5, 2024 at 3:00 p.m. in Courtroom 705.",
            List.of(),
            List.of("2024-06-05 CONFERENCE")),
        // C6: court-set dates carried by verbs outside the modal list
        c(
            "C6",
            "The Court expects the parties to request approval of their settlement, with a supporting memorandum, by June 23, 2024.",
            List.of("2024-06-23 PARTIES"),
            List.of()),
        c(
            "C6",
            "Plaintiff will have 30 days to file an amended complaint.",
            List.of("2024-05-31 PLAINTIFFS"),
            List.of()),
        c(
            "C6",
            "The action is dismissed without prejudice to reopening if a motion to reopen is filed by August 1, 2024.",
            List.of("2024-08-01 PLAINTIFFS"),
            List.of()),
        c(
            "C6",
            "The action is discontinued without prejudice to restoring the action to the calendar if the application to restore the action is made by June 20, 2024.",
            List.of("2024-06-20 PLAINTIFFS"),
            List.of()),
        c(
            "C6",
            "Defendants have until June 14, 2024 to answer the complaint.",
            List.of("2024-06-14 DEFENDANTS"),
            List.of()),
        c(
            "C6",
            "The Court expects Plaintiff to serve the summons by June 7, 2024.",
            List.of("2024-06-07 PLAINTIFFS"),
            List.of()),
        // C12: passive payment directives and their actor
        c(
            "C12",
            "IT IS ORDERED that Attorney Jane Lee is sanctioned in the amount of $500. IT IS FURTHER ORDERED that the sanction is to be paid by June 10, 2024, to the Clerk of Court.",
            List.of("2024-06-10 COUNSEL"),
            List.of()),
        c(
            "C12",
            "IT IS ORDERED that Jane Doe is SANCTIONED in the amount of $500. The sanction is to be paid by Tuesday, June 11, 2024 at 5:00 p.m.",
            List.of("2024-06-11 PLAINTIFFS"),
            List.of()),
        c(
            "C12",
            "The fee award is to be paid by Defendant by June 28, 2024.",
            List.of("2024-06-28 DEFENDANTS"),
            List.of()),
        c(
            "C12",
            "Costs of $250 are to be paid to Plaintiff by Defendant no later than June 12, 2024.",
            List.of("2024-06-12 DEFENDANTS"),
            List.of()),
        c(
            "C12",
            "Plaintiff is fined $100. The fine is to be paid to the Clerk of Court on or before June 30, 2024.",
            List.of("2024-06-30 PLAINTIFFS"),
            List.of()),
        // C16: proceeding noun and date apart
        c(
            "C16",
            "A hearing on defendants' motion for a protective order (ECF No. 88) and the related cross-motion filed by plaintiffs last week will be held on June 2, 2024 at 2:00 p.m.",
            List.of(),
            List.of("2024-06-02 HEARING")),
        c(
            "C16",
            "Oral argument on certain aspects of the lead plaintiff's motion to compel (Docket # 239), shall take place on May 9, 2024, at 3:30 p.m.",
            List.of(),
            List.of("2024-05-09 ORAL_ARGUMENT")),
        c(
            "C16",
            "The final pretrial conference in this long-running matter, which the parties asked the Court to hold in person, will be held on July 15, 2024.",
            List.of(),
            List.of("2024-07-15 CONFERENCE")),
        c(
            "C16",
            "The settlement conference before the undersigned (see Dkt. No. 12, Dkt. No. 14, and Dkt. No. 19) is scheduled for June 12, 2024 at 10:00 a.m.",
            List.of(),
            List.of("2024-06-12 CONFERENCE")),
        c(
            "C16",
            "The Court hereby ORDERS the parties to meet and confer, in person, on May 31, 2024 at 9:30 a.m. in Courtroom B.",
            List.of(),
            List.of("2024-05-31 OTHER")),
        // C23: active or infinitive adjourn/cancel verbs
        c(
            "C23",
            "The Court hereby ADJOURNS sine die the pretrial conference set for June 7, 2024.",
            List.of(),
            List.of()),
        c("C23", "The Court will cancel the hearing set for May 2, 2024.", List.of(), List.of()),
        c(
            "C23",
            "The Court VACATES the status conference scheduled for June 4, 2024.",
            List.of(),
            List.of()),
        c(
            "C23",
            "The Court ADJOURNS the conference scheduled for May 15, 2024 sine die.",
            List.of(),
            List.of()),
        c("C23", "The oral argument set for June 18, 2024 is cancelled.", List.of(), List.of()),
        // C24: extensions with a multi-word subject
        c(
            "C24",
            "The window for third-party discovery is extended to July 31, 2024.",
            List.of("2024-07-31 PARTIES"),
            List.of()),
        c(
            "C24",
            "The period of fact discovery in the related cases is extended to June 4, 2024.",
            List.of("2024-06-04 PARTIES"),
            List.of()),
        c(
            "C24",
            "The deadline to complete fact discovery is extended to August 21, 2024, and the conference scheduled for June 21, 2024 is adjourned to September 22, 2024.",
            List.of("2024-08-21 PARTIES"),
            List.of("2024-09-22 CONFERENCE")),
        c(
            "C24",
            "The time for Defendant to answer the complaint is extended until June 21, 2024.",
            List.of("2024-06-21 DEFENDANTS"),
            List.of()),
        c(
            "C24",
            "The deadline for plaintiff to serve the summons and complaint is hereby extended through July 1, 2024.",
            List.of("2024-07-01 PLAINTIFFS"),
            List.of()),
        // C26: lead-in with items
        c(
            "C26",
            "Defense counsel is directed to: (a) complete an ethics seminar; (b) submit a declaration confirming completion within 30 days of this Order.",
            List.of("2024-05-31 DEFENDANTS"),
            List.of()),
        c(
            "C26",
            "The Court finds the following sanctions are appropriate. Plaintiff's counsel is ordered to:\n\n\u2022 Attend a continuing legal education course; and\n\n\u2022 File a certification on the docket within 45 days of this Order.",
            List.of("2024-06-17 COUNSEL"),
            List.of()),
        c(
            "C26",
            "Plaintiff is ORDERED to:\n\n1. serve the amended complaint by May 20, 2024;\n\n2. file proof of service by May 27, 2024.",
            List.of("2024-05-20 PLAINTIFFS", "2024-05-27 PLAINTIFFS"),
            List.of()),
        c(
            "C26",
            "The parties are directed to: (1) confer about a schedule; and (2) submit a joint letter by June 5, 2024.",
            List.of("2024-06-05 PARTIES"),
            List.of()),
        c(
            "C26",
            "Defendant shall: (a) produce the documents by May 24, 2024; and (b) serve its privilege log by May 31, 2024.",
            List.of("2024-05-24 DEFENDANTS", "2024-05-31 DEFENDANTS"),
            List.of()),
        // C29: several decretal verbs in one sentence
        c(
            "C29",
            "The Court SETS ASIDE the default, EXTENDS the answer deadline to May 30, 2024, DIRECTS the Clerk to mail this order, and ORDERS Acme to file its answer by May 30, 2024.",
            List.of("2024-05-30 DEFENDANTS"),
            List.of()),
        c(
            "C29",
            "The Court GRANTS the motion and quashes service, EXTENDS the time for service until May 29, 2024, DIRECTS the Clerk to re-issue the summons, and ORDERS Doe to effect proper service by May 29, 2024.",
            List.of("2024-05-29 PLAINTIFFS"),
            List.of()),
        c(
            "C29",
            "The Court DENIES the request, DIRECTS the Clerk to mail a copy of this order to Plaintiff by May 3, 2024, and ORDERS Defendant to respond by May 17, 2024.",
            List.of("2024-05-03 COURT", "2024-05-17 DEFENDANTS"),
            List.of()),
        c(
            "C29",
            "The Court GRANTS the motion, ORDERS Plaintiff to file a reply by June 1, 2024, and ORDERS Defendant to file a sur-reply by June 8, 2024.",
            List.of("2024-06-01 PLAINTIFFS", "2024-06-08 DEFENDANTS"),
            List.of()),
        c(
            "C29",
            "The Court ADOPTS the report, DIRECTS Defendant to produce the records by May 15, 2024, and ORDERS Plaintiff to show cause by May 22, 2024.",
            List.of("2024-05-15 DEFENDANTS", "2024-05-22 PLAINTIFFS"),
            List.of()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void datesComeOutRight(
      String cls, String body, List<String> deadlines, List<String> proceedings) {
    CourtOrder o = PARSER.parse(order(body, "May 1, 2024"));
    assertEquals(deadlines, deadlines(o), "deadlines of " + body);
    assertEquals(proceedings, proceedings(o), "proceedings of " + body);
  }

  @Test
  void missingYearIsInferredFromTheOrderAndSaidSo() {
    CourtOrder o =
        PARSER.parse(order("Defendant shall file its answer by July 20.", "May 1, 2024"));
    Directive d = o.directives().get(0);
    assertTrue(d.deadline().get().yearInferred());
    assertTrue(o.diagnostics().stream().anyMatch(x -> x.code() == DiagnosticCode.YEAR_INFERRED));
  }

  @Test
  void slashedDateIsADeadline() {
    CourtOrder o = PARSER.parse(order("Plaintiff shall respond by 3/4/2011.", "February 1, 2011"));
    assertEquals(List.of("2011-03-04 PLAINTIFFS"), deadlines(o));
  }

  @Test
  void withoutAnOrderDateTheYearlessDueDateIsReportedNotDropped() {
    String text =
        "ORDER\n\nThe Court has reviewed the parties' submissions in this action and orders as follows.\n\n"
            + "The reply brief in support of the motion is due July 20.\n";
    CourtOrder o = PARSER.parse(text);
    assertTrue(
        o.diagnostics().stream()
            .anyMatch(
                x ->
                    x.code() == DiagnosticCode.YEAR_UNKNOWN
                        && text.substring(x.span().start(), x.span().end()).equals("July 20")),
        o.diagnostics().toString());
  }

  @Test
  void anUnclassifiableCourtDateIsReportedWithItsSpan() {
    String text =
        order("The Court notes the significance of June 30, 2024 for this case.", "May 1, 2024");
    CourtOrder o = PARSER.parse(text);
    assertTrue(
        o.diagnostics().stream()
            .anyMatch(
                x ->
                    x.code() == DiagnosticCode.DATE_UNCLASSIFIED
                        && text.substring(x.span().start(), x.span().end())
                            .equals("June 30, 2024")),
        o.diagnostics().toString());
  }
}
