package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The start tables generated at build time ({@link StartsTables}, issue #13) are the ones {@link
 * Starts#derive} reads from the patterns now, for every pattern stored, and every pattern the
 * readers use has one: no table can be stale and none is read at start-up.
 */
class StartsTablesTest {

  private static void assertSameTables(Starts expected, Starts actual, String what) {
    for (int kind = 0; kind < 3; kind++) {
      assertArrayEquals(expected.possible()[kind], actual.possible()[kind], what);
      for (int c = 0; c < 128; c++) {
        assertArrayEquals(expected.second()[kind][c], actual.second()[kind][c], what + " at " + c);
      }
    }
  }

  @Test
  void everyStoredTableIsTheOneReadFromItsPattern() {
    Map<String, Starts> stored = StartsTables.all();
    assertFalse(stored.isEmpty(), "the build generated " + StartsTables.RESOURCE);
    for (Map.Entry<String, Starts> e : stored.entrySet()) {
      String key = e.getKey();
      int colon = key.indexOf(':');
      Pattern p =
          Pattern.compile(key.substring(colon + 1), Integer.parseInt(key.substring(0, colon)));
      assertSameTables(Starts.derive(p), e.getValue(), key);
    }
  }

  @Test
  void everyPatternInUseHasAStoredTable() throws Exception {
    Path classes =
        Path.of(Starts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Pattern> inUse = StartsTables.patternsInUse(classes);
    // the phrase book's (some 200) and the readers' own (some 40)
    assertTrue(inUse.size() > 100, inUse.size() + " patterns");
    for (Map.Entry<String, Pattern> e : inUse.entrySet()) {
      assertNotNull(StartsTables.stored(e.getValue()), e.getKey());
    }
    assertEquals(inUse.keySet(), StartsTables.all().keySet());
  }

  @Test
  void aPatternNotStoredGetsItsTableReadAtRunTime() {
    Pattern p = Pattern.compile("(?i)\\bnot a phrase of the book\\b");
    assertNull(StartsTables.stored(p));
    Starts s = Starts.of(p);
    assertSameTables(Starts.derive(p), s, p.pattern());
    assertTrue(s.allows(1, 'N') && !s.allows(2, 'n') && !s.allows(1, 'x'));
  }

  @Test
  void theSameSourceWithOtherFlagsIsAnotherEntry() {
    Phrase phrase = PhraseBook.standard().all().get(0);
    Pattern p = phrase.pattern();
    assertNotNull(StartsTables.stored(p));
    Pattern other = Pattern.compile(p.pattern(), p.flags() ^ Pattern.CASE_INSENSITIVE);
    assertNull(StartsTables.stored(other));
  }
}
