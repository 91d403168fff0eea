package org.courtorders.parser.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Source;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;

/** Registration, duplicate detection and discovery order of court plug-ins (GitHub issue 5). */
class CourtRulesRegistrationTest {

  @Test
  void explicitRegistrationIsApplied() {
    CourtRules zz = new TestRules.Zz();
    CourtOrderParser parser = CourtOrderParser.builder().addRules(zz).build();
    assertEquals(List.of(zz), parser.rules());
  }

  @Test
  void twoRulesForOneCourtFailBuild() {
    CourtOrderParser.Builder b =
        CourtOrderParser.builder()
            .addRules(new TestRules.Zz())
            .addRules(new TestRules.ZzImpostor());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("zz-test"), e.getMessage());
  }

  @Test
  void sameRulesTwiceFailBuild() {
    CourtOrderParser.Builder b =
        CourtOrderParser.builder().addRules(new TestRules.Zz()).addRules(new TestRules.Zz());
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void discoveryIsOptIn() {
    assertTrue(CourtOrderParser.builder().build().rules().isEmpty());
  }

  @Test
  void discoveredProvidersComeInCourtIdOrder() {
    // The services file lists zz-test before aa-test; the parser orders by court id.
    List<CourtRules> rules = CourtOrderParser.builder().discoverRules().build().rules();
    assertEquals(List.of("aa-test", "zz-test"), rules.stream().map(CourtRules::courtId).toList());
  }

  @Test
  void explicitRegistrationWinsOverDiscovery() {
    CourtRules mine = new TestRules.ZzImpostor();
    List<CourtRules> rules =
        CourtOrderParser.builder().addRules(mine).discoverRules().build().rules();
    assertEquals(2, rules.size());
    assertSame(mine, rules.get(1));
  }

  @Test
  void defaultsAreEmpty() {
    CourtRules aa = new TestRules.Aa();
    assertTrue(aa.judges().isEmpty());
    assertTrue(aa.phrases().isEmpty());
    assertFalse(aa.stateHolidays().isHoliday(LocalDate.of(2024, 2, 12)));
    assertFalse(aa.courtClosures().isHoliday(LocalDate.of(2024, 3, 1)));
    CourtOrder order =
        new CourtOrder.Builder().source(new Source.Builder().sha256("0").length(0).build()).build();
    ComplianceReport r = aa.checkCompliance(order, "", ComplianceRequest.none());
    assertTrue(r.findings().isEmpty());
    assertEquals(Optional.empty(), r.status());
  }

  @Test
  void calendarHooksKeepClosuresApartFromHolidays() {
    CourtRules zz = new TestRules.Zz();
    assertTrue(zz.stateHolidays().isHoliday(LocalDate.of(2024, 2, 12)));
    assertFalse(zz.stateHolidays().isHoliday(LocalDate.of(2024, 3, 1)));
    assertTrue(zz.courtClosures().isHoliday(LocalDate.of(2024, 3, 1)));
  }

  @Test
  void phraseExamplesMatchTheirOwnPattern() {
    for (CourtPhrase p : new TestRules.Zz().phrases()) {
      p.examples().forEach(ex -> assertTrue(p.pattern().matcher(ex).find(), p.id() + ": " + ex));
    }
  }

  @Test
  void phraseWithoutExampleIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new CourtPhrase("x", "x", "x", "x", List.of()));
  }

  @Test
  void reportStatusIsTheWorstFinding() {
    Finding met = new Finding("a", "c", FindingStatus.MET, "ok", List.of());
    Finding unclear = new Finding("b", "c", FindingStatus.UNCLEAR, "?", List.of());
    Finding not = new Finding("c", "c", FindingStatus.NOT_MET, "no", List.of());
    assertEquals(Optional.of(FindingStatus.MET), report(met).status());
    assertEquals(Optional.of(FindingStatus.UNCLEAR), report(met, unclear).status());
    assertEquals(Optional.of(FindingStatus.NOT_MET), report(unclear, not, met).status());
    assertInstanceOf(Finding.class, report(met).finding("a").orElseThrow());
  }

  private static ComplianceReport report(Finding... f) {
    return new ComplianceReport("zz-test", Optional.empty(), Optional.empty(), "OTHER", List.of(f));
  }
}
