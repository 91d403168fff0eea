package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The proceeding reader lower-cases a clause for the docket-title test only when the clause holds
 * "signed by" in some case (issue 13); that filter never drops a clause the copy would match.
 */
class SignedByFilterTest {
  @Test
  void findsAnyCase() {
    String t = "ORDER re conference. SIGNED BY Judge Roe";
    assertTrue(ProceedingRecognizer.containsIgnoreCase(t, 0, t.length(), "signed by"));
    assertFalse(ProceedingRecognizer.containsIgnoreCase(t, 0, 29, "signed by"));
  }

  @Property(tries = 2000)
  void keepsEveryClauseTheCopyWouldMatch(@ForAll("texts") String t) {
    if (t.toLowerCase(Locale.ROOT).contains("signed by")) {
      assertTrue(ProceedingRecognizer.containsIgnoreCase(t, 0, t.length(), "signed by"), t);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> parts =
        Arbitraries.oneOf(
            Arbitraries.of(
                "signed by", "SIGNED BY", "Signed By", "S\u0130GNED BY", "sIgned\u00A0by"),
            Arbitraries.strings().withChars("sSiIgGnNeEdDbByY \u0130\u0131\u212A").ofMaxLength(5));
    return parts.list().ofMaxSize(5).map(l -> String.join("", l));
  }
}
