package org.courtorders.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15: {@code courtorders csv} and {@code courtorders ics} on the bundled samples, a PDF among
 * them.
 */
class FormatCommandsTest {
  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), err.toString());
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  @Test
  void csvWritesEveryTableForTheSamplesAndAnErrorRowForABadPdf() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("000_12df06f5692ff9e3.txt", "003_1815541e702f4645.txt")) {
      Files.copy(Path.of("../samples").resolve(name), in.resolve(name));
    }
    Files.copy(
        Path.of("../samples/pdf/003_1815541e702f4645.pdf"), in.resolve("003_1815541e702f4645.pdf"));
    Files.writeString(in.resolve("zz-broken.pdf"), "%PDF-1.4\nbroken");
    Path out = dir.resolve("tables");
    Run r = run("csv", "-o", out.toString(), in.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.err());
    List<CSVRecord> orders = read(out.resolve("orders.csv"));
    assertEquals(
        List.of(
            "000_12df06f5692ff9e3.txt",
            "003_1815541e702f4645.pdf",
            "003_1815541e702f4645.txt",
            "zz-broken.pdf"),
        orders.stream().map(o -> o.get("source_name")).toList());
    assertEquals("BROKEN_PDF", orders.get(3).get("error_code"));
    assertEquals("2", orders.get(1).get("page_count"));
    List<CSVRecord> deadlines = read(out.resolve("deadlines.csv"));
    CSVRecord fromPdf =
        deadlines.stream()
            .filter(
                d -> d.get("source_name").endsWith(".pdf") && d.get("date").equals("2021-02-19"))
            .findFirst()
            .orElseThrow();
    assertEquals("14:00", fromPdf.get("time"));
    assertTrue(Integer.parseInt(fromPdf.get("page")) >= 1);
    for (String t :
        List.of("orders", "deadlines", "proceedings", "rulings", "sanctions", "citations")) {
      assertTrue(Files.exists(out.resolve(t + ".csv")), t);
    }
  }

  @Test
  void csvFieldsAndTables() throws IOException {
    Path out = dir.resolve("tables");
    Run r =
        run(
            "csv",
            "-o",
            out.toString(),
            "--tables",
            "deadlines",
            "--fields",
            "date,time,actor",
            "../samples/003_1815541e702f4645.txt");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertEquals(
        List.of("deadlines.csv"),
        Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    String header = Files.readAllLines(out.resolve("deadlines.csv")).get(0);
    assertEquals("source_name,order_id,date,time,actor", header);
    assertEquals(
        ExitCodes.USAGE, run("csv", "-o", out.toString(), "--fields", "nope", "../samples").exit());
    assertEquals(
        ExitCodes.USAGE, run("csv", "-o", out.toString(), "--tables", "nope", "../samples").exit());
  }

  @Test
  void icsWritesACalendarAndReportsWhatItCannotPlace() throws Exception {
    Path ics = dir.resolve("deadlines.ics");
    Path report = dir.resolve("report.jsonl");
    Run r =
        run(
            "ics",
            "-o",
            ics.toString(),
            "--report",
            report.toString(),
            "../samples/003_1815541e702f4645.txt",
            "../samples/pdf/003_1815541e702f4645.pdf");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    Calendar cal = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
    // The text and the PDF of one order give the same items: one event each, not two.
    assertEquals(2, cal.getComponents(Component.VEVENT).size());
    List<String> lines = Files.readAllLines(report);
    assertTrue(lines.stream().anyMatch(l -> l.contains("due promptly")), lines.toString());
    assertTrue(r.err().contains("not in the calendar"), r.err());
  }
}
