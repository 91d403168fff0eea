package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Quoting;
import org.courtorders.core.TextSpan;

/**
 * Spans quote the input: every span lies inside it and every quoting item's text is the slice its
 * span points to, for inputs with non-ASCII text and markdown marks.
 */
class SpanPropertiesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  @Property(tries = 300)
  void spansStayInsideAndQuoteExactly(@ForAll("orderish") String text) {
    CourtOrder order = PARSER.parse(text);
    Soundness.assertSound(order, text);
    for (TextSpan s : order.allSpans()) {
      assertTrue(0 <= s.start() && s.end() <= text.length(), () -> s + " outside " + text.length());
    }
    for (Quoting q : order.allQuoting()) {
      assertEquals(q.span().slice(text), q.text());
    }
  }

  @Property(tries = 100)
  void totality(@ForAll String text) {
    Soundness.assertSound(PARSER.parse(text), text);
  }

  @Provide
  Arbitrary<String> orderish() {
    Arbitrary<String> cues =
        Arbitraries.of(
            "SO ORDERED.",
            "within 14 days",
            "Dkt. No. 12",
            "\n",
            "\n\n",
            "**",
            "##",
            "\\_",
            "*et al.*",
            "\u201CQuoted\u201D",
            "Plainti\uFB00,",
            "\u2014",
            "-against-",
            "Plaintiff,",
            "Defendants.",
            "18-cv-4476 (LJL) (JW)",
            "UNITED STATES DISTRICT COURT",
            "SOUTHERN DISTRICT OF NEW YORK",
            "Dated: July 12, 2023",
            "JENNIFER E. WILLIS, United States Magistrate Judge:",
            "Re: A v. B",
            "Dear Judge Moses:",
            "Respectfully submitted,",
            "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2",
            "ECF Nos. 3-5",
            "\u00E9\u00E8",
            "\uD83D\uDE00");
    return Arbitraries.oneOf(cues, Arbitraries.strings().all().ofMaxLength(30))
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join(" ", parts));
  }
}
