package org.courtorders.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courtorders check}: one JSON line per input, failures included (GitHub issue 5). */
class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneReportPerInputAndAnErrorRecordForAMissingFile() throws Exception {
    Path letter = dir.resolve("letter.txt");
    Files.writeString(
        letter,
        "VIA ECF\n\nThe Honorable Gabriel W. Gorenstein\nUnited States Magistrate Judge\n"
            + "United States District Court\nSouthern District of New York\n\nDear Judge Gorenstein:\n\n"
            + "We write pursuant to Local Civil Rule 37.2 to request a pre-motion conference about Defendant's refusal "
            + "to produce documents. Counsel exchanged emails on May 2, 2024.\n\nRespectfully submitted,\n\n/s/ A. Lawyer\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    int code =
        Main.run(
            "check",
            "--judge",
            "GWG",
            "-o",
            out.toString(),
            letter.toString(),
            dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.SOME_FAILED, code);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode report = new ObjectMapper().readTree(lines.get(0));
    assertEquals("nysd", report.get("courtId").asText());
    assertEquals("GWG", report.get("judgeInitials").asText());
    assertEquals("NOT_MET", report.get("status").asText());
    JsonNode f = report.get("findings").get(0);
    assertEquals("nysd.discovery.conferral", f.get("ruleId").asText());
    assertTrue(f.get("evidence").isArray());
    assertEquals(
        "UNREADABLE", new ObjectMapper().readTree(lines.get(1)).get("error").get("code").asText());
  }
}
