package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.Citation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reporter in {@code reporters.json} parses its own example and every variant, as
 * libphonenumber's ExampleNumbersTest checks its metadata (STYLE.md §6).
 */
class ReportersTest {

  static Stream<Reporter> reporters() {
    return Reporters.get().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reporters")
  void exampleParsesToItsReporter(Reporter r) {
    assertFalse(r.source().isBlank(), "every entry names its source");
    List<Citation> cs = Cited.in(r.example());
    assertEquals(
        r.abbreviation(),
        cs.stream()
            .filter(c -> c instanceof CaseCitation)
            .map(c -> (CaseCitation) c)
            .reduce((a, b) -> b)
            .orElseThrow()
            .reporter()
            .orElseThrow(),
        r.example());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reporters")
  void everyVariantParsesToItsReporter(Reporter r) {
    for (String v : r.variants()) {
      String text =
          "Smith v. Jones, " + (r.volumeIsYear() ? "2020" : "123") + " " + v + " 456 (2020)";
      CaseCitation c = (CaseCitation) Cited.in(text).get(0);
      assertEquals(r.abbreviation(), c.reporter().orElseThrow(), text);
    }
  }
}
