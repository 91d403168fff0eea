package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RulingVocabulary} walks the words of a text one at a time (issue 13) and finds the same
 * decisions and motions as reading them from an array of all words did (the reference below is that
 * earlier code, kept here).
 */
class RulingWordWalkTest {
  private static final RulingVocabulary V = RulingVocabulary.standard();

  @Property(tries = 1500)
  void sameAsTheWordArray(@ForAll("texts") String text) {
    List<RulingVocabulary.Decision> expected = new ArrayList<>();
    int[] w = words(text, 0, text.length());
    int n = w[0];
    for (int i = 0; i < n; i++) {
      if (!isAny(text, w, i, List.of("we", "i", "court"))) {
        continue;
      }
      int j = i + 1;
      while (j < n && j - i <= 2 && isAny(text, w, j, List.of("today", "hereby", "also"))) {
        j++;
      }
      if (j < n) {
        int e = entry(text, w, j);
        if (e >= 0) {
          expected.add(new RulingVocabulary.Decision(e, w[1 + 2 * i], w[2 + 2 * j]));
        }
      }
    }
    assertEquals(expected, V.decisions(text, 0, text.length()), text);
    assertArrayEquals(movedReference(text, w), V.moved(text), text);
  }

  private static boolean[] movedReference(String text, int[] w) {
    boolean[] out = new boolean[V.entries().size()];
    int n = w[0];
    int lastMotion = -100;
    for (int i = 0; i + 1 < n; i++) {
      String word = word(text, w, i);
      if (List.of("motion", "motions", "moving").contains(word) || word.startsWith("move")) {
        lastMotion = i;
        continue;
      }
      if (i - lastMotion > 15 || !word.equals("to")) {
        continue;
      }
      int e = entry(text, w, i + 1);
      if (e >= 0 && V.motionVerb(e).equals(word(text, w, i + 1))) {
        out[e] = true;
      }
    }
    return out;
  }

  private static String word(String text, int[] w, int i) {
    return text.substring(w[1 + 2 * i], w[2 + 2 * i]).toLowerCase(Locale.ROOT);
  }

  private static boolean isAny(String text, int[] w, int i, List<String> words) {
    return words.contains(word(text, w, i));
  }

  private static int entry(String text, int[] w, int i) {
    String word = word(text, w, i);
    for (int e = 0; e < V.entries().size(); e++) {
      if (V.entries().get(e).forms().contains(word)) {
        return e;
      }
    }
    return -1;
  }

  /** The earlier array of all words: the count, then each start and end. */
  private static int[] words(String text, int from, int to) {
    int[] out = new int[17];
    int n = 0;
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to
          && (Character.isLetter(text.charAt(i))
              || (text.charAt(i) == '\'' || text.charAt(i) == '’')
                  && i + 1 < to
                  && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      if (i > s) {
        if (2 + 2 * n >= out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2 + 1);
        }
        out[1 + 2 * n] = s;
        out[2 + 2 * n] = i;
        n++;
      }
    }
    out[0] = n;
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
            "We",
            "I",
            "the Court",
            "hereby",
            "today",
            "also",
            "dismiss",
            "strikes",
            "grants",
            "moves",
            "motion",
            "to",
            "dismiss",
            "strike",
            "court's",
            "the",
            "claim",
            "'",
            "’",
            ",",
            "1",
            "Moved");
    return words.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }
}
