package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Quoting;
import org.courtorders.core.TextSpan;
import org.courtorders.core.json.CourtOrderJson;
import org.junit.jupiter.api.Test;

/**
 * Whole-parser properties (issue #6): any string parses, spans quote the input, the same input
 * gives the same JSON, and leading blank lines only shift spans.
 */
class ParserPropertiesTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  @Property(tries = 1000)
  void totalityOnAnyString(@ForAll String text) {
    Soundness.assertSound(PARSER.parse(text), text);
  }

  @Property(tries = 500)
  void totalityAndSpansOnOrderishText(@ForAll("orderish") String text) {
    CourtOrder order = PARSER.parse(text);
    Soundness.assertSound(order, text);
    for (TextSpan s : order.allSpans()) {
      assertTrue(0 <= s.start() && s.end() <= text.length(), () -> s + " outside " + text.length());
    }
    for (Quoting q : order.allQuoting()) {
      assertEquals(text.substring(q.span().start(), q.span().end()), q.text());
    }
  }

  @Property(tries = 300)
  void deterministic(@ForAll("orderish") String text) throws JsonProcessingException {
    String first = CourtOrderJson.writer().writeValueAsString(PARSER.parse(text));
    String second =
        CourtOrderJson.writer().writeValueAsString(CourtOrderParser.builder().build().parse(text));
    assertEquals(first, second);
  }

  @Property(tries = 300)
  void leadingBlankLinesOnlyShiftSpans(
      @ForAll("orderish") String text, @ForAll @IntRange(min = 1, max = 5) int k) {
    JsonNode plain = comparable(PARSER.parse(text), 0);
    JsonNode shifted = comparable(PARSER.parse("\n".repeat(k) + text), k);
    assertEquals(plain, shifted);
  }

  /**
   * A heading that ends right at the caption region's 600th character is found with blank lines
   * before it too: the region is counted from the first character that is not blank (a jqwik sample
   * found the court missing after five leading blank lines).
   */
  @Test
  void courtHeadingAtTheCaptionRegionsEdgeSurvivesLeadingBlankLines() {
    String text =
        ("Lorem ipsum dolor sit amet ".repeat(22)).substring(0, 570)
            + " SOUTHERN DISTRICT OF NEW YORK\nThe parties shall confer.\n";
    for (int k = 0; k <= 5; k++) {
      assertEquals(
          comparable(PARSER.parse(text), 0),
          comparable(PARSER.parse("\n".repeat(k) + text), k),
          k + " blank lines");
    }
    assertEquals("nysd", PARSER.parse("\n\n\n\n\n" + text).court().orElseThrow().id());
  }

  /**
   * The order as JSON with every span moved back by {@code shift} and the input's hash and length
   * left out. A document-level diagnostic sits at {0, 0} in both.
   */
  private static JsonNode comparable(CourtOrder order, int shift) {
    JsonNode root = CourtOrderJson.mapper().valueToTree(order);
    ((ObjectNode) root.get("source")).remove("sha256");
    ((ObjectNode) root.get("source")).remove("length");
    unshift(root, shift);
    if (root.get("caption") instanceof ObjectNode c) {
      // The caption region starts where the document does, blank lines included, so only its
      // end moves with them; a region holding no text (a lone stamp line) has no place at all.
      ObjectNode span = (ObjectNode) c.get("span");
      int start = span.get("start").asInt();
      int end = span.get("end").asInt();
      c.set("span", start >= end || end <= 0 ? null : IntNode.valueOf(end));
    }
    return root;
  }

  private static void unshift(JsonNode node, int shift) {
    if (node instanceof ObjectNode o
        && o.size() == 2
        && o.has("start")
        && o.has("end")
        && o.get("start").isInt()) {
      if (o.get("end").asInt() == 0) {
        return; // {0, 0}: a diagnostic about the whole document, not a place in it
      }
      o.set("start", IntNode.valueOf(o.get("start").asInt() - shift));
      o.set("end", IntNode.valueOf(o.get("end").asInt() - shift));
      return;
    }
    node.forEach(child -> unshift(child, shift));
  }

  @Provide
  Arbitrary<String> orderish() {
    Arbitrary<String> cues =
        Arbitraries.of(
            "SO ORDERED.",
            "within 14 days",
            "Dkt. No. 12",
            "ECF Nos. 3-5",
            "\n",
            "\n\n",
            "**",
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
            "Fed. R. Civ. P. 37(b)",
            "Local Civil Rule 37.2",
            "Smith v. Jones, 1 F.3d 2 (2d Cir. 1993)",
            "the Court's June 1, 2024 Order",
            "Id. at 3",
            "\u201CQuoted\u201D",
            "Plainti\uFB00,",
            "\u2014",
            "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2",
            "\t",
            "   ",
            "\uD83D\uDE00",
            "\uD800",
            "\u0000",
            "Hon. Lewis J. Liman",
            "by July 20th",
            "ORDER");
    return Arbitraries.oneOf(cues, Arbitraries.strings().all().ofMaxLength(20))
        .list()
        .ofMaxSize(60)
        .map(parts -> String.join(" ", parts));
  }
}
