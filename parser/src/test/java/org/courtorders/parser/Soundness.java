package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Quoting;
import org.courtorders.core.TextSpan;

/**
 * What every parse must satisfy, whatever the input: no reader failed ({@code INTERNAL_ERROR} never
 * appears), every span lies inside the input and every quote is the input under its span. Property,
 * pathological, corpus and fuzz tests all call it, so a reader that throws cannot hide behind the
 * parser's containment.
 */
public final class Soundness {
  private Soundness() {}

  public static void assertSound(CourtOrder order, String input) {
    for (Diagnostic d : order.diagnostics()) {
      if (d.code() == DiagnosticCode.INTERNAL_ERROR) {
        fail(
            "a reader failed: "
                + d.message()
                + " at "
                + d.span()
                + " on input of "
                + input.length()
                + " chars: "
                + abbreviate(input));
      }
    }
    for (TextSpan s : order.allSpans()) {
      assertTrue(
          0 <= s.start() && s.start() <= s.end() && s.end() <= input.length(),
          () -> s + " outside " + input.length());
    }
    for (Quoting q : order.allQuoting()) {
      assertEquals(input.substring(q.span().start(), q.span().end()), q.text());
    }
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() <= 400 ? one : one.substring(0, 400) + "...";
  }
}
