package org.courtorders.parser.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case-number forms (C18, C32), invented numbers in several layouts: "key | initials". */
class CaseNumberFormsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static String read(String heading, String line) {
    String text =
        (heading.isEmpty() ? "" : heading.replace("|", "\n") + "\n\n")
            + "JANE ROE,\n    Plaintiff,\n\nv.        "
            + line
            + "\n\nACME CORP.,\n    Defendant.\n\nORDER\n\nThe motion is granted.\n";
    CourtOrder o = PARSER.parse(text);
    List<String> keys = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    for (CaseNumber n : o.caption().map(c -> c.caseNumbers()).orElse(List.of())) {
      keys.add(
          n.normalized()
              .orElse(
                  n.year().map(y -> String.format("%02d", y % 100)).orElse("?")
                      + "-"
                      + n.number().map(String::valueOf).orElse("?")));
      initials.addAll(n.judgeInitials());
    }
    return String.join(",", keys) + " | " + String.join(",", initials);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // C.D. Cal. forms: type before the year, initials after a hyphen, a magistrate code with x.
        "UNITED STATES DISTRICT COURT|CENTRAL DISTRICT OF CALIFORNIA; CV 24-01234-ABC; 24-cv-1234 | ABC",
        "UNITED STATES DISTRICT COURT|CENTRAL DISTRICT OF CALIFORNIA; Case No. CV 23-0456-DEF(Ex); 23-cv-456 | DEF,E",
        "UNITED STATES DISTRICT COURT|CENTRAL DISTRICT OF CALIFORNIA; Case No. 2:22-cv-07890-GHI (PLAx); 22-cv-7890 | GHI,PLA",
        // Single-letter judge codes.
        "; No. 2:25-CV-00041-M; 25-cv-41 | M",
        "; Case No. 5:24-cv-00999-K; 24-cv-999 | K",
        "UNITED STATES DISTRICT COURT|WESTERN DISTRICT OF OKLAHOMA; Case No. CIV-24-0999-T; 24-cv-999 | T",
        "; Case No. 1:20-cr-00060-CG-N; 20-cr-60 | CG,N",
        // Lower-case and glued forms; every PACER type in the CM/ECF form.
        "; Case No. 4:23-cv-00111-jed-FHM; 23-cv-111 | jed,FHM",
        "; 3:10CV00172 JMM; 10-cv-172 | JMM",
        "; Case No. 1:21-crcor-00007; 21-crcor-7 | ",
        "; Case No. 2:19-sw-00123-abc; 19-sw-123 | abc",
        "; Case No. 3:08-cv-00123-J-32MCR; 08-cv-123 | MCR",
        // Defendant numbers are not initials.
        "; Case No. 1:17-cr-00350-KBF-27; 17-cr-350 | KBF",
      })
  void readsTheForm(String heading, String line, String expected) {
    assertEquals(expected.strip(), read(heading == null ? "" : heading, line).strip());
  }

  @Test
  void anUntypedNumberIsCivilWithADiagnostic() {
    for (String line :
        List.of("Case No. 11-12780", "Case No.: 12-02259", "Case No. 19-34567-LMN")) {
      CourtOrder o =
          PARSER.parse(
              "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\n\n"
                  + line
                  + "\n\nORDER\n\nThe motion is granted.\n");
      CaseNumber n = o.requireCaption().caseNumbers().get(0);
      assertEquals("cv", n.type().orElse(null), line);
      assertTrue(
          o.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.CASE_TYPE_INFERRED),
          line);
    }
  }

  @Test
  void aBankruptcyCourtsNumberKeepsNoType() {
    CourtOrder o =
        PARSER.parse(
            "UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF TEXAS\n\nIn re: ACME CORP., Debtor.\n"
                + "Case No. 15-32065-bjh11\n\nORDER\n\nThe motion is granted.\n");
    CaseNumber n = o.requireCaption().caseNumbers().get(0);
    assertEquals(List.of("bjh"), n.judgeInitials());
    assertTrue(n.type().isEmpty());
  }

  @Test
  void nonJudgeSuffixesArePerCourt() {
    // E.D. Cal. "SS" is a social-security category code; E.D. La.'s "SS" is a magistrate judge.
    assertEquals(
        "08-cv-4256 | HGB,SS",
        read(
                "UNITED STATES DISTRICT COURT|EASTERN DISTRICT OF LOUISIANA",
                "Case No. 2:08-cv-04256-HGB-SS")
            .strip());
    assertEquals(
        "11-cv-966 | LJO,SKO",
        read(
                "UNITED STATES DISTRICT COURT|EASTERN DISTRICT OF CALIFORNIA",
                "Case No. 1:11-cv-00966-LJO-SKO (SS)")
            .strip());
  }
}
