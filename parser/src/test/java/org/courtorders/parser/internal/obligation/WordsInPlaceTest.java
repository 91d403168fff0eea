package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courtorders.parser.internal.FoldedKeys;

/**
 * {@link Words}' in-place questions (issue #13) answer as comparing the lower-cased copy {@link
 * Words#at} does, on every token and just outside the clause.
 */
class WordsInPlaceTest {
  private static final List<String> ASKED =
      List.of("", "to", "due", "'", ":", "–", "court", "defendant's", "i\u0307", "straße", "e");
  private static final Map<String, Integer> MAP =
      Map.of("to", 1, "due", 2, "'", 3, "court", 4, "defendant's", 5, "straße", 6);
  private static final FoldedKeys<Integer> KEYS = FoldedKeys.of(MAP);

  @Property(tries = 1000)
  void sameAsComparingTheCopy(@ForAll("clauses") String text) {
    Words w = Words.scan(text, 0, text.length());
    for (int i = -1; i <= w.size(); i++) {
      String at = w.at(i);
      for (String word : ASKED) {
        assertEquals(at.equals(word), w.is(i, word), text + " @" + i + " " + word);
      }
      assertEquals(at.equals("to") || at.equals("due"), w.isAny(i, "to", "due"));
      assertEquals(MAP.get(at), w.get(i, KEYS), text + " @" + i);
    }
  }

  @Provide
  Arbitrary<String> clauses() {
    Arbitrary<String> known =
        Arbitraries.of(ASKED)
            .map(k -> Math.random() < 0.5 ? k.toUpperCase(Locale.ROOT) : k)
            .map(k -> k.replace('\'', Math.random() < 0.5 ? '\u2019' : '\''));
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("aZ:'’-–\u0130\u00DF\u0307 ").ofMaxLength(6);
    return Arbitraries.oneOf(known, noise).list().ofMaxSize(8).map(l -> String.join(" ", l));
  }
}
