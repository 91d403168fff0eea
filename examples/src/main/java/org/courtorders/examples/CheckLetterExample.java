package org.courtorders.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.spi.ComplianceReport;
import org.courtorders.parser.spi.ComplianceRequest;
import org.courtorders.parser.spi.Finding;
import org.courtorders.rules.sdny.SdnyRules;

/**
 * Checks an S.D.N.Y. discovery letter against Local Civil Rule 37.2 and the judge's Individual
 * Practices, and prints each finding with the words of the letter it rests on.
 *
 * <pre>
 * java org.courtorders.examples.CheckLetterExample letter.txt GWG
 * </pre>
 */
public final class CheckLetterExample {
  private CheckLetterExample() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CheckLetterExample LETTER.txt [JUDGE_INITIALS]");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    SdnyRules nysd = SdnyRules.create();
    CourtOrderParser parser = CourtOrderParser.builder().addRules(nysd).build();
    CourtOrder letter = parser.parse(text);
    ComplianceRequest request =
        args.length > 1 ? ComplianceRequest.none().withJudge(args[1]) : ComplianceRequest.none();
    ComplianceReport report = nysd.checkCompliance(letter, text, request);
    System.out.println(
        report.filingKind()
            + " to "
            + report.judgeInitials().orElse("(judge unknown)")
            + ": "
            + report.status().map(Enum::name).orElse("nothing to check"));
    for (Finding f : report.findings()) {
      System.out.println("- " + f.status() + "  " + f.ruleId() + "  [" + f.citation() + "]");
      System.out.println("    " + f.reason());
      f.evidence()
          .forEach(s -> System.out.println("    > " + s.slice(text).replaceAll("\\s+", " ")));
    }
  }
}
