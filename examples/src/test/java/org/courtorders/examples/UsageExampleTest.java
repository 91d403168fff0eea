package org.courtorders.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runs the README's Java snippet (as ParseExample) on the bundled sample and checks its output. */
class UsageExampleTest {
  @Test
  void readmeSnippetRuns() throws Exception {
    String out = ParseExample.describe(ParseExample.sample());
    assertTrue(
        out.startsWith("nysd\n18-cv-4476 [LJL, JW]\nJennifer E. Willis MAGISTRATE_JUDGE\n"), out);
    assertTrue(out.contains("564 at "), out);
    assertTrue(out.contains("\"schemaVersion\":1"), out);
  }
}
