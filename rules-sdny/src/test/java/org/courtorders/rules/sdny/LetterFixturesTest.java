package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.spi.ComplianceReport;
import org.courtorders.parser.spi.ComplianceRequest;
import org.courtorders.parser.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter fixture under {@code letters/} against its expected findings in {@code
 * letters/expected.tsv} (GitHub issue 5).
 */
class LetterFixturesTest {
  static final SdnyRules NYSD = SdnyRules.create();
  static final CourtOrderParser PARSER = CourtOrderParser.builder().addRules(NYSD).build();

  static Stream<Arguments> fixtures() {
    List<Arguments> out = new ArrayList<>();
    for (String line : Resources.read("letters/expected.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4]));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} judge={1} prior={2}")
  @MethodSource("fixtures")
  void letterMeetsExpectations(
      String file, String judge, String prior, String kind, String expected) {
    String text = Resources.read("letters/" + file);
    ComplianceReport report = check(text, file, judge, prior);
    assertEquals(kind, report.filingKind(), file + ": " + report);
    for (String e : expected.split(";")) {
      String[] kv = e.split("=");
      Optional<Finding> f = report.finding(kv[0]);
      if (kv[1].equals("ABSENT")) {
        assertTrue(f.isEmpty(), file + ": expected no " + kv[0] + " but got " + f);
      } else {
        assertTrue(f.isPresent(), file + ": no finding " + kv[0] + " in " + report);
        assertEquals(kv[1], f.get().status().name(), file + ": " + f.get());
      }
    }
    for (Finding f : report.findings()) {
      for (TextSpan s : f.evidence()) {
        assertTrue(0 <= s.start() && s.end() <= text.length(), file + ": span outside input " + s);
      }
      assertTrue(!f.reason().isBlank() && !f.citation().isBlank(), f.toString());
    }
  }

  static ComplianceReport check(String text, String name, String judge, String prior) {
    CourtOrder order = PARSER.parse(text, name);
    ComplianceRequest req = ComplianceRequest.none();
    if (!judge.equals("-")) {
      req = req.withJudge(judge);
    }
    if (!prior.equals("-")) {
      req = req.withPriorOrder(Resources.read("letters/" + prior));
    }
    return NYSD.checkCompliance(order, text, req);
  }
}
