package org.courtorders.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link FoldedKeys} answers exactly as {@code map.get(text.substring(s, e).toLowerCase(ROOT))}
 * does, for ASCII and for any other text.
 */
class FoldedKeysTest {
  private static final List<String> KEYS =
      List.of("grant", "grants", "we", "i", "court", "hereby", "don't", "i\u0307", "straße");
  private static final Map<String, Integer> MAP = new HashMap<>();

  static {
    for (int i = 0; i < KEYS.size(); i++) {
      MAP.put(KEYS.get(i), i);
    }
  }

  private static final FoldedKeys<Integer> FOLDED = FoldedKeys.of(MAP);

  @Test
  void findsKeysInAnyCaseInPlace() {
    String t = "The COURT hereby GRANTS it; We Grant.";
    assertEquals(4, FOLDED.get(t, 4, 9));
    assertEquals(1, FOLDED.get(t, 17, 23));
    assertEquals(2, FOLDED.get(t, 28, 30));
    assertNull(FOLDED.get(t, 0, 3));
    assertNull(FOLDED.get(t, 4, 8)); // "COUR"
    assertNull(FOLDED.get(t, 5, 5));
  }

  @Test
  void nonAsciiIsLowerCasedAsStringsAre() {
    assertEquals(7, FOLDED.get("\u0130", 0, 1)); // dotted capital I lower-cases to two chars
    assertEquals(8, FOLDED.get("STRAßE", 0, 6));
  }

  @Test
  void keysMustBeLowerCase() {
    assertThrows(IllegalArgumentException.class, () -> FoldedKeys.of(Map.of("Grant", 1)));
  }

  @Property(tries = 2000)
  void sameAsLowerCasingACopy(@ForAll("words") String text) {
    for (int s = 0; s <= text.length(); s++) {
      for (int e = s; e <= Math.min(text.length(), s + 8); e++) {
        assertEquals(
            MAP.get(text.substring(s, e).toLowerCase(Locale.ROOT)),
            FOLDED.get(text, s, e),
            text + " [" + s + ", " + e + ")");
      }
    }
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> known =
        Arbitraries.of(KEYS)
            .map(
                k ->
                    k.chars()
                        .mapToObj(c -> String.valueOf((char) c))
                        .map(c -> Math.random() < 0.5 ? c.toUpperCase(Locale.ROOT) : c)
                        .reduce("", String::concat));
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("aZ '\u0130\u00DF\u0307Ww").ofMaxLength(5);
    return Arbitraries.oneOf(known, noise).list().ofMaxSize(4).map(l -> String.join(" ", l));
  }
}
