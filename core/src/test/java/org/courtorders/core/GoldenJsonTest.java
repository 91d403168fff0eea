package org.courtorders.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.courtorders.core.json.CourtOrderJson;
import org.junit.jupiter.api.Test;

/**
 * Pins the contract's formats: ISO dates, HH:mm times, absent values as null or [], never a missing
 * key, and a fixed property order.
 */
class GoldenJsonTest {

  static CourtOrder sample() {
    TextSpan span = TextSpan.of(10, 20);
    Deadline deadline =
        new Deadline.Builder()
            .kind(DeadlineKind.DATE)
            .date(LocalDate.of(2021, 2, 19))
            .time(LocalTime.of(14, 0))
            .text("Friday, February 19, 2021 at 2:00 p.m.")
            .span(span)
            .build();
    return new CourtOrder.Builder()
        .source(new Source.Builder().name("order.txt").sha256("00").length(3331).build())
        .court(
            new Court.Builder()
                .id("nysd")
                .name("United States District Court for the Southern District of New York")
                .build())
        .documentType(DocumentType.ORDER)
        .caption(
            new Caption.Builder()
                .title("ORDER")
                .addCaseNumber(
                    new CaseNumber.Builder()
                        .text("20-CV-8607 (JMF) (BCM)")
                        .year(2020)
                        .type("cv")
                        .number(8607)
                        .addJudgeInitial("JMF")
                        .addJudgeInitial("BCM")
                        .span(span)
                        .build())
                .addPlaintiff(new Party.Builder().name("RAFAEL GUERRERO MARIN").span(span).build())
                .span(TextSpan.of(0, 100))
                .build())
        .addJudge(
            new Judge.Builder()
                .name("Barbara Moses")
                .title(JudgeTitle.MAGISTRATE_JUDGE)
                .role(JudgeRole.AUTHOR)
                .span(span)
                .build())
        .signedDate(LocalDate.of(2021, 2, 18))
        .addDirective(
            new Directive.Builder()
                .actor(Actor.DEFENDANTS)
                .modality(Modality.SHALL)
                .action("submit")
                .text("defendants shall submit")
                .deadline(deadline)
                .span(span)
                .build())
        .addSanction(
            new Sanction.Builder()
                .kind(SanctionKind.IMPOSED)
                .addMeasure(SanctionMeasure.MONETARY)
                .amount(new BigDecimal("1500.00"))
                .text("shall pay $1,500")
                .span(span)
                .build())
        .addCitation(
            new DocketCitation.Builder()
                .entry(564)
                .attachment(1)
                .pinCite("13")
                .text("Dkt. No. 564-1 at 13")
                .span(span)
                .build())
        .build();
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    String actual = CourtOrderJson.prettyWriter().writeValueAsString(sample());
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/golden/order.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (Boolean.getBoolean("golden.update")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/golden/order.json"), actual + "\n");
      return;
    }
    // Text equality pins the property order too, not just the values.
    assertEquals(expected.strip(), actual.strip());
  }

  @Test
  void absentValuesAreNullOrEmptyNeverMissing() throws Exception {
    JsonNode root =
        CourtOrderJson.mapper().readTree(CourtOrderJson.writer().writeValueAsString(sample()));
    for (String key :
        new String[] {
          "schemaVersion",
          "source",
          "court",
          "documentType",
          "caption",
          "judges",
          "signedDate",
          "filedDate",
          "directives",
          "proceedings",
          "rulings",
          "sanctions",
          "citations",
          "diagnostics"
        }) {
      assertEquals(true, root.has(key), key);
    }
    assertEquals(true, root.get("filedDate").isNull());
    assertEquals(true, root.get("rulings").isArray());
    assertEquals("2021-02-19", root.at("/directives/0/deadline/date").asText());
    assertEquals("14:00", root.at("/directives/0/deadline/time").asText());
    assertEquals("DOCKET", root.at("/citations/0/kind").asText());
  }

  @Test
  void checksGuardConsistency() {
    assertThrows(IllegalStateException.class, () -> TextSpan.of(-1, 2));
    assertThrows(IllegalStateException.class, () -> TextSpan.of(5, 2));
    assertThrows(
        IllegalStateException.class,
        () ->
            new Deadline.Builder()
                .kind(DeadlineKind.DATE)
                .text("x")
                .span(TextSpan.of(0, 1))
                .build());
    assertThrows(
        IllegalStateException.class,
        () ->
            new Deadline.Builder()
                .kind(DeadlineKind.RELATIVE)
                .text("x")
                .span(TextSpan.of(0, 1))
                .build());
    assertThrows(
        IllegalStateException.class,
        () -> new DocketCitation.Builder().entry(-1).text("x").span(TextSpan.of(0, 1)).build());
  }

  @Test
  void strictnessIsOptIn() {
    CourtOrder withError =
        new CourtOrder.Builder()
            .from(sample())
            .addDiagnostic(
                Diagnostic.of(
                    DiagnosticCode.UNRECOGNIZED, Severity.ERROR, "boom", TextSpan.of(0, 0)))
            .build();
    OrderParseException e = assertThrows(OrderParseException.class, withError::throwIfErrors);
    assertEquals(1, e.diagnostics().size());
    assertEquals(sample(), sample().throwIfErrors());
  }
}
