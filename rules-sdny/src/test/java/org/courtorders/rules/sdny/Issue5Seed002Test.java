package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courtorders.parser.spi.ComplianceReport;
import org.courtorders.parser.spi.Finding;
import org.courtorders.parser.spi.FindingStatus;
import org.junit.jupiter.api.Test;

/**
 * GitHub issue 5, "done when": the seed letter Judge Gorenstein denied for want of the conferral
 * his Individual Practices ¶ 2.A require is NOT_MET; with a proper conferral paragraph it is MET.
 */
class Issue5Seed002Test {

  @Test
  void seedLetterIsNotMetBecauseItsOnlyCallPredatesTheDispute() {
    String text = Resources.read("corpus/002_331244f5dc1e8a30.txt");
    ComplianceReport r = LetterFixturesTest.check(text, "002", "GWG", "-");
    Finding f = r.finding("nysd.discovery.conferral").orElseThrow();
    assertEquals(FindingStatus.NOT_MET, f.status(), f.reason());
    assertTrue(f.reason().contains("June 29, 2023"), f.reason());
    assertTrue(f.reason().contains("August 16, 2023"), f.reason());
    assertTrue(f.citation().contains("2.A"), f.citation());
    // The evidence quotes the June 29 call and the August 16 refusal.
    String quoted = f.evidence().stream().map(s -> s.slice(text)).reduce("", String::concat);
    assertTrue(quoted.contains("by telephone"), quoted);
    assertTrue(quoted.contains("would not be producing"), quoted);
  }

  @Test
  void judgeIsFoundFromTheAddresseeWithoutOverride() {
    String text = Resources.read("corpus/002_331244f5dc1e8a30.txt");
    ComplianceReport r = LetterFixturesTest.check(text, "002", "-", "-");
    assertEquals("GWG", r.judgeInitials().orElseThrow());
    assertEquals(
        FindingStatus.NOT_MET, r.finding("nysd.discovery.conferral").orElseThrow().status());
  }

  @Test
  void sameLetterWithAProperConferralIsMet() {
    String text = Resources.read("letters/seed002-proper-conferral.txt");
    ComplianceReport r = LetterFixturesTest.check(text, "002-fixed", "GWG", "-");
    assertEquals(
        FindingStatus.MET,
        r.finding("nysd.discovery.conferral").orElseThrow().status(),
        r.finding("nysd.discovery.conferral").orElseThrow().reason());
    assertEquals(FindingStatus.MET, r.status().orElseThrow(), r.toString());
  }
}
