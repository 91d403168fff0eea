package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of {@code date-words.json} is classified as its entry says (after libphonenumber's
 * {@code ExampleNumbersTest}): the data's examples are its tests. An example's clauses are split at
 * semicolons, as court text is.
 */
class DateWordsTest {
  private static final DateWords WORDS = DateWords.standard();
  private static final DateClassifier CLASSIFIER = new DateClassifier(WORDS);

  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (DateWords.Group g : WORDS.groups()) {
      for (DateWords.Example x : g.examples()) {
        out.add(Arguments.of(g.name(), x.text(), x.roles()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void exampleIsClassifiedAsWritten(String group, String text, List<String> roles) {
    assertEquals(roles, roles(text), group + ": " + text);
  }

  @Test
  void everyGroupHasASourceAndExamples() {
    for (DateWords.Group g : WORDS.groups()) {
      assertFalse(g.source().isBlank(), g.name());
      assertFalse(g.examples().isEmpty(), g.name());
      assertFalse(g.phrases().isEmpty(), g.name());
    }
  }

  /** The roles of the dates of {@code text}, clause by clause. */
  static List<String> roles(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int semi = text.indexOf(';', start);
      int end = semi < 0 ? text.length() : semi + 1;
      Words w = Words.scan(text, start, end);
      for (DateMention m : new DateRecognizer().find(text, start, end)) {
        if (m.kind() == DateMention.Kind.DATE) {
          out.add(CLASSIFIER.classify(w, w.indexAt(m.start())).name());
        }
      }
      start = end;
    }
    return out;
  }
}
