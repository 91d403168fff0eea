package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Disposition;
import org.courtorders.core.data.DataFile;
import org.junit.jupiter.api.Test;

/**
 * Walks every data file of the parser (its resources, read from the sources beside the tests): each
 * is in the one format ({@link DataFile}: header with what, source and version; entries with
 * examples), and every entry's own examples prove it, whatever the file: a phrase's pattern finds
 * each example, a district court is recognized from each of its examples, a reporter is read in
 * each example citation. A new data file needs a checker here.
 */
class DataFilesTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  @Test
  void everyDataFileIsInTheFormatAndEveryEntryProvesItsExamples() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "run from the parser module");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path f : files) {
      DataFile data = DataFile.parse(RESOURCES.relativize(f).toString(), Files.readAllBytes(f));
      assertFalse(data.entries().isEmpty(), f + " has no entries");
      for (DataFile.Entry e : data.entries()) {
        if (e.examples().isEmpty()) {
          failures.add(e.where() + ": no examples");
        }
        for (String example : e.examples()) {
          checked++;
          if (!proves(f.getFileName().toString(), e, example)) {
            failures.add(e.where() + ": example not proved: " + example);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(checked > 300, "examples checked: " + checked);
  }

  private static boolean proves(String file, DataFile.Entry e, String example) {
    switch (file) {
      case "phrases.json":
        {
          int flags = e.flag("caseSensitive", false) ? 0 : Pattern.CASE_INSENSITIVE;
          return Pattern.compile(e.text("pattern"), flags).matcher(example).find();
        }
      case "district-courts.json":
        {
          CourtOrder order = PARSER.parse(example + "\n\nORDER\n");
          return order.court().map(c -> c.id().equals(e.text("id"))).orElse(false);
        }
      case "reporters.json":
        return PARSER.parse(example).citations().stream()
            .anyMatch(
                c ->
                    c instanceof CaseCitation k
                        && k.reporter().map(r -> r.equals(e.text("abbreviation"))).orElse(false));
      case "rulings.json":
        {
          // a decision the court states without a disposition word grants the motion a party made
          String motion = e.optionalText("motion").orElse("dismiss");
          CourtOrder order =
              PARSER.parse(
                  "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nJOHN SMITH,\n\n"
                      + "Plaintiff,\n\n-against-\n\nACME CORP.,\n\nDefendant.\n\n24-CV-102 (JD)\n\nORDER\n\n"
                      + "JANE DOE, United States District Judge:\n\nThe Court has reviewed the parties' submissions.\n\n"
                      + "Acme filed a motion to "
                      + motion
                      + ".\n\n"
                      + example
                      + "\n\nSO ORDERED.\n\nDated: New York, New York\n"
                      + "September 3, 2024\n\nJANE DOE\nUnited States District Judge\n");
          return order.rulings().size() == 1
              && order.rulings().get(0).disposition() == Disposition.GRANTED;
        }
      case "date-words.json":
        {
          // the roles each example gives are checked by DateWordsTest; here: it holds one of its
          // phrases
          String words =
              " "
                  + example.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9'-]+", " ")
                  + " ";
          return e.texts("phrases").stream().anyMatch(p -> words.contains(" " + p + " "));
        }
      case "act-nouns.json":
        {
          // the example, as a row of a schedule under a lead-in, gives the entry's verb as action
          CourtOrder order =
              PARSER.parse(
                  "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nJOHN SMITH,\n\n"
                      + "Plaintiff,\n\n-against-\n\nACME CORP.,\n\nDefendant.\n\n24-CV-102 (JD)\n\nORDER\n\n"
                      + "JANE DOE, United States District Judge:\n\nThe Court has reviewed the parties' submissions.\n\n"
                      + "The following schedule shall govern:\n\n"
                      + example
                      + "          October 1, 2024\n\nSO ORDERED.\n\nDated: New York, New York\n"
                      + "September 3, 2024\n\nJANE DOE\nUnited States District Judge\n");
          return order.directives().stream().anyMatch(d -> d.action().equals(e.text("id")));
        }
      default:
        throw new AssertionError("no checker for data file " + file + "; add one here");
    }
  }
}
