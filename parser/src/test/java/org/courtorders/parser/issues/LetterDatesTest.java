package org.courtorders.parser.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing lost silently in a letter: a date after the order's date in a letter's text, outside the
 * court's own clauses (the party's words, or a docket line above an endorsed letter that carries
 * the endorsement itself), that no reader used gets a {@code DATE_UNCLASSIFIED} diagnostic with its
 * span, and never becomes a deadline, since whose voice it is cannot be told. Inputs are invented.
 */
class LetterDatesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  /** A letter to the court, with {@code above} printed over it and {@code body} as its request. */
  private static String letter(String above, String body) {
    return String.join(
        "\n",
        above,
        "",
        "John Smith, Esq.",
        "Smith LLP",
        "February 26, 2024",
        "",
        "Hon. Jane Roe",
        "United States District Court",
        "",
        "Re: Doe v. Acme Corp., No. 23-cv-1234",
        "",
        "Dear Judge Roe:",
        "",
        body,
        "",
        "Respectfully submitted,",
        "John Smith",
        "");
  }

  private static List<Diagnostic> letterDates(CourtOrder o) {
    return o.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.DATE_UNCLASSIFIED)
        .filter(d -> d.message().contains("in the letter"))
        .toList();
  }

  private static final String SIGNED = "(Signed by Judge Jane Roe on 3/1/2024)";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ENDORSEMENT: Fact discovery is extended to April 19, 2024.",
        "MEMO ENDORSEMENT granting the request; fact discovery closes April 19, 2024.",
        "ORDER ON LETTER: the deadline to complete fact discovery is April 19, 2024.",
      })
  void anEndorsementInTheDocketLineAboveIsReported(String endorsement) {
    String text =
        letter(
            "LETTER addressed to Judge Jane Roe from John Smith dated 2/26/24 re: extension. "
                + endorsement
                + " "
                + SIGNED,
            "We write to request an extension of fact discovery. Defendant consents.");
    CourtOrder o = PARSER.parse(text);
    List<Diagnostic> found = letterDates(o);
    assertEquals(1, found.size(), () -> o.diagnostics().toString());
    Diagnostic d = found.get(0);
    assertEquals("April 19, 2024", text.substring(d.span().start(), d.span().end()), d.message());
    assertTrue(o.directives().isEmpty(), "a date of unknown voice is never a deadline");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "We respectfully request that the deadline to answer be extended to April 19, 2024.",
        "Plaintiff asks that the conference now set for March 4 be moved to April 19, 2024.",
        "The parties propose the following: expert reports due April 19, 2024.",
      })
  void aFutureDateInTheLettersOwnWordsIsReported(String body) {
    String text = letter(SIGNED, body);
    CourtOrder o = PARSER.parse(text);
    List<Diagnostic> found = letterDates(o);
    assertEquals(1, found.size(), () -> o.diagnostics().toString());
    assertEquals(
        "April 19, 2024", text.substring(found.get(0).span().start(), found.get(0).span().end()));
  }

  @Test
  void pastDatesAreNotReported() {
    String text =
        letter(
            SIGNED,
            "On January 5, 2024 Defendant served its responses; on February 2, 2024 the parties"
                + " met and conferred.");
    assertEquals(List.of(), letterDates(PARSER.parse(text)));
  }
}
