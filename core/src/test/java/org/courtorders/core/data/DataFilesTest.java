package org.courtorders.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.time.FederalHolidays;
import org.junit.jupiter.api.Test;

/**
 * Walks every data file of the core module: each in the one format ({@link DataFile}), every entry
 * with examples that prove it (a holiday rule or a declared day falls on each example). A new data
 * file needs a checker here.
 */
class DataFilesTest {
  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void everyDataFileIsInTheFormatAndEveryEntryProvesItsExamples() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      // The JSON Schema of the records is no court data: JsonSchemaTest checks it.
      files =
          s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
              .sorted()
              .toList();
    }
    assertFalse(files.isEmpty(), "run from the core module");
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      DataFile data = DataFile.parse(name, Files.readAllBytes(f));
      for (DataFile.Entry e : data.entries()) {
        if (e.examples().isEmpty()) {
          failures.add(e.where() + ": no examples");
        }
        for (String example : e.examples()) {
          boolean ok =
              switch (name) {
                case "federal-holidays.json" -> {
                  LocalDate d = LocalDate.parse(example);
                  yield FederalHolidays.calendar().holidaysIn(d.getYear()).stream()
                      .anyMatch(h -> h.date().equals(d) && h.name().equals(e.text("name")));
                }
                default ->
                    throw new AssertionError("no checker for data file " + name + "; add one here");
              };
          if (!ok) {
            failures.add(e.where() + ": example not proved: " + example);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
