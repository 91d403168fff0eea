package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.courtorders.parser.CourtOrderParser;
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
    assertNotNull(parser.parse("SO ORDERED. ".repeat(100_000)));
    LinearTime.assertLinear(n -> LinearTime.repeat("SO ORDERED. ", n), 1 << 20, s -> assertNotNull(parser.parse(s)));
  }

  @Test
  void oneMegabyteOfShall() {
    LinearTime.assertLinear(n -> LinearTime.repeat("shall ", n), 1 << 20, s -> assertNotNull(parser.parse(s)));
  }
}
