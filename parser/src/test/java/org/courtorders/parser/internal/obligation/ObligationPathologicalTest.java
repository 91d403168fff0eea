package org.courtorders.parser.internal.obligation;

import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.Soundness;
import org.junit.jupiter.api.Test;

/** Inputs that would make a backtracking matcher or a quadratic scan blow up (commonmark's PathologicalTest). */
class ObligationPathologicalTest {
  private final CourtOrderParser parser = CourtOrderParser.builder().build();

  @Test
  void hundredThousandSoOrdered() {
    String text = "SO ORDERED. ".repeat(100_000);
    Soundness.assertSound(parser.parse(text), text);
  }

  @Test
  void oneMegabyteOfShall() {
    String text = "shall ".repeat((1 << 20) / 6);
    Soundness.assertSound(parser.parse(text), text);
  }
}
