package org.courtorders.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CueMatcher} finds what {@code Matcher.find()} finds, including where the text has
 * characters whose case folds to ASCII (the Kelvin sign, the long s, the dotted capital I), which
 * the ASCII fast path of its cue comparison must not treat differently from before.
 */
class CueMatcherTest {
  private static final Pattern JUDGE =
      Pattern.compile("(?i)\\b(?:hon\\.|judge)[ ](?<name>[A-Z][a-z]+)");
  private static final CueMatcher.Definition JUDGE_AT = CueMatcher.of(JUDGE, 5, "judge", "hon.");

  private static final Pattern SKIP = Pattern.compile("(?i)ski[pP]{1,2}s?");
  private static final CueMatcher.Definition SKIP_AT = CueMatcher.of(SKIP, 0, "sk");

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "Before Judge Roe and Hon. Lee.",
        "JUDGE Roe; judge Doe; jUdGe Poe",
        "Hon.Roe hon. Roe",
        "\u212Aip skip \u017Fkip SKIPS",
        "",
        "judge",
      })
  void casesAgree(String text) {
    assertAgrees(text);
  }

  @Property(tries = 2000)
  void generatedTextsAgree(@ForAll("texts") String text) {
    assertAgrees(text);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "judge", "JUDGE", "Judge", "hon.", "HON.", " ", "Roe", "roe", "sk", "SK", "\u212A",
            "\u017F", "\u0130", "ip", "p", "s", "x", ".", "ju", "dge")
        .list()
        .ofMaxSize(14)
        .map(l -> String.join("", l));
  }

  private static void assertAgrees(String text) {
    assertEquals(plain(JUDGE, text), cued(JUDGE_AT, text), text);
    assertEquals(plain(SKIP, text), cued(SKIP_AT, text), text);
  }

  private static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private static List<String> cued(CueMatcher.Definition d, String text) {
    List<String> out = new ArrayList<>();
    CueMatcher m = d.matcher(text);
    while (m.find()) {
      out.add(m.matcher().start() + "-" + m.matcher().end());
    }
    return out;
  }
}
