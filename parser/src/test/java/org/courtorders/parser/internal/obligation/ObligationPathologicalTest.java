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
    LinearTime.assertLinear(n -> LinearTime.repeat("SO ORDERED. ", n), 1 << 20, s -> Soundness.assertSound(parser.parse(s), s));
  }

  @Test
  void oneMegabyteOfShall() {
    LinearTime.assertLinear(n -> LinearTime.repeat("shall ", n), 1 << 20, s -> Soundness.assertSound(parser.parse(s), s));
  }
}
