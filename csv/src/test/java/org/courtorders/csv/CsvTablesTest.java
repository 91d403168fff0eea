package org.courtorders.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables hold every item once, with its order's name and id, and read back unchanged. */
class CsvTablesTest {
  static final CourtOrderParser PARSER = CourtOrderParser.builder().discoverRules().build();

  @TempDir Path dir;

  static final String HEADER =
      "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\n";

  static List<CourtOrder> samples() throws IOException {
    List<CourtOrder> orders = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        orders.add(PARSER.parse(Files.readString(p), p.getFileName().toString()));
      }
    }
    // Legal text at its worst for CSV: quotes, commas, line breaks, non-ASCII.
    orders.add(
        PARSER.parse(
            HEADER
                + "The parties shall file a \"Joint Letter,\" on the § 1983\nclaims — by "
                + "July 20, 2026.\r\nThe motion (Dkt. No. 12) is GRANTED.\n\nSO ORDERED.\n",
            "tricky, \"name\".txt"));
    return orders;
  }

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  @Test
  void everyItemIsOneRowWithItsOrdersNameAndId() throws IOException {
    List<CourtOrder> orders = samples();
    try (CsvTables tables = CsvTables.builder(dir).build()) {
      for (CourtOrder o : orders) {
        tables.add(o);
      }
    }
    Map<Table, Integer> expected =
        Map.of(
            Table.ORDERS, orders.size(),
            Table.DEADLINES,
                (int)
                    orders.stream()
                        .flatMap(o -> o.directives().stream())
                        .filter(d -> d.deadline().isPresent())
                        .count(),
            Table.PROCEEDINGS, orders.stream().mapToInt(o -> o.proceedings().size()).sum(),
            Table.RULINGS, orders.stream().mapToInt(o -> o.rulings().size()).sum(),
            Table.SANCTIONS, orders.stream().mapToInt(o -> o.sanctions().size()).sum(),
            Table.CITATIONS, orders.stream().mapToInt(o -> o.citations().size()).sum());
    for (Table t : Table.values()) {
      List<CSVRecord> rows = read(dir.resolve(t.fileName()));
      assertEquals(expected.get(t), rows.size(), t.tableName());
      for (CSVRecord row : rows) {
        assertFalse(row.get("source_name").isEmpty());
        assertEquals(64, row.get("order_id").length());
        assertEquals(t.columns().size(), row.size());
      }
    }
    assertTrue(expected.get(Table.DEADLINES) > 0 && expected.get(Table.CITATIONS) > 0);
    // Text with quotes, commas and line breaks comes back exactly.
    CourtOrder tricky = orders.get(orders.size() - 1);
    List<CSVRecord> deadlines = read(dir.resolve("deadlines.csv"));
    CSVRecord d = deadlines.get(deadlines.size() - 1);
    assertEquals("tricky, \"name\".txt", d.get("source_name"));
    assertEquals(tricky.directives().get(0).text(), d.get("text"));
    assertTrue(d.get("text").contains("\"Joint Letter,\"") && d.get("text").contains("\n"));
    assertEquals("2026-07-20", d.get("date"));
    assertEquals(tricky.source().sha256(), d.get("order_id"));
  }

  @Test
  void rfc4180LineEndingsAndNoByteOrderMark() throws IOException {
    try (CsvTables tables = CsvTables.builder(dir).tables(Set.of(Table.ORDERS)).build()) {
      tables.add(PARSER.parse("ORDER\n\nSO ORDERED.\n", "a.txt"));
    }
    byte[] bytes = Files.readAllBytes(dir.resolve("orders.csv"));
    assertEquals('s', bytes[0]);
    String s = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(s.endsWith("\r\n"));
    assertEquals(2, s.split("\r\n").length);
    assertEquals(List.of(dir.resolve("orders.csv")), List.of(dir.resolve("orders.csv")));
    assertFalse(Files.exists(dir.resolve("deadlines.csv")));
  }

  @Test
  void fieldsPickColumnsAndKeepNameAndId() throws IOException {
    try (CsvTables tables =
        CsvTables.builder(dir).fields(List.of("date", "actor", "text")).build()) {
      for (CourtOrder o : samples()) {
        tables.add(o, span -> OptionalInt.of(1));
      }
    }
    try (Reader r = Files.newBufferedReader(dir.resolve("deadlines.csv"))) {
      CSVParser p = CSVFormat.RFC4180.builder().setHeader().get().parse(r);
      assertEquals(List.of("source_name", "order_id", "date", "actor", "text"), p.getHeaderNames());
    }
    try (Reader r = Files.newBufferedReader(dir.resolve("orders.csv"))) {
      CSVParser p = CSVFormat.RFC4180.builder().setHeader().get().parse(r);
      assertEquals(List.of("source_name", "order_id"), p.getHeaderNames());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CsvTables.builder(dir).fields(List.of("dat")).build());
    assertTrue(e.getMessage().contains("'dat'"));
  }

  @Test
  void errorRowKeepsTheInput() throws IOException {
    try (CsvTables tables = CsvTables.builder(dir).build()) {
      tables.addError("scan.pdf", "NO_TEXT_LAYER", "scan.pdf has no text layer: OCR needed");
    }
    CSVRecord row = read(dir.resolve("orders.csv")).get(0);
    assertEquals("scan.pdf", row.get("source_name"));
    assertEquals("NO_TEXT_LAYER", row.get("error_code"));
  }

  @Test
  void pagesFillThePageColumn() throws IOException {
    try (CsvTables tables = CsvTables.builder(dir).tables(Set.of(Table.DEADLINES)).build()) {
      tables.add(
          PARSER.parse(
              HEADER + "The parties shall file a joint letter by June 3, 2025.\n\nSO ORDERED.\n",
              "a.pdf"),
          s -> OptionalInt.of(2));
    }
    assertEquals("2", read(dir.resolve("deadlines.csv")).get(0).get("page"));
  }

  /** Python's csv module (the researchers' first tool) reads the tables as written. */
  @Test
  void pythonCsvModuleReadsTheTables() throws IOException, InterruptedException {
    Assumptions.assumeTrue(hasPython(), "python3 is not installed");
    List<CourtOrder> orders = samples();
    try (CsvTables tables = CsvTables.builder(dir).build()) {
      for (CourtOrder o : orders) {
        tables.add(o);
      }
    }
    String script =
        String.join(
            "\n",
            "import csv, json, sys, os",
            "out = {}",
            "for name in sorted(os.listdir(sys.argv[1])):",
            "    with open(os.path.join(sys.argv[1], name), newline='', encoding='utf-8') as f:",
            "        rows = list(csv.DictReader(f))",
            "    out[name] = {'rows': len(rows), 'texts': [r.get('text', '') for r in rows]}",
            "print(json.dumps(out))");
    Process p =
        new ProcessBuilder("python3", "-c", script, dir.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(output);
    for (Table t : Table.values()) {
      assertEquals(
          read(dir.resolve(t.fileName())).size(),
          json.get(t.fileName()).get("rows").asInt(),
          t.fileName());
    }
    var texts = json.get("deadlines.csv").get("texts");
    CourtOrder tricky = orders.get(orders.size() - 1);
    assertEquals(tricky.directives().get(0).text(), texts.get(texts.size() - 1).asText());
  }

  private static boolean hasPython() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
