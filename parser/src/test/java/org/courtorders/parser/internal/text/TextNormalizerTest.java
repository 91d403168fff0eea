package org.courtorders.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courtorders.core.TextSpan;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String norm(String s) {
    return TextNormalizer.normalize(s).text();
  }

  @Test
  void removesMarkdownMarks() {
    assertEquals("UNITED STATES DISTRICT COURT", norm("## **UNITED STATES DISTRICT COURT**"));
    assertEquals("AFSCME, AFL-CIO et al.,", norm("AFSCME, AFL-CIO *et al.*,"));
    assertEquals("See Joint Letter", norm("*See* Joint Letter"));
    assertEquals(
        "Moses_NYSDChambers@nysd.uscourts.gov", norm("Moses\\_NYSDChambers@nysd.uscourts.gov"));
    assertEquals("a * b", norm("a * b"));
  }

  @Test
  void replacesSmartPunctuationLigaturesAndSpaces() {
    assertEquals(
        "the Parties' \"joint\" letter - 11-12",
        norm("the Parties\u2019 \u201Cjoint\u201D letter \u2013 11\u201312"));
    assertEquals("Plaintiff,", norm("Plainti\uFB00,"));
    assertEquals("a b", norm("a\u00A0b"));
    assertEquals("discovery--not", norm("discovery\u2014not"));
  }

  @Test
  void joinsWordsHyphenatedAcrossLines() {
    NormalizedText t = TextNormalizer.normalize("the confer-\n  ence was held");
    assertEquals("the conference was held", t.text());
    int at = t.text().indexOf("conference");
    assertEquals("confer-\n  ence", t.originalSlice(at, at + "conference".length()));
  }

  @Test
  void mapsCharactersFromLongerOriginalRanges() {
    // a tab for a run of three blanks, one space for two, one line break for CR LF: the only ends
    // the map keeps (issue 13); every other character ends one after its start
    NormalizedText t = TextNormalizer.normalize("a   b\r\nc-\n  d\u00A0\u00A0e");
    assertEquals("a\tb\nc-\nd e", t.text());
    int[][] expected = {
      {0, 1}, {1, 4}, {4, 5}, {5, 7}, {7, 8}, {8, 9}, {9, 10}, {12, 13}, {13, 15}, {15, 16}
    };
    for (int i = 0; i < expected.length; i++) {
      assertEquals(TextSpan.of(expected[i][0], expected[i][1]), t.toOriginal(i, i + 1), "at " + i);
    }
    assertEquals(TextSpan.of(1, 7), t.toOriginal(1, 4));
    assertEquals(TextSpan.of(16, 16), t.toOriginal(10, 10));
  }

  @Test
  void keepsColumnGapsAsTabs() {
    assertEquals(
        "SANA HAZINA BUTLER,\t25-CV-09337 (RA) (RFT)",
        norm(" SANA HAZINA BUTLER,                  25-CV-09337 (RA) (RFT)   "));
  }

  @Test
  void removesPacerStampsAndKeepsTheirParts() {
    String in = "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2\nORDER\n";
    NormalizedText t = TextNormalizer.normalize(in);
    assertEquals("ORDER\n", t.text());
    assertEquals(1, t.stamps().size());
    PageStamp s = t.stamps().get(0);
    assertEquals("1:18-cv-04476-LJL-JW", s.caseNumberText());
    assertEquals(565, s.documentNumber().orElseThrow());
    assertEquals("06/28/24", s.filedText().orElseThrow());
    assertEquals(2, s.pageCount().orElseThrow());
    assertEquals("1:18-cv-04476-LJL-JW", s.caseNumberSpan().slice(in));
  }

  @Test
  void removesStampsWithPageIdInEitherPlace() {
    assertEquals(
        "X",
        norm(
            "Case 2:25-cv-00218-CMR            Document 45        Filed 05/04/26      PageID.849        Page 1 of 6\nX"));
    assertEquals(
        "X",
        norm(
            "Case 5:26-cv-01416-SSC    Document 14   Filed 05/14/26   Page 1 of 5 Page ID #:55\nX"));
  }

  @Test
  void removesPageNumberLinesAndGutters() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      sb.append(String.format("%2d    line %d text%n", i, i));
    }
    String out = norm(sb.toString());
    assertTrue(out.startsWith("line 1 text\nline 2 text"));
    assertEquals("before\nafter", norm("before\n 2 \nafter"));
  }

  @Test
  void spansPointIntoTheOriginalAfterNonAscii() {
    String in = "\u201CQuoted\u201D \uFB00 text **bold** Dkt. No. 564";
    NormalizedText t = TextNormalizer.normalize(in);
    int at = t.text().indexOf("Dkt. No. 564");
    TextSpan span = t.toOriginal(at, at + "Dkt. No. 564".length());
    assertEquals("Dkt. No. 564", span.slice(in));
  }

  @Property(tries = 300)
  void everyNormalizedRangeMapsInsideTheOriginal(@ForAll("pdfish") String in) {
    NormalizedText t = TextNormalizer.normalize(in);
    int n = t.length();
    int prevStart = -1;
    for (int i = 0; i < n; i++) {
      TextSpan s = t.toOriginal(i, i + 1);
      assertTrue(s.start() >= 0 && s.end() <= in.length() && s.start() < s.end(), "char " + i);
      assertTrue(s.start() >= prevStart, "monotonic at " + i);
      prevStart = s.start();
    }
    if (n > 0) {
      TextSpan all = t.toOriginal(0, n);
      assertTrue(all.end() <= in.length());
    }
  }

  @Property(tries = 200)
  void plainAsciiWordsSurviveUnchanged(@ForAll("words") String in) {
    assertEquals(in, norm(in));
  }

  @Provide
  Arbitrary<String> pdfish() {
    Arbitrary<String> cues =
        Arbitraries.of(
            "**",
            "##",
            "\\_",
            "*et al.*",
            "\u201C",
            "\u2019",
            "\uFB00",
            "\u00A0",
            "\n",
            "\r\n",
            "\f",
            "-\n",
            "   ",
            "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2",
            "\n 12 \n",
            "\uD83D\uDE00",
            "\uD800",
            "\u0000",
            "SO ORDERED.");
    return Arbitraries.oneOf(cues, Arbitraries.strings().all().ofMaxLength(12))
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .map(ws -> String.join(" ", ws));
  }
}
