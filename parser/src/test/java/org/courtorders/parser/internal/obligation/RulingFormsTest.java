package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Ruling;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rulings, class by class (issue 11; FAILURE-CLASSES C8, C22, C27, C33, C35 and decisions without a
 * disposition word). Each case is an order body, wrapped in an invented caption and signature, and
 * the rulings it must give: disposition, and "+wp" when without prejudice. The sentences quoted in
 * issue 11 and FAILURE-CLASSES come first in each class, then invented variants in other wordings
 * and layouts.
 */
class RulingFormsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static CourtOrder parse(String body) {
    String text =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nJOHN SMITH,\n\nPlaintiff,\n\n"
            + "-against-\n\nACME CORP.,\n\nDefendant.\n\n24-CV-102 (JD)\n\nORDER\n\n"
            + "JANE DOE, United States District Judge:\n\nThe Court has reviewed the parties' submissions.\n\n"
            + body
            + "\n\nSO ORDERED.\n\n"
            + "Dated: New York, New York\nSeptember 3, 2024\n\nJANE DOE\nUnited States District Judge\n";
    return PARSER.parse(text, "test.txt");
  }

  static List<String> rulings(String body) {
    return parse(body).rulings().stream().map(RulingFormsTest::show).toList();
  }

  private static String show(Ruling r) {
    return r.disposition() + (r.withoutPrejudice() ? "+wp" : "");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // C8: one ruling per motion disposed
        Arguments.of(
            "The motions to strike (Dkt. Nos. 41, 42) are DENIED.", List.of("DENIED", "DENIED")),
        Arguments.of(
            "The Court grants Acme's motion to compel and Smith's motion to dismiss.",
            List.of("GRANTED", "GRANTED")),
        Arguments.of(
            "Plaintiff's motions to reconsider [ECF No. 20] and to vacate [ECF No. 23] are DENIED.",
            List.of("DENIED", "DENIED")),
        Arguments.of("The motions are denied.", List.of("DENIED", "DENIED")),
        Arguments.of(
            "For the following reasons, the Court GRANTS the motions to dismiss.",
            List.of("GRANTED", "GRANTED")),
        Arguments.of(
            "IT IS HEREBY ORDERED that the Motions are DENIED WITHOUT PREJUDICE.",
            List.of("DENIED+wp", "DENIED+wp")),
        Arguments.of(
            "The Court denies the three motions in limine.", List.of("DENIED", "DENIED", "DENIED")),
        Arguments.of(
            "Defendant's motion to compel (ECF No. 30) and Plaintiff's motion for a protective order "
                + "(ECF No. 33) are GRANTED.",
            List.of("GRANTED", "GRANTED")),
        Arguments.of(
            "The Court partially grants Smith's motion to seal exhibits (ECF 6), denies Smith's motion for a "
                + "temporary restraining order (ECF 7 and 11), denies as premature Smith's motion for leave to serve by "
                + "a non-party (ECF 9), and grants Smith's motion for leave to exceed the word limit (ECF 8).",
            List.of("GRANTED_IN_PART", "DENIED", "DENIED", "GRANTED")),
        // one motion whose title names an objection and an appeal stays one
        Arguments.of(
            "Respondents' Motion for Stay Pending Ruling on Objections and Appeal (Doc. 61) is MOOT.",
            List.of("MOOT")),
        Arguments.of(
            "Defendants' motion to compel, for an Order striking Plaintiffs' objections and for attorneys' "
                + "fees is DENIED.",
            List.of("DENIED")),
        // C27: the same motion disposed twice, or previewed, counts once
        Arguments.of(
            "For the reasons below, the Court will GRANT Defendants' Motion and DISMISS the Amended "
                + "Complaint without prejudice.\n\nThe complaint fails to state a claim.\n\nFor the reasons above, the "
                + "Court will GRANT Defendants' Motion, D.E. 39, and DISMISS the Amended Complaint without prejudice.",
            List.of("GRANTED+wp")),
        Arguments.of(
            "Plaintiff's motion for a temporary restraining order (ECF 6–7, 10–12) is denied.\n\n"
                + "The Court denies Plaintiff's motion for a temporary restraining order, ECF 11.",
            List.of("DENIED")),
        Arguments.of(
            "I deny the motions for judicial notice because the documents would not change the outcome.\n\n"
                + "I FURTHER ORDER that Acme's motion for judicial notice (ECF No. 48) is DENIED as moot.\n\n"
                + "I FURTHER ORDER that Smith's motion for judicial notice (ECF No. 55) is DENIED as moot.",
            List.of("MOOT", "MOOT")),
        Arguments.of(
            "For the following reasons, the Court grants both motions.\n\nAccordingly, the Court grants "
                + "Acme's motion to compel arbitration and Smith's motion to dismiss.",
            List.of("GRANTED", "GRANTED")),
        Arguments.of(
            "The Court partially grants the motion to seal (ECF 6).\n\nThe Court grants the motion to seal, "
                + "ECF 6, to the extent that Plaintiff shall redact the exhibits.",
            List.of("GRANTED_IN_PART")),
        Arguments.of(
            "I also deny Smith's motion to file a surreply as moot.\n\nIT IS ORDERED that Smith's motion for "
                + "leave to file a surreply (ECF No. 58) is DENIED as moot.",
            List.of("MOOT")),
        // C22: disposition vocabulary
        Arguments.of(
            "The third-party objection (ECF No. 12) is DISMISSED AS MOOT.", List.of("MOOT")),
        Arguments.of(
            "The Court partially grants the request for a protective order.",
            List.of("GRANTED_IN_PART")),
        Arguments.of(
            "Defendant's objections to the Magistrate Judge's order are OVERRULED.",
            List.of("OVERRULED")),
        Arguments.of("The Court OVERRULES Plaintiff's objections.", List.of("OVERRULED")),
        Arguments.of(
            "The Report and Recommendation (ECF No. 40) is ADOPTED in its entirety.",
            List.of("ADOPTED")),
        Arguments.of(
            "The Court ADOPTS Magistrate Judge Roe's Report and Recommendation.",
            List.of("ADOPTED")),
        Arguments.of("The motion to compel is terminated as moot.", List.of("MOOT")),
        Arguments.of(
            "The motion for a protective order is DENIED in part and GRANTED in part.",
            List.of("GRANTED_IN_PART")),
        Arguments.of(
            "The Court sustains Defendant's objection to the subpoena.", List.of("SUSTAINED")),
        // lower-case passives whose phrase holds its own subject or copula: read from the verb
        Arguments.of("The objections are overruled.", List.of("OVERRULED")),
        Arguments.of(
            "Having reviewed the record de novo, the objections are overruled, and the Report and"
                + " Recommendation is adopted in its entirety.",
            List.of("OVERRULED", "ADOPTED")),
        Arguments.of(
            "Plaintiff's objection to the order (ECF No. 31) is hereby sustained.",
            List.of("SUSTAINED")),
        Arguments.of(
            "Respondent's motion to strike the objections (ECF No. 22) is withdrawn.",
            List.of("WITHDRAWN")),
        Arguments.of(
            "The letter-motion for a conference is deemed withdrawn.", List.of("WITHDRAWN")),
        Arguments.of("The stay entered on March 1, 2024 is withdrawn.", List.of()),
        // "denied as moot" after "motion to dismiss": the motion's own verb is no disposition
        Arguments.of("Defendant's motion to dismiss is denied as moot.", List.of("MOOT")),
        Arguments.of("Defendant's motion to dismiss [15] is denied as moot.", List.of("MOOT")),
        Arguments.of("The motion to terminate the stay is DENIED AS MOOT.", List.of("MOOT")),
        // D. Mass. and neighbours grant by "ALLOWED"
        Arguments.of(
            "The parties' joint motion to modify the scheduling order [ECF No. 27] is ALLOWED.",
            List.of("GRANTED")),
        Arguments.of("Motion allowed.", List.of("GRANTED")),
        Arguments.of("The Court allows the motion to amend.", List.of("GRANTED")),
        Arguments.of(
            "Rule 15 allows amendment when justice so requires, and the Court will allow one more.",
            List.of()),
        // C33: a semicolon inside square brackets does not split the clause
        Arguments.of(
            "Defendant's Motion for a Protective Order [ECF No. 30; filed Jan. 5, 2025] is denied without "
                + "prejudice.",
            List.of("DENIED+wp")),
        Arguments.of(
            "Plaintiffs' Motion to Compel [filed May 25, 2012; docket #14] is denied without prejudice for "
                + "failure to confer.",
            List.of("DENIED+wp")),
        Arguments.of(
            "The Letter Motion [Dkt. 50; see also Dkt. 51] is GRANTED.", List.of("GRANTED")),
        Arguments.of(
            "Plaintiff's request [made at the conference; renewed by letter] is denied.",
            List.of("DENIED")),
        Arguments.of(
            "The application for fees [ECF No. 7; ECF No. 8] is GRANTED in part.",
            List.of("GRANTED_IN_PART")),
        // C35: the court's own certification is no ruling
        Arguments.of(
            "The Court certifies under 28 U.S.C. § 1915(a)(3) that any appeal from this order would not be "
                + "taken in good faith, and therefore in forma pauperis status is denied for the purpose of an appeal.",
            List.of()),
        Arguments.of(
            "Any appeal would be frivolous; pauper status for any appeal is accordingly denied.",
            List.of()),
        Arguments.of(
            "A certificate of appealability is denied because no substantial showing was made.",
            List.of()),
        Arguments.of(
            "Leave to appeal in forma pauperis for any appeal is therefore denied.", List.of()),
        Arguments.of("In forma pauperis status on appeal is denied.", List.of()),
        // decisions without a disposition word, when a party so moved
        Arguments.of(
            "Acme moves to dismiss the bad faith claim and to strike three allegations.\n\nWe dismiss the "
                + "bad faith claim without prejudice.\n\nWe strike paragraphs 15, 16, and 17 without prejudice.",
            List.of("GRANTED+wp", "GRANTED+wp")),
        Arguments.of(
            "Defendant filed a motion to dismiss.\n\nThe Court therefore dismisses the complaint.",
            List.of("GRANTED")),
        Arguments.of(
            "Defendant moved to quash the subpoena.\n\nThe Court quashes the subpoena served on the bank.",
            List.of("GRANTED")),
        Arguments.of(
            "Acme moves to transfer venue.\n\nI transfer this action to the District of New Jersey.",
            List.of("GRANTED")),
        Arguments.of(
            "Defendants move to stay the action.\n\nWe today stay this action pending arbitration.",
            List.of("GRANTED")),
        // a dismissal the court orders on its own motion is no ruling
        Arguments.of("The Court dismisses this action for failure to prosecute.", List.of()),
        Arguments.of(
            "Acme moves to dismiss. The motion to dismiss is DENIED.\n\nThe Court dismisses the cross-claim "
                + "sua sponte.",
            List.of("DENIED")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rulingsOf(String body, List<String> expected) {
    assertEquals(expected, rulings(body), body);
  }

  @Test
  void everyDecisionExampleGrantsTheMotion() {
    for (RulingVocabulary.Entry e : RulingVocabulary.standard().entries()) {
      for (String example : e.examples()) {
        String body = "Acme filed a motion to " + e.motion() + ".\n\n" + example;
        assertEquals(
            List.of("GRANTED" + (example.contains("without prejudice") ? "+wp" : "")),
            rulings(body),
            e.id() + ": " + example);
      }
    }
  }

  @Test
  void everyDecisionEntryCitesASource() {
    for (RulingVocabulary.Entry e : RulingVocabulary.standard().entries()) {
      org.junit.jupiter.api.Assertions.assertFalse(e.source().isBlank(), e.id());
      org.junit.jupiter.api.Assertions.assertFalse(e.examples().isEmpty(), e.id());
    }
  }
}
