package org.courtorders.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text layer's per-line checks read by hand (issue 13) agree with the patterns they stand for:
 * {@code gutterEnd} finds what {@code GUTTER} does, and the cue checks in front of {@code
 * PAGE_NUMBER_LINE}, {@code FILING_LINE} and Flattened's {@code BEFORE} never turn away a line the
 * pattern would match.
 */
class LineChecksTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "1",
        "12",
        "123",
        " 7 text",
        "\t\t28\tline",
        "9a",
        "  12 ",
        "ab",
        "- 3 -",
        "Page 2 of 14",
        "3 of 4",
        "   Page 12 of 12   ",
        "Filing 228",
        "Page 1 of 2 of 3",
      })
  void casesAgreeWithThePatterns(String line) {
    assertAgrees(line);
  }

  @Property(tries = 3000)
  void generatedLinesAgreeWithThePatterns(@ForAll("lines") String line) {
    assertAgrees(line);
  }

  @Property(tries = 300)
  void longBlankRunsAgree(@ForAll("blankRuns") String line) {
    assertAgrees(line);
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings().withChars(" \t0123456789-Pageof Fil\u00A0x").ofMaxLength(24);
  }

  @Provide
  Arbitrary<String> blankRuns() {
    return Arbitraries.integers()
        .between(55, 65)
        .flatMap(
            n -> Arbitraries.of("1", "12", "123", "4 x", "").map(tail -> " ".repeat(n) + tail));
  }

  private static void assertAgrees(String line) {
    char[] c = line.toCharArray();
    int n = c.length;
    Matcher g = TextNormalizer.GUTTER.matcher(line);
    int expected = g.lookingAt() ? g.end() : -1;
    assertEquals(expected, TextNormalizer.gutterEnd(c, 0, n), "gutter in \"" + line + "\"");
    if (expected >= 0) {
      assertEquals(
          Integer.parseInt(g.group(1)),
          TextNormalizer.gutterNumber(c, 0, expected),
          "gutter number in \"" + line + "\"");
    }
    if (TextNormalizer.PAGE_NUMBER_LINE.matcher(line).matches()) {
      assertTrue(TextNormalizer.mayBePageNumber(c, 0, n), "page number \"" + line + "\"");
    }
    // the same line inside a longer text, as a region
    String wrapped = "x\n" + line + "\ny";
    char[] w = wrapped.toCharArray();
    Matcher gw = TextNormalizer.GUTTER.matcher(wrapped).region(2, 2 + n);
    assertEquals(gw.lookingAt() ? gw.end() : -1, TextNormalizer.gutterEnd(w, 2, 2 + n));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Dear Judge Roe: X Respectfully, /s/ Ann Lee",
        "Re: Doe v. Roe X Your Honor: X Sincerely,",
        "X SO ORDERED. Dated: May 2, 2025 X",
        "X It is so ordered. RE: X",
        "X So Ordered X DATED: X Very truly yours X",
        "X Dear Hon. Roe X cc: X /s/ X",
        "X Dated: X Dated: X",
        "X The application is GRANTED. X",
      })
  void flattenedCueCheckNeverUndercounts(String shape) {
    String prose = "The parties have conferred and ask the Court to move the conference. ";
    String line = shape.replace("X", prose.repeat(3));
    assertCuesCover(line);
  }

  @Property(tries = 1000)
  void flattenedCueCheckNeverUndercountsGenerated(@ForAll("flattened") String line) {
    assertCuesCover(line);
  }

  @Provide
  Arbitrary<String> flattened() {
    return Arbitraries.of(
            "Dear Judge ",
            "Dear Magistrate ",
            "Your Honor: ",
            "Respectfully, ",
            "Respectfully submitted, ",
            "Sincerely ",
            "Very truly yours ",
            "SO ORDERED ",
            "IT IS SO ORDERED ",
            "It is so ordered ",
            "So ordered ",
            "Dated: ",
            "DATED: ",
            "Re: ",
            "RE: ",
            "cc: ",
            "/s/ ",
            "The Honorable ",
            "xDated: ",
            "the motion is denied ",
            "words ",
            "\t")
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  private static void assertCuesCover(String line) {
    Matcher m = Flattened.BEFORE.matcher(line);
    String[] groups = {"salutation", "closing", "ordered", "dated", "re"};
    boolean[] seen = new boolean[groups.length];
    int kinds = 0;
    while (m.find()) {
      for (int g = 0; g < groups.length; g++) {
        if (!seen[g] && m.group(groups[g]) != null) {
          seen[g] = true;
          kinds++;
        }
      }
    }
    char[] c = line.toCharArray();
    assertTrue(
        Flattened.cueKinds(c, 0, c.length) >= Math.min(2, kinds),
        kinds + " kinds in \"" + line + "\"");
  }
}
