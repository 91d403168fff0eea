package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.DocketCitation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Docket-label variants (FAILURE-CLASSES C31), each in several invented wordings and layouts: D.
 * Neb.'s "Filing No. 9", the plural "D.Es. 2, 5, & 7", a list that goes on after a short
 * parenthetical name ("D.E. 18 ("Order") & 19"), a label parted from its qualifier or number by a
 * blank line where a line was wrapped ("(Doc.\n\n#44)", "ECF\n\nNos. 25"); and the negatives: a
 * lower-case "filing", "Filing" with no "No.", a long parenthetical that is prose, not a name.
 */
class DocketLabelVariantsTest {
  private static List<String> entries(String in) {
    return Cited.in(in).stream()
        .filter(c -> c instanceof DocketCitation)
        .map(c -> (DocketCitation) c)
        .map(d -> d.entry() + d.attachment().map(a -> "-" + a).orElse(""))
        .toList();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("Plaintiff filed the Complaint. (Filing No. 1).", List.of("1")),
        Arguments.of("See the Amended Complaint (Filing No. 17) and the answer.", List.of("17")),
        Arguments.of("The motions (Filing Nos. 20, 22) are pending.", List.of("20", "22")),
        Arguments.of(
            "The Court dismissed the complaint, D.Es. 2, 5, & 7, in part.", List.of("2", "5", "7")),
        Arguments.of("See D.Es. 12 and 14.", List.of("12", "14")),
        Arguments.of("See D.E. 18 (\u201cOrder\u201d) & 19.", List.of("18", "19")),
        Arguments.of(
            "The rulings, D.Es. 30 (\u201cMTD\n\nOpinion\u201d or \u201cMTD Op.\u201d) & 31"
                + " (\u201cMTD Order\u201d), stand.",
            List.of("30", "31")),
        Arguments.of(
            "ECF Nos. 40 (the \u201cMotion\u201d), 41, and 42.", List.of("40", "41", "42")),
        Arguments.of(
            "Motion to Dismiss for Lack of Jurisdiction (Doc.\n\n#27); and", List.of("27")),
        Arguments.of("the parties' letters, ECF\n\nNos. 25 and 29, are", List.of("25", "29")),
        Arguments.of("as stated in Docket\n\nNo. 86.", List.of("86")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void labelVariantsAreCited(String text, List<String> expected) {
    assertEquals(expected, entries(text));
  }

  static Stream<String> notCitations() {
    return Stream.of(
        "The filing no. 5 on the list was late.",
        "Filing 12 pages of exhibits is too much.",
        "Filings No. 3 and 4 were struck.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notCitations")
  void looseWordsAreNot(String text) {
    assertEquals(List.of(), entries(text));
  }

  /** A long prose parenthetical ends the list: the number after it is not an entry. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("longParentheticals")
  void aLongParentheticalEndsTheList(String text, List<String> expected) {
    assertEquals(expected, entries(text));
  }

  static Stream<Arguments> longParentheticals() {
    return Stream.of(
        Arguments.of(
            "See ECF No. 5 (explaining at length why the parties could not agree on a schedule for"
                + " the depositions), and 10 days later the Court ruled.",
            List.of("5")),
        Arguments.of("See ECF No. 5 (sealed), 10 days later.", List.of("5")));
  }

  /**
   * A docket site's header "Doc. 76" on a line of its own under the page title is the document's
   * own number, like a page stamp (FAILURE-CLASSES C30), not a citation; the same line in the body
   * still is one.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void aSiteHeadersOwnNumberIsNoCitation(String text, List<String> expected) {
    List<String> got =
        org.courtorders.parser.CourtOrderParser.builder().build().parse(text).citations().stream()
            .filter(c -> c instanceof DocketCitation)
            .map(c -> String.valueOf(((DocketCitation) c).entry()))
            .toList();
    assertEquals(expected, got);
  }

  static Stream<Arguments> headers() {
    String body = "\n\nORDER\n\nThe motion (ECF No. 42) is GRANTED.\n";
    return Stream.of(
        Arguments.of(
            "Kelly v. Financial Industry Regulatory Authority\n\nDoc. 76" + body, List.of("42")),
        Arguments.of("Doe v. Roe\nDoc. 5\n" + body, List.of("42")),
        Arguments.of(
            "Doe v. Roe" + body + "\nSee the transcript at\nDoc. 77\nfor details.\n",
            List.of("42", "77")));
  }
}
