package org.courtorders.parser.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The court reader compares names with the text read upper-cased in place (issue 13); these answers
 * equal those of the upper-case copy it used to make (each character upper-cased, line breaks and
 * tabs as spaces).
 */
class CourtUpperTest {
  private static final List<String> KEYS =
      List.of("DISTRICT", "BANKRUPTCY COURT", "SOUTHERN ", "UNITED STATES DISTRICT COURT, N.D.");

  private static String copy(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c == '\n' || c == '\t' ? ' ' : Character.toUpperCase(c));
    }
    return b.toString();
  }

  @Test
  void findsNamesInAnyCaseAcrossLineBreaks() {
    String t = "United States\nDistrict Court\tfor the Southern District";
    assertEquals(14, CourtExtractor.indexOfUpper(t, "DISTRICT", 0, t.length()));
    assertEquals(-1, CourtExtractor.indexOfUpper(t, "DISTRICT", 0, 21));
    assertEquals(true, CourtExtractor.startsWithUpper(t, "UNITED STATES DISTRICT", 0));
    assertEquals(false, CourtExtractor.startsWithUpper(t, "UNITED", -1));
  }

  @Property(tries = 1000)
  void sameAsTheCopy(@ForAll("texts") String text) {
    String upper = copy(text);
    for (int i = 0; i < text.length(); i++) {
      assertEquals(upper.charAt(i), CourtExtractor.upperAt(text, i));
    }
    for (String key : KEYS) {
      assertEquals(upper.indexOf(key), CourtExtractor.indexOfUpper(text, key, 0, text.length()));
      int end = text.length() / 2;
      assertEquals(
          upper.substring(0, end).contains(key),
          CourtExtractor.indexOfUpper(text, key, 0, end) >= 0);
      for (int at = -1; at <= text.length(); at++) {
        assertEquals(upper.startsWith(key, at), CourtExtractor.startsWithUpper(text, key, at));
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> known =
        Arbitraries.of(KEYS).map(k -> Math.random() < 0.5 ? k.toLowerCase(Locale.ROOT) : k);
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("dD\n\t ,.\u00DF\u0131").ofMaxLength(6);
    return Arbitraries.oneOf(known, noise).list().ofMaxSize(6).map(l -> String.join("", l));
  }
}
