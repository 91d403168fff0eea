package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.courtorders.core.Citation;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.testing.LinearTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs built to make a careless scanner quadratic (STYLE.md §3 "Bounded work"; commonmark's
 * PathologicalTest). Each asserts its outcome and linear growth: time per character at 4 MB within
 * 3× of that at 1 MB, measured in one run ({@link LinearTime}); no wall-clock limit.
 */
class PathologicalInputTest {
  private static final int MB = 1 << 20;
  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  @BeforeAll
  static void warmUp() {
    EXTRACTOR.extract(
        NormalizedText.identity("Dkt. No. 1; Smith v. Jones, 1 F.3d 2 (2d Cir. 1993). Rule 11."));
  }

  private static String repeat(String unit, int length) {
    return LinearTime.repeat(unit, length);
  }

  private static void linear(String unit) {
    LinearTime.assertLinear(
        n -> repeat(unit, n), MB, s -> EXTRACTOR.extract(NormalizedText.identity(s)));
  }

  @Test
  void megabyteOfLabels() {
    assertEquals(0, EXTRACTOR.extract(NormalizedText.identity(repeat("Dkt. No. ", MB))).size());
    linear("Dkt. No. ");
  }

  @Test
  void fiveThousandEntryList() {
    StringBuilder sb = new StringBuilder("ECF Nos. 1");
    for (int i = 2; i <= 5000; i++) {
      sb.append(", ").append(i);
    }
    assertEquals(5000, EXTRACTOR.extract(NormalizedText.identity(sb.toString())).size());
  }

  @Test
  void megabyteOfDigitsAndSlashes() {
    linear("12/3/456/7890/");
    linear("1234567890");
  }

  @Test
  void megabyteOfVersus() {
    linear("v. ");
    linear("A v. B, 1 F.3d 2, ");
    // every volume triggers a backward name search; it must stay bounded
    for (Citation c :
        EXTRACTOR.extract(NormalizedText.identity(repeat("A v. B, 1 F.3d 2, ", MB)))) {
      assertEquals(true, c.text().length() < 200);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Order ",
        "Id. ",
        "Rule ",
        "Individual Practices ",
        "Tr. ",
        "Transcript (",
        "ECF 1-",
        "In re ",
        "1 F.3d at ",
        "\u00B6 1 of the ",
        "Fed. R. Civ. P. ",
        "28 U.S.C. \u00A7 "
      })
  void megabyteOfOtherCues(String cue) {
    LinearTime.assertLinear(
        n -> repeat(cue, n), MB / 4, s -> EXTRACTOR.extract(NormalizedText.identity(s)));
  }

  /**
   * The issue 12 forms (supra, name references, "Id." and "Ibid.", placeholders, comma short forms,
   * parallels) on hostile repeats scale linearly: a ratio of CPU time per character within one run
   * ({@link LinearTime}), never a wall-clock limit.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Foo, supra, ",
        "Foo v. Bar, supra at 2 ",
        "Foo at 1 ",
        "A v. B, 1 U.S. 1. A at 2. ",
        "1 U.S., at ",
        "1 U.S. ___, ",
        "Id. Ibid. ",
        "Id. \u00A7 ",
        "Foo v. Bar 1 U.S. 1, 2 S. Ct. 3, ",
        "A v. B, 1 U.S. 1; C v. D, 1 U.S. 2; A, 1 U.S., at 3; ",
        "x, ---- L. Ed. 2d ----, ",
        "at 1, \u00B6\u00B6 "
      })
  void issue12FormsScaleLinearly(String unit) {
    LinearTime.assertLinear(
        n -> LinearTime.repeat(unit, n),
        MB / 4,
        s -> EXTRACTOR.extract(NormalizedText.identity(s)));
  }
}
