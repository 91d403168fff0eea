package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtorders.core.JudgeTitle;
import org.courtorders.parser.spi.JudgeProfile;
import org.courtorders.rules.sdny.internal.JudgeRoster;
import org.junit.jupiter.api.Test;

/** The judge roster data and its OCR matcher (GitHub issue 5). */
class RosterTest {
  static final JudgeRoster ROSTER = JudgeRoster.load();

  @Test
  void headerSaysWhatTheFileHoldsAndOmits() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(
                RosterTest.class.getResourceAsStream("/org/courtorders/rules/sdny/judges.json"));
    for (String f : List.of("what", "omits", "version", "verifiedMeans")) {
      assertFalse(root.get("header").path(f).asText().isBlank(), f);
    }
  }

  @Test
  void everyRowCarriesASourceOrItsMark() {
    for (JudgeProfile j : ROSTER.judges()) {
      assertFalse(j.source().isBlank(), j.initials());
      boolean markedVerified = j.source().startsWith("[initials VERIFIED");
      assertEquals(
          markedVerified,
          j.verified(),
          j.initials() + ": verified flag must agree with the source mark");
      if (!j.verified()) {
        assertTrue(
            j.source().contains("UNVERIFIED")
                || j.source().contains("UNSOURCED")
                || j.source().contains("SEEN"),
            j.initials() + " is unverified but carries no mark: " + j.source());
      }
      assertTrue(
          j.title() == JudgeTitle.DISTRICT_JUDGE || j.title() == JudgeTitle.MAGISTRATE_JUDGE,
          j.initials());
    }
  }

  @Test
  void importKeepsEveryReferenceRowAndItsUnverifiedMarks() {
    String csv = Resources.read("reference/sdny-judges.csv");
    Map<String, String> marks = new HashMap<>();
    for (String line : csv.split("\n")) {
      if (line.startsWith("initials,") || line.isBlank()) {
        continue;
      }
      String initials = line.substring(0, line.indexOf(','));
      marks.put(
          initials,
          line.contains("UNSOURCED")
              ? "UNSOURCED"
              : line.contains("initials UNVERIFIED") ? "UNVERIFIED" : "");
    }
    assertEquals(78, marks.size());
    // Rows this module verified from a cited source; every other mark must survive the import.
    List<String> upgraded =
        List.of("NRB", "KNF", "LGS", "RA", "JMF", "LTS", "OTW", "JW", "JCM", "PED", "SLC");
    marks.forEach(
        (initials, mark) -> {
          JudgeProfile j =
              ROSTER
                  .byInitials(initials)
                  .orElseThrow(() -> new AssertionError("missing " + initials));
          if (!mark.isEmpty() && !upgraded.contains(initials)) {
            assertTrue(j.source().contains(mark), initials + " lost its " + mark + " mark");
            assertFalse(j.verified(), initials);
          }
        });
  }

  @Test
  void readsOcrDamagedSignatures() {
    assertEquals(
        "Gabriel W. Gorenstein",
        ROSTER.resolve("CABRIEL W. CORENSTEIN").orElseThrow().judge().name());
    assertEquals("Sarah L. Cave", ROSTER.resolve("sARan LCAyE").orElseThrow().judge().name());
    assertEquals("Barbara Moses", ROSTER.resolve("BARBARA MOSES").orElseThrow().judge().name());
    assertTrue(ROSTER.resolve("BARBARA MOSES").orElseThrow().exact());
    assertEquals(
        "Mary Kay Vyskocil", ROSTER.resolve("MARY KAY VYSKOCIL").orElseThrow().judge().name());
    assertEquals("Kevin Nathaniel Fox", ROSTER.resolve("Kevin Fox").orElseThrow().judge().name());
  }

  @Test
  void refusesWhenTwoRosterJudgesAreWithinTheBound() {
    JudgeRoster twins =
        new JudgeRoster(
            List.of(
                new JudgeProfile(
                    "JAS", "John A. Smith", JudgeTitle.DISTRICT_JUDGE, "test", "test", true),
                new JudgeProfile(
                    "JAY", "John A. Smyth", JudgeTitle.DISTRICT_JUDGE, "test", "test", true)));
    assertEquals(Optional.empty(), twins.resolve("JOHN A. SMLTH"), "equally close to two judges");
    assertEquals(
        "John A. Smith",
        twins.resolve("John A. Smith").orElseThrow().judge().name(),
        "exact still wins");
  }

  @Test
  void neverLandsOnADifferentRealJudge() {
    // Damage every roster name by one or two letters: it must resolve to itself or to nothing.
    for (JudgeProfile j : ROSTER.judges()) {
      String name = j.name();
      for (int i = 0; i < name.length(); i++) {
        if (!Character.isLetter(name.charAt(i))) {
          continue;
        }
        String once = name.substring(0, i) + 'x' + name.substring(i + 1);
        ROSTER.resolve(once).ifPresent(m -> assertEquals(j.initials(), m.judge().initials(), once));
        int k = (i + 3) % name.length();
        if (Character.isLetter(name.charAt(k))) {
          StringBuilder twice = new StringBuilder(once);
          twice.setCharAt(k, 'q');
          ROSTER
              .resolve(twice.toString())
              .ifPresent(m -> assertEquals(j.initials(), m.judge().initials(), twice.toString()));
        }
      }
    }
  }

  @Test
  void everyRosterNameResolvesExactlyToItself() {
    for (JudgeProfile j : ROSTER.judges()) {
      JudgeRoster.Match m =
          ROSTER.resolve(j.name()).orElseThrow(() -> new AssertionError(j.name()));
      assertEquals(j.initials(), m.judge().initials());
      assertTrue(m.exact());
    }
  }

  @Test
  void unrelatedNamesDoNotResolve() {
    assertEquals(Optional.empty(), ROSTER.resolve("Respectfully submitted"));
    assertEquals(Optional.empty(), ROSTER.resolve("Dana R. Whitfield"));
    assertEquals(Optional.empty(), ROSTER.resolve("Sylvia O. Hinds-Radix"));
  }
}
