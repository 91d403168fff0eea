package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.spi.JudgeProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every set of judge initials in the S.D.N.Y. case numbers of the corpus (seeds and dev) resolves
 * to the judge the documents name, or is reported unknown; never to a different judge. The same for
 * the signing judge after the roster's OCR pass. Runs on copies under {@code corpus/}.
 */
class CorpusInitialsTest {
  static final SdnyRules NYSD = SdnyRules.create();
  static final CourtOrderParser PARSER = CourtOrderParser.builder().addRules(NYSD).build();
  static final Map<String, String> EXPECTED = expected();

  static Stream<String> documents() {
    String sources = Resources.read("corpus/SOURCES.md");
    Set<String> names = new LinkedHashSet<>();
    for (String line : sources.split("\n")) {
      int a = line.indexOf('`');
      int b = a < 0 ? -1 : line.indexOf(".txt`", a);
      if (b > a) {
        names.add(line.substring(a + 1, b));
      }
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void initialsResolveOrAreReportedUnknown(String name) throws IOException {
    String text = Resources.read("corpus/" + name + ".txt");
    JsonNode gold = new ObjectMapper().readTree(Resources.read("corpus/" + name + ".gold.json"));
    CourtOrder order =
        NYSD.enrich(PARSER.parse(text, name), text); // also when the text names no court
    List<String> seen = new ArrayList<>();
    for (Judge j : order.judges()) {
      if (j.role() != JudgeRole.ASSIGNED && j.role() != JudgeRole.REFERRED) {
        continue;
      }
      String initials = j.initials().orElseThrow();
      seen.add(initials);
      boolean reported =
          order.diagnostics().stream()
              .anyMatch(
                  d ->
                      d.code() == DiagnosticCode.UNKNOWN_JUDGE_INITIALS
                          && d.span().equals(j.span()));
      if (j.name().isPresent() && !reported) {
        assertTrue(EXPECTED.containsKey(initials), name + ": no expectation for " + initials);
        assertTrue(
            j.name().get().contains(EXPECTED.get(initials)),
            name + ": " + initials + " -> " + j.name().get());
        JudgeProfile p =
            NYSD.judges().stream()
                .filter(r -> r.initials().equals(initials))
                .findFirst()
                .orElseThrow();
        assertEquals(
            p.title(),
            j.title().orElseThrow(),
            name + ": title of " + initials + " comes from the roster");
      } else {
        assertTrue(reported, name + ": " + initials + " neither resolved nor reported");
      }
    }
    // Gold initials the parser missed (e.g. a case number in an OCR-interleaved line) still resolve
    // right.
    for (JsonNode g : gold.path("judgeInitials")) {
      String initials = g.asText();
      NYSD.judges().stream()
          .filter(r -> r.initials().equals(initials))
          .findFirst()
          .ifPresent(
              p ->
                  assertTrue(
                      p.name().contains(EXPECTED.get(initials)), initials + " -> " + p.name()));
    }
    // The signing judge, after the roster's OCR pass, is the one the gold file names.
    JsonNode author = gold.path("author");
    order
        .author()
        .flatMap(Judge::name)
        .ifPresent(
            n -> {
              // Only names the roster produced or confirmed are this module's doing; the generic
              // parser's
              // misreads (a heading taken for a signature) are its own known failures.
              boolean fromRoster = NYSD.judges().stream().anyMatch(p -> p.name().equals(n));
              if (!author.isMissingNode() && fromRoster) {
                assertTrue(n.contains(author.get("lastName").asText()), name + ": author " + n);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("documents")
  void ocrCorrectionsAreReported(String name) {
    String text = Resources.read("corpus/" + name + ".txt");
    CourtOrder order = NYSD.enrich(PARSER.parse(text, name), text);
    order
        .author()
        .ifPresent(
            a -> {
              String slice = a.span().slice(text);
              boolean corrected =
                  order.diagnostics().stream()
                      .anyMatch(d -> d.code() == DiagnosticCode.OCR_CORRECTED);
              if (!slice
                      .replaceAll("[^A-Za-z]", "")
                      .equalsIgnoreCase(a.name().orElse("").replaceAll("[^A-Za-z]", ""))
                  && slice.length() > 3
                  && !a.name().orElse("").isEmpty()
                  && !slice.equals(a.name().get())) {
                // A name that differs from its own span was either cased or corrected; letters
                // differing means corrected.
                assertTrue(
                    corrected || lettersMatchLoosely(slice, a.name().get()),
                    name + ": " + slice + " -> " + a.name());
              }
            });
  }

  @org.junit.jupiter.api.Test
  void phillipsOcrSignatureIsReadAsSarahLCave() {
    String name = "sdny_phillips_v_city_of_new_york_memo_endorsed_TRUNCATED_2023-01-24";
    String text = Resources.read("corpus/" + name + ".txt");
    CourtOrder order = NYSD.enrich(PARSER.parse(text, name), text);
    Judge author = order.author().orElseThrow();
    assertEquals("Sarah L. Cave", author.name().orElseThrow());
    assertEquals("sARan LCAyE", author.span().slice(text));
    assertTrue(
        order.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.OCR_CORRECTED));
  }

  private static boolean lettersMatchLoosely(String a, String b) {
    String x = a.replaceAll("[^A-Za-z]", "").toLowerCase();
    String y = b.replaceAll("[^A-Za-z]", "").toLowerCase();
    return x.contains(y) || y.contains(x);
  }

  private static Map<String, String> expected() {
    Map<String, String> m = new HashMap<>();
    for (String line : Resources.read("corpus/initials-expected.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        m.put(f[0], f[1]);
      }
    }
    return m;
  }
}
