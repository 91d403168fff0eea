package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.TimeUnit;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that would make a backtracking matcher or a quadratic scan blow up (commonmark's PathologicalTest). */
class ObligationPathologicalTest {
  private final CourtOrderParser parser = CourtOrderParser.builder().build();

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void hundredThousandSoOrdered() {
    assertNotNull(parser.parse("SO ORDERED. ".repeat(100_000)));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void oneMegabyteOfShall() {
    assertNotNull(parser.parse("shall ".repeat((1 << 20) / 6)));
  }
}
