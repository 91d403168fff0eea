package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courtorders.core.Citation;
import org.courtorders.core.DocketCitation;

/** Spans quote the original input, whatever the normalizer did to it (STYLE.md §7, property 2). */
class CitationPropertiesTest {

  @Property(tries = 400)
  void spansQuoteTheOriginal(@ForAll("orderish") String input) {
    List<Citation> cs = Cited.in(input);
    for (Citation c : cs) {
      assertTrue(0 <= c.span().start() && c.span().end() <= input.length(), c.span().toString());
      assertEquals(input.substring(c.span().start(), c.span().end()), c.text());
      if (c instanceof DocketCitation d) {
        String t = d.text();
        boolean label =
            t.regionMatches(true, 0, "Dkt", 0, 3)
                || t.startsWith("ECF")
                || t.startsWith("Doc")
                || t.startsWith("D.E.")
                || t.startsWith("Docket")
                || t.startsWith("Id.")
                || t.startsWith("id.");
        boolean number = !t.isEmpty() && Character.isDigit(t.charAt(0));
        assertTrue(label || number, "starts with a label or number: " + t);
      }
    }
  }

  @Provide
  Arbitrary<String> orderish() {
    Arbitrary<String> cues =
        Arbitraries.of(
            "Dkt. No. 12",
            "ECF Nos. 3-5",
            "ECF Nos. 3\u20135",
            "Dkt.\nNo. 7",
            "**",
            "\u201C",
            "\u201D",
            "\n",
            "  ",
            "Doc. #6",
            "Id. at 2",
            "Smith v. Jones, 12 F.3d 34",
            "Fed. R. Civ. P. 26(b)",
            ", ",
            "\u00B6 2",
            "at 3",
            "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2\n",
            "confer-\nence",
            "\u2013",
            "D.E. 1-1",
            "5/5/23 Order",
            "Tr. 4:2");
    return Arbitraries.oneOf(cues, Arbitraries.strings().all().ofMaxLength(12))
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }
}
