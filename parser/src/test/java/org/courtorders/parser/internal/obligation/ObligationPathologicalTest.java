package org.courtorders.parser.internal.obligation;

import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.Soundness;
import org.courtorders.parser.testing.LinearTime;
import org.junit.jupiter.api.Test;

/**
 * Inputs that would make a backtracking matcher or a quadratic scan blow up (commonmark's
 * PathologicalTest): outcome asserted, growth shown as a ratio within one run ({@link LinearTime}).
 */
class ObligationPathologicalTest {
  private final CourtOrderParser parser = CourtOrderParser.builder().build();

  @Test
  void hundredThousandSoOrdered() {
    String text = "SO ORDERED. ".repeat(100_000);
    Soundness.assertSound(parser.parse(text), text);
    LinearTime.assertLinear(
        n -> LinearTime.repeat("SO ORDERED. ", n),
        1 << 20,
        s -> Soundness.assertSound(parser.parse(s), s));
  }

  @Test
  void oneMegabyteOfShall() {
    LinearTime.assertLinear(
        n -> LinearTime.repeat("shall ", n),
        1 << 20,
        s -> Soundness.assertSound(parser.parse(s), s));
  }

  /**
   * One sentence a megabyte long, full of threats, conditions, quotes and previews: the sanction
   * reader's quote state, condition and preview checks must stay linear in it (a scan from the
   * sentence start per hit would be quadratic).
   */
  @Test
  void aMegabyteSentenceOfThreatsAndQuotes() {
    String unit =
        "\"if plaintiff fails to respond the Court may dismiss\" and failure will be deemed consent"
            + " and may result in sanctions as described below; ";
    LinearTime.assertLinear(
        n -> LinearTime.repeat(unit, n), 1 << 20, s -> Soundness.assertSound(parser.parse(s), s));
  }

  /** Thousands of show-cause orders to distinct and repeated persons, and threats after each. */
  @Test
  void thousandsOfShowCauseOrders() {
    StringBuilder sb = new StringBuilder("ORDER\n\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("The Court ORDERS Attorney Roe")
          .append(i % 500)
          .append(
              " to show cause why he should not be"
                  + " sanctioned. Failure to respond will result in dismissal. ");
    }
    String text = sb.toString();
    Soundness.assertSound(parser.parse(text), text);
  }
}
