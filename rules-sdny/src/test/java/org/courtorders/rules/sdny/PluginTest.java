package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.core.JudgeTitle;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.spi.ComplianceRequest;
import org.courtorders.parser.spi.CourtPhrase;
import org.courtorders.parser.spi.CourtRules;
import org.junit.jupiter.api.Test;

/** SdnyRules as a plug-in: registration, discovery, module descriptor, phrases, bounded work. */
class PluginTest {

  @Test
  void moduleExportsOnlyTheApiAndProvidesTheRules() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertEquals("org.courtorders.rules.sdny", d.name());
      assertEquals(
          Set.of("org.courtorders.rules.sdny"),
          d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
      ModuleDescriptor.Provides p = d.provides().iterator().next();
      assertEquals(CourtRules.class.getName(), p.service());
      assertEquals(List.of(SdnyRules.class.getName()), p.providers());
    }
    String services =
        Resources.read("META-INF/services/org.courtorders.parser.spi.CourtRules").strip();
    assertEquals(SdnyRules.class.getName(), services);
  }

  @Test
  void discoveredAndExplicitRegistrationBothWork() {
    List<CourtRules> found = CourtOrderParser.builder().discoverRules().build().rules();
    assertTrue(found.stream().anyMatch(r -> r instanceof SdnyRules));
    SdnyRules mine = new SdnyRules();
    List<CourtRules> both =
        CourtOrderParser.builder().addRules(mine).discoverRules().build().rules();
    assertSame(
        mine, both.stream().filter(r -> r.courtId().equals("nysd")).findFirst().orElseThrow());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CourtOrderParser.builder()
                .addRules(SdnyRules.create())
                .addRules(new SdnyRules())
                .build());
    assertSame(SdnyRules.create(), SdnyRules.provider());
  }

  @Test
  void pipelineFillsAssignedAndReferredJudgesFromTheRoster() {
    String text = Resources.read("corpus/003_1815541e702f4645.txt");
    CourtOrder order = CourtOrderParser.builder().addRules(SdnyRules.create()).build().parse(text);
    Judge referred =
        order.judges().stream()
            .filter(j -> j.role() == JudgeRole.REFERRED)
            .findFirst()
            .orElseThrow();
    assertEquals("Barbara Moses", referred.name().orElseThrow());
    assertEquals(JudgeTitle.MAGISTRATE_JUDGE, referred.title().orElseThrow());
    Judge assigned =
        order.judges().stream()
            .filter(j -> j.role() == JudgeRole.ASSIGNED)
            .findFirst()
            .orElseThrow();
    assertEquals("Jesse M. Furman", assigned.name().orElseThrow());
    assertEquals(JudgeTitle.DISTRICT_JUDGE, assigned.title().orElseThrow());
  }

  @Test
  void unknownInitialsAreReported() {
    String text =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nACME CORP.,\nPlaintiff,\n-against-\n"
            + "BETA LLC,\nDefendant.\n\n23-cv-1234 (QQZ)\n\nORDER\n\nSO ORDERED.\n";
    CourtOrder order = CourtOrderParser.builder().addRules(SdnyRules.create()).build().parse(text);
    assertTrue(
        order.diagnostics().stream()
            .anyMatch(d -> d.code().name().equals("UNKNOWN_JUDGE_INITIALS")),
        order.diagnostics().toString());
  }

  @Test
  void everyPhraseExampleMatchesItsOwnPattern() {
    List<CourtPhrase> phrases = SdnyRules.create().phrases();
    assertTrue(phrases.size() >= 4);
    for (CourtPhrase p : phrases) {
      p.examples().forEach(ex -> assertTrue(p.pattern().matcher(ex).find(), p.id() + ": " + ex));
    }
  }

  @Test
  void pathologicalLettersAreChecked() {
    String unit =
        "Dear Judge Gorenstein: On June 29, 2023, counsel met and conferred by telephone. ";
    String text =
        unit.repeat(20_000)
            + "refused to produce documents on August 16, 2023 ".repeat(5_000)
            + "a".repeat(200_000)
            + " Esq ".repeat(20_000);
    SdnyRules nysd = SdnyRules.create();
    CourtOrder order = CourtOrderParser.builder().addRules(nysd).build().parse(text);
    assertTrue(nysd.checkCompliance(order, text, ComplianceRequest.none()).findings().size() >= 0);
    assertTrue(nysd.settlementChecklist(order, text).items().size() >= 0);
  }
}
