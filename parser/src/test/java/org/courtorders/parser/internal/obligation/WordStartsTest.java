package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Where {@link WordStarts} lets a search try a match (issue #13). */
class WordStartsTest {
  @Test
  void theInsidesOfWordsAreSkipped() {
    String t = "Plaintiff's reply, d\u00E9j\u00E0 vu_2";
    try (WordStarts.Reading r = WordStarts.reading(t)) {
      WordStarts ws = WordStarts.of(t);
      assertNotNull(ws);
      StringBuilder starts = new StringBuilder();
      for (int at = ws.next(0, t.length()); at < t.length(); at = ws.next(at + 1, t.length())) {
        starts.append(at).append(' ');
      }
      // P ' s ␠ r , ␠ d é j à ␠ v(then u_2 inside the word)
      assertEquals("0 9 10 11 12 17 18 19 20 21 22 23 24 ", starts.toString());
    }
  }

  @Test
  void onlyTheOrderBeingReadHasPositions() {
    String t = "The parties shall confer.";
    assertNull(WordStarts.of(t));
    try (WordStarts.Reading r = WordStarts.reading(t)) {
      assertNull(WordStarts.of(new String(t)));
      try (WordStarts.Reading inner = WordStarts.reading("other")) {
        assertNull(WordStarts.of(t));
      }
      assertNotNull(WordStarts.of(t));
    }
    assertNull(WordStarts.of(t));
  }

  @Test
  void pastTheEndThePositionAskedForComesBack() {
    String t = "abc def";
    try (WordStarts.Reading r = WordStarts.reading(t)) {
      WordStarts ws = WordStarts.of(t);
      assertEquals(3, ws.next(1, t.length()));
      assertEquals(6, ws.next(5, 6)); // none before the end: the end
      assertEquals(7, ws.next(7, 7));
      assertEquals(8, ws.next(8, 7)); // a loop that tried the end moves past it
    }
  }

  @Property(tries = 300)
  void nextIsTheFirstPositionNotInsideAWord(
      @ForAll
          @StringLength(max = 200)
          @CharRange(from = ' ', to = '~')
          @CharRange(from = '\u00E0', to = '\u00E9')
          String t,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 200) int p) {
    try (WordStarts.Reading r = WordStarts.reading(t)) {
      WordStarts ws = WordStarts.of(t);
      int from = Math.min(p, t.length());
      int expected = from;
      while (expected < t.length() && insideWord(t, expected)) {
        expected++;
      }
      assertEquals(expected, ws.next(from, t.length()));
    }
  }

  private static boolean insideWord(String t, int p) {
    return p > 0 && word(t.charAt(p)) && word(t.charAt(p - 1));
  }

  private static boolean word(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }
}
