package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.testing.LinearTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs built to make a careless pipeline quadratic, each through the full parser (issue #6;
 * STYLE.md §3 "Bounded work"; commonmark's PathologicalTest). Each asserts its outcome and that
 * time per character at 4 MB stays within 3× of that at 1 MB, measured in the same run ({@link
 * LinearTime}); no wall-clock limit, so a loaded machine cannot fail them (issue 14). A warm-up
 * parse runs first so the ratio measures the parser, not the JIT.
 */
class PathologicalParseTest {
  private static final int MB = 1 << 20;
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  @BeforeAll
  static void warmUp() {
    String order =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nA,\nPlaintiff,\n-against-\nB,\n"
            + "Defendant.\n\n18-cv-4476 (LJL)\n\nORDER\n\nThe parties shall file a letter by July 20, 2024. See Dkt. No. 5; "
            + "Fed. R. Civ. P. 37; Smith v. Jones, 1 F.3d 2 (2d Cir. 1993); the Court's June 1, 2024 Order.\n\n"
            + "SO ORDERED.\n\nDated: June 28, 2024\nNew York, New York\n\nJENNIFER E. WILLIS\nUnited States Magistrate Judge\n";
    String line = order.replace('\n', ' ');
    for (int i = 0; i < 200; i++) {
      PARSER.parse(order);
      PARSER.parse(repeat("Dkt. No. 1 (((  v. 12/3/45 \n", 4096));
    }
    for (int i = 0; i < 10; i++) {
      PARSER.parse(repeat(line, 256 * 1024));
    }
  }

  static String repeat(String unit, int length) {
    return LinearTime.repeat(unit, length);
  }

  private static void linear(java.util.function.IntFunction<String> input) {
    LinearTime.assertLinear(input, MB, PathologicalParseTest::parseInsideInput);
  }

  private static CourtOrder parseInsideInput(String text) {
    assertTrue(text.length() <= CourtOrderParser.DEFAULT_MAX_INPUT_CHARS);
    CourtOrder order = PARSER.parse(text);
    Soundness.assertSound(order, text);
    for (TextSpan s : order.allSpans()) {
      assertTrue(s.end() <= text.length(), () -> s + " outside " + text.length());
    }
    return order;
  }

  @ParameterizedTest(name = "a megabyte of \"{0}\"")
  @ValueSource(
      strings = {
        "(((",
        "Dkt. No. ",
        " ",
        "12/3/456/7890/",
        "v. ",
        "\n",
        "\n\n",
        "\t",
        "Order ",
        "SO ORDERED.\n",
        "Plaintiff,\n-against-\n",
        "UNITED STATES DISTRICT COURT\n",
        "SOUTHERN DISTRICT OF ",
        "United States District Judge\n",
        "Case 1:18-cv-04476-LJL Document 5 Filed 06/28/24 Page 1 of 2\n",
        "-\n",
        "a-\nb",
        "1\n",
        "**",
        "# ",
        "Dated: July 1, 2024\n",
        "Re: ",
        "Dear Judge Moses:\n",
        "ECF No. 1, ",
        "Id. ",
        "Rule ",
        "14 days ",
        "July ",
        "\u00B6 ",
        "\u00A7 ",
        "A v. B, 1 F.3d 2, ",
        "the 1st day of "
      })
  void megabyteOf(String unit) {
    // thirty-odd cues: each at 256 KB against 1 MB keeps the suite short; the same 4x step in
    // size shows a quadratic path as plainly as 1 MB against 4 MB does in the tests below
    LinearTime.assertLinear(n -> repeat(unit, n), MB / 4, PathologicalParseTest::parseInsideInput);
  }

  @Test
  void megabyteOfDigits() {
    linear(n -> repeat("1234567890", n));
  }

  /** Real orders with every line break taken out, repeated to five megabytes: one line. */
  @Test
  void fiveMegabyteSingleLine() throws java.io.IOException {
    StringBuilder orders = new StringBuilder();
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/corpus/seeds"))) {
      for (java.nio.file.Path f :
          files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        orders.append(java.nio.file.Files.readString(f).replaceAll("\\s+", " ")).append(' ');
      }
    }
    parseInsideInput(repeat(orders.toString(), 5 * MB));
    linear(n -> repeat(orders.toString(), n));
  }

  /**
   * The densest text there is: every sentence a directive with a deadline, a docket and a case
   * citation. Linear, but each sentence costs every obligation recognizer, so it runs at about 2
   * MB/s (docs/PERFORMANCE.md); the budget is for five megabytes at that rate.
   */
  @Test
  void fiveMegabytesOfDirectivesOnOneLine() {
    String sentence =
        "The parties shall meet and confer regarding Dkt. No. 12 and file a joint letter by July 20, "
            + "2024, as ordered in Smith v. Jones, 1 F.3d 2 (2d Cir. 1993). ";
    linear(n -> repeat(sentence, n));
  }

  @Test
  void nulBytesAndControlCharacters() {
    linear(
        n -> {
          StringBuilder sb = new StringBuilder(n + 16);
          for (int i = 0; sb.length() < n; i++) {
            sb.append((char) (i % 32))
                .append("ORDER ")
                .append('\u007F')
                .append('\u0085')
                .append('\u2028');
          }
          return sb.substring(0, n);
        });
  }

  @Test
  void unpairedSurrogates() {
    linear(n -> repeat("\uD800 Dkt. \uDC00No. 1\uDBFF\n\uDFFF", n));
  }

  @Test
  void hundredThousandSoOrdered() {
    CourtOrder order = parseInsideInput("SO ORDERED.\n".repeat(100_000));
    assertTrue(order.diagnostics().size() <= CourtOrderParser.DEFAULT_MAX_DIAGNOSTICS + 1);
    linear(n -> repeat("SO ORDERED.\n", n));
  }

  @Test
  void captionThatNeverCloses() {
    String head = "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n";
    linear(n -> head + repeat("Plaintiff,\n-against-\n", n - head.length()));
  }

  @Test
  void fiveThousandEntryDocketList() {
    StringBuilder sb = new StringBuilder("See ECF Nos. 1");
    for (int i = 2; i <= 5000; i++) {
      sb.append(", ").append(i);
    }
    assertEquals(5000, parseInsideInput(sb.append('.').toString()).citations().size());
    // a megabyte of entries is ~150,000 citations; an eighth of that shows the same growth
    LinearTime.assertLinear(
        n -> {
          StringBuilder list = new StringBuilder("See ECF Nos. 1");
          for (int i = 2; list.length() < n; i++) {
            list.append(", ").append(i);
          }
          return list.substring(0, n);
        },
        MB / 8,
        PathologicalParseTest::parseInsideInput);
  }

  @Test
  void pastMaxInputCharsIsADiagnosticNotAnOutOfMemoryError() {
    CourtOrderParser small = CourtOrderParser.builder().maxInputChars(1000).build();
    String text = repeat("SO ORDERED. ", 10 * MB);
    CourtOrder order = small.parse(text);
    assertTrue(
        order.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.INPUT_TRUNCATED));
    assertEquals(text.length(), order.source().length());
    order.allSpans().forEach(s -> assertTrue(s.end() <= text.length()));
  }

  @Test
  void maxInputCharsHasADocumentedDefault() {
    assertEquals(20_000_000, CourtOrderParser.DEFAULT_MAX_INPUT_CHARS);
  }
}
