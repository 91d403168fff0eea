package org.courtorders.parser.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Tokens} compares words in place (issue #13): {@code isWord(i, w)} is {@code
 * w.equals(word(i))}, and {@code dateWord(i)} is {@code word(i)} when that is a date word.
 */
class TokensTest {
  private static final List<String> WORDS =
      List.of("July", "sept", "the", "am", "p", "TWENTY", "first", "th", "reasonably", "Nov");

  @Test
  void dateWordsAreFoundInAnyCase() {
    Tokens t = Tokens.scan("On JULY 4th the Court", 0, 21);
    assertEquals("july", t.dateWord(1));
    assertEquals("th", t.dateWord(3));
    assertNull(t.dateWord(0));
    assertNull(t.dateWord(2)); // digits
    assertEquals("court", t.word(5));
    assertNull(t.dateWord(5));
  }

  @Property(tries = 1000)
  void inPlaceIsTheSameAsTheCopy(@ForAll("texts") String text) {
    Tokens t = Tokens.scan(text, 0, text.length());
    for (int i = -1; i <= t.size(); i++) {
      String word = t.word(i);
      if (word != null) {
        assertEquals(word, text.substring(t.start(i), t.end(i)).toLowerCase(Locale.ROOT));
      }
      for (String w : List.of("july", "the", "am", "p", "first", "reasonably", "abcdefghijklm")) {
        assertEquals(w.equals(word), t.isWord(i, w), text + " @" + i + " " + w);
      }
      String d = t.dateWord(i);
      assertEquals(d == null || d.equals(word), true, text + " @" + i);
      if (d == null && word != null) {
        assertEquals(0, DateWords.month(word) + (DateWords.weekday(word) == null ? 0 : 1));
        assertEquals(-1, DateWords.unit(word));
        assertEquals(-1, DateWords.ordinalUnit(word));
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> known =
        Arbitraries.of(WORDS).map(k -> Math.random() < 0.5 ? k.toUpperCase(Locale.ROOT) : k);
    Arbitrary<String> noise = Arbitraries.strings().withChars("aZm12.,:\u00E9 ").ofMaxLength(14);
    return Arbitraries.oneOf(known, noise).list().ofMaxSize(8).map(l -> String.join(" ", l));
  }
}
