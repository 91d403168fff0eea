package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.RelativePeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once crashed a reader (found by mutation fuzzing, issue 9) now parse with their
 * findings and no {@code INTERNAL_ERROR}; {@code parse(Path)} decodes as the command line does.
 */
class ReaderFailureTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  /**
   * A trigger with a word longer than any keyword, or a year after "this", once threw in the period
   * reader.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ORDERED that Plaintiff shall file a reply within 30 days of the administrative record being filed.",
        "Defendant shall respond within 14 days of this 2024 Order.",
        "The Commissioner shall answer within 60 days of SERVICE of the complaint.",
        "Plaintiff shall move within 21 days of the Court's memorandum.\n\nDated: May 1, 2024"
      })
  void periodsWithLongWordsOrNumbersInTheirTrigger(String text) {
    CourtOrder order = PARSER.parse(text);
    Soundness.assertSound(order, text);
    Optional<RelativePeriod> p =
        order.directives().stream()
            .map(Directive::deadline)
            .flatMap(Optional::stream)
            .map(Deadline::period)
            .flatMap(Optional::stream)
            .findFirst();
    assertTrue(p.isPresent(), () -> "a period in " + order.directives());
  }

  /**
   * A list whose second item is no entry ("7-216" spans more than a docket range may) once lost
   * every citation.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "See ECF Nos. 3, 7-216.",
        "See Dkt. Nos. 3, 7-216; see also Dkt. No. 9.",
        "(ECF Nos. 3, 7-216, 12.)"
      })
  void docketListWithAnOverlongRange(String text) {
    CourtOrder order = PARSER.parse(text);
    Soundness.assertSound(order, text);
    List<String> entries =
        order.citations().stream()
            .filter(DocketCitation.class::isInstance)
            .map(c -> ((DocketCitation) c).entry())
            .map(String::valueOf)
            .toList();
    assertTrue(entries.contains("3"), () -> "entry 3 in " + entries);
  }

  @Test
  void pathWithByteOrderMarkReadsAsUtf8(@TempDir Path dir) throws IOException {
    String text = "ORDER\n\nPlaintiff shall file a letter by July 20, 2024 \u2014 SO ORDERED.\n";
    Path f = dir.resolve("bom.txt");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(f, bytes);
    CourtOrder order = PARSER.parse(f);
    assertEquals(text.length(), order.source().length());
    assertEquals(PARSER.parse(text, "bom.txt").source().sha256(), order.source().sha256());
    assertTrue(
        order.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.INVALID_ENCODING));
  }

  @Test
  void pathNotUtf8ReadsAsWindows1252WithADiagnostic(@TempDir Path dir) throws IOException {
    String text = "The parties\u2019 letter is due by July 20, 2024 \u2014 SO ORDERED.\n";
    Path f = dir.resolve("cp1252.txt");
    Files.write(f, text.getBytes(Charset.forName("windows-1252")));
    CourtOrder order = PARSER.parse(f);
    assertEquals(text.length(), order.source().length());
    assertEquals("cp1252.txt", order.source().name().orElseThrow());
    assertTrue(
        order.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.INVALID_ENCODING));
  }
}
