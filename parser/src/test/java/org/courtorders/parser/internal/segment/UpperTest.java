package org.courtorders.parser.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Segmenter.Upper} answers as the upper-cased copy of the line it replaces. */
class UpperTest {
  private static final String[] WORDS = {
    "SO ORDERED", "IT IS ORDERED.", "E N T E R", "ENTER:", "DATED", "DATE:", "SINCERELY"
  };

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "SO ORDERED.",
        "  so ordered",
        "It is Ordered.",
        "E N T E R",
        " Enter: ",
        "Dated: May 1",
        "dated",
        "\u00DFo ordered",
        "Stra\u00DFe so ordered",
        "\u0131t is ordered.",
        "Sincerely,",
        "",
        "   ",
      })
  void casesAgree(String line) {
    assertAgrees(line);
  }

  @Property(tries = 3000)
  void generatedLinesAgree(@ForAll("lines") String line) {
    assertAgrees(line);
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(
            "so",
            "SO",
            "So",
            " ",
            "\t",
            "ordered",
            "ORDERED",
            "it",
            "is",
            "e n t e r",
            "enter:",
            "dated",
            "date:",
            "\u00DF",
            "\u0131",
            "x",
            ".",
            "\u017F",
            "sincerely")
        .list()
        .ofMaxSize(8)
        .map(l -> String.join("", l));
  }

  private static void assertAgrees(String line) {
    String text = "a\n" + line + "\nb";
    Range r = new Range(2, 2 + line.length());
    Segmenter.Upper u = new Segmenter.Upper(text, text.toCharArray(), r);
    String copy = line.toUpperCase(Locale.ROOT);
    String stripped = line.strip().toUpperCase(Locale.ROOT);
    for (String w : WORDS) {
      assertEquals(copy.contains(w), u.contains(w), w + " in \"" + line + "\"");
      assertEquals(stripped.startsWith(w), u.strippedStartsWith(w), w + " at \"" + line + "\"");
      assertEquals(stripped.equals(w), u.strippedEquals(w), w + " = \"" + line + "\"");
    }
    assertEquals(
        copy.contains("SO ORDERED") || copy.contains("E N T E R"),
        u.containsAny("SO ORDERED", "E N T E R"));
  }
}
