package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courtorders.core.data.DataFile;
import org.junit.jupiter.api.Test;

/**
 * Walks every data file of the S.D.N.Y. plug-in: each in the one format ({@link DataFile}), every
 * entry's examples proved (a phrase's pattern finds each; a holiday or closure falls on each). A
 * new data file needs a checker here.
 */
class DataFilesTest {
  private static final SdnyRules NYSD = SdnyRules.create();
  private static final Path RESOURCES = Path.of("src/main/resources/org/courtorders/rules/sdny");

  @Test
  void everyDataFileIsInTheFormatAndEveryEntryProvesItsExamples() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(RESOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      DataFile data = DataFile.parse(name, Files.readAllBytes(f));
      for (DataFile.Entry e : data.entries()) {
        for (String example : e.examples()) {
          boolean ok =
              switch (name) {
                case "phrases.json" ->
                    Pattern.compile(
                            e.text("regex"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(example)
                        .find();
                // A state holiday's examples are days it falls on; a closure's are days the clerk's
                // office was closed.
                case "calendar.json" ->
                    (e.text("kind").equals("STATE") ? NYSD.stateHolidays() : NYSD.courtClosures())
                        .isHoliday(LocalDate.parse(example));
                default ->
                    throw new AssertionError("no checker for data file " + name + "; add one here");
              };
          if (!ok) {
            failures.add(e.where() + ": example not proved: " + example);
          }
        }
        if ((name.equals("phrases.json") || name.equals("calendar.json"))
            && e.examples().isEmpty()) {
          failures.add(e.where() + ": no examples");
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
