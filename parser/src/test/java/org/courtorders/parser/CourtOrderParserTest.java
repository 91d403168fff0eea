package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.JudgeTitle;
import org.courtorders.parser.spi.CourtRules;
import org.courtorders.parser.spi.JudgeProfile;
import org.junit.jupiter.api.Test;

/** The facade: misuse fails fast, content never throws, rules register deterministically. */
class CourtOrderParserTest {

  /** A test-only court, so these tests do not move when real court data does. */
  static final class FixtureRules implements CourtRules {
    private final String id;

    FixtureRules(String id) {
      this.id = id;
    }

    @Override
    public String courtId() {
      return id;
    }

    @Override
    public List<JudgeProfile> judges() {
      return List.of(
          new JudgeProfile(
              "ABC", "Alice B. Carter", JudgeTitle.DISTRICT_JUDGE, "active", "test fixture", true),
          new JudgeProfile(
              "XYZ", "Xavier Y. Zed", JudgeTitle.MAGISTRATE_JUDGE, "active", "test fixture", true));
    }
  }

  @Test
  void nullArgumentsFailFast() {
    CourtOrderParser parser = CourtOrderParser.builder().build();
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> parser.parse((String) null));
    assertEquals("text", e.getMessage());
    assertThrows(NullPointerException.class, () -> CourtOrderParser.builder().addRules(null));
  }

  @Test
  void badConfigurationFailsAtBuild() {
    assertThrows(
        IllegalArgumentException.class, () -> CourtOrderParser.builder().maxInputChars(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CourtOrderParser.builder().maxDiagnostics(-1).build());
    IllegalArgumentException dup =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CourtOrderParser.builder()
                    .addRules(new FixtureRules("nysd"))
                    .addRules(new FixtureRules("nysd"))
                    .build());
    assertTrue(dup.getMessage().contains("nysd"), dup.getMessage());
  }

  @Test
  void rulesAreOrderedByCourtId() {
    CourtOrderParser parser =
        CourtOrderParser.builder()
            .addRules(new FixtureRules("nysd"))
            .addRules(new FixtureRules("cand"))
            .build();
    assertEquals(
        List.of("cand", "nysd"), parser.rules().stream().map(CourtRules::courtId).toList());
  }

  @Test
  void theCourtsRosterNamesAssignedJudges() {
    CourtOrderParser parser = CourtOrderParser.builder().addRules(new FixtureRules("nysd")).build();
    CourtOrder order =
        parser.parse(
            "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n21-cv-100 (ABC) (XYZ)\n\nORDER\n");
    assertEquals(
        List.of("Alice B. Carter", "Xavier Y. Zed"),
        order.judges().stream().flatMap(j -> j.name().stream()).toList());
  }

  @Test
  void emptyAndHugeInputsParse() {
    CourtOrderParser parser = CourtOrderParser.builder().maxInputChars(1000).build();
    assertEquals(0, parser.parse("").source().length());
    CourtOrder big = parser.parse("x".repeat(5000));
    assertTrue(
        big.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.INPUT_TRUNCATED));
  }

  @Test
  void readerAndStringAgree() throws Exception {
    CourtOrderParser parser = CourtOrderParser.builder().build();
    String text = "ORDER\n\nSO ORDERED.\n\nDated: July 1, 2024\n";
    assertEquals(parser.parse(text), parser.parse(new StringReader(text)));
  }
}
