package org.courtorders.parser.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courtorders.core.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The document the front half builds once: tokens with keyword ids, clauses, shared mentions,
 * normalized spans.
 */
class DocumentTest {
  @Test
  void tokensCarryKindOffsetsAndKeywordIds() {
    TokenLayer t = TokenLayer.of("Within FOURTEEN (14) days, Plaintiff-Appellant shall file.");
    assertEquals(TokenLayer.WORD, t.kind(0));
    assertEquals(TokenLayer.keywordId("within"), t.keyword(0));
    assertEquals(TokenLayer.keywordId("fourteen"), t.keyword(1));
    assertEquals(TokenLayer.MARK, t.kind(2));
    assertEquals(TokenLayer.DIGITS, t.kind(3));
    assertEquals(17, t.start(3));
    assertEquals(19, t.end(3));
    assertEquals(-1, TokenLayer.keywordId("appellant"));
    assertTrue(TokenLayer.keywordId("SHALL") >= 0, "case-folded");
    assertEquals(3, t.tokenAt(17));
  }

  @Test
  void tokensAreLinearAndTotal() {
    String s = "\uD800 x\u0000y 12ab\n\n\t".repeat(1000);
    TokenLayer t = TokenLayer.of(s);
    assertTrue(t.size() > 0);
    for (int i = 1; i < t.size(); i++) {
      assertTrue(t.start(i) >= t.end(i - 1));
    }
  }

  @Test
  void mentionsAreComputedOnceAndShared() {
    Document doc =
        Document.of(
            "ORDER\n\nDefendant shall answer by July 17, 2023. Plaintiff shall reply within 14 days "
                + "of this Order; the parties shall confer.\n");
    List<Clause> clauses = doc.clauses();
    assertTrue(clauses.size() >= 3, () -> clauses.toString());
    Clause first =
        clauses.stream().filter(c -> c.of(doc.text).contains("July")).findFirst().orElseThrow();
    assertEquals(1, doc.dates(first).size());
    assertSame(doc.dates(first), doc.dates(first));
    Clause second =
        clauses.stream().filter(c -> c.of(doc.text).contains("14 days")).findFirst().orElseThrow();
    assertEquals(1, doc.periods(second).size());
    assertSame(doc.periods(second), doc.periods(second));
    assertTrue(doc.problems().isEmpty());
  }

  @Test
  void spansStayNormalizedAndQuotesReadTheInput() {
    Document doc = Document.of("Plainti\uFB00 shall   file.");
    int at = doc.text.indexOf("shall");
    assertEquals(TextSpan.of(at, at + 5), doc.span(at, at + 5));
    assertEquals("shall", doc.quote(at, at + 5));
    assertEquals("Plainti\uFB00", doc.quote(0, doc.text.indexOf(' ')));
  }
}
