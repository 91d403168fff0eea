package org.courtorders.parser.internal.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap check in front of {@code PLEADER_FORMS} never turns away a sentence the pattern would
 * find something in.
 */
class PleaderGateTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Acme Corp. commenced this action in 2020.",
        "Jane Roe filed the complaint.",
        "The Complaint (Dkt. No. 1) that Press filed is dismissed.",
        "Jane Roe's amended complaint is before the Court.",
        "The complaint filed by Jane Roe was served.",
        "This action was brought by Acme Corp.",
        "Roe initiated this suit; Doe instituted a case.",
        "Nothing here names who sued.",
      })
  void sentencesThePatternReadsPassTheCheck(String s) {
    assertCovered("x " + s + " y", 2, 2 + s.length());
  }

  @Property(tries = 2000)
  void generatedSentencesPassTheCheck(@ForAll("sentences") String s) {
    assertCovered(s, 0, s.length());
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of(
            "Acme ",
            "Corp. ",
            "Jane ",
            "Roe",
            "'s ",
            "filed ",
            "files ",
            "commenced ",
            "brought ",
            "brings ",
            "initiated ",
            "instituted ",
            "this ",
            "the ",
            "complaint ",
            "Complaint ",
            "action ",
            "petition ",
            "that ",
            "was ",
            "by ",
            "(Dkt. No. 1) ",
            "amended ",
            "FILED ",
            "file")
        .list()
        .ofMaxSize(10)
        .map(l -> String.join("", l));
  }

  private static void assertCovered(String text, int from, int to) {
    Matcher m = PartyExtractor.PLEADER_FORMS.matcher(text).region(from, to);
    if (m.find()) {
      assertTrue(PartyExtractor.hasPleaderVerb(text, from, to), text);
    }
  }
}
