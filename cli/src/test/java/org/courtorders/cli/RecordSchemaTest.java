package org.courtorders.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.json.CourtOrderJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14: every line {@code courtorders parse} writes for the bundled samples (text and PDF), for
 * the corpus copies in the parser's test resources and for inputs that fail is valid against the
 * JSON Schema in the core jar, carries the schema and library versions, and gives every extracted
 * item an id that is the same on a second run.
 */
class RecordSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CourtOrderJson.schema(), InputFormat.JSON);

  @TempDir Path dir;

  private static List<JsonNode> parse(String... args) throws IOException {
    CommandLine cl = Main.commandLine();
    ParseCommand parse = cl.getSubcommands().get("parse").getCommand();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parse.stdin = InputStream.nullInputStream();
    parse.stdout = out;
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("parse", "--threads", "2"));
    all.addAll(List.of(args));
    cl.execute(all.toArray(String[]::new));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  private static void assertValid(List<JsonNode> lines, int atLeast) {
    assertTrue(lines.size() >= atLeast, lines.size() + " lines");
    for (JsonNode line : lines) {
      List<Error> errors = SCHEMA.validate(line);
      assertEquals(
          List.of(),
          errors.stream().map(Error::toString).toList(),
          line.path("source").path("name").asText());
      assertEquals(CourtOrder.SCHEMA_VERSION, line.path("schemaVersion").asInt());
      assertEquals(CourtOrderJson.libraryVersion(), line.path("libraryVersion").asText());
    }
  }

  @Test
  void everyLineForTheSamplesIsValidAndHasIds() throws IOException {
    List<JsonNode> lines = parse("../samples");
    assertValid(lines, 5); // four text samples and the sample PDF
    for (JsonNode line : lines) {
      assertTrue(line.path("error").isMissingNode(), line.toString());
      for (String items :
          List.of("judges", "directives", "proceedings", "rulings", "sanctions", "citations")) {
        for (JsonNode item : line.path(items)) {
          assertTrue(item.path("id").isTextual(), items + " " + item);
        }
      }
    }
    assertEquals(
        lines, parse("../samples"), "ids and everything else are the same on a second run");
  }

  @Test
  void everyLineForTheCorpusCopiesIsValid() throws IOException {
    assertValid(parse("../parser/src/test/resources/corpus"), 100);
  }

  @Test
  void errorRecordsAreValidToo() throws IOException {
    Path png = dir.resolve("scan.txt");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4\nbroken");
    List<JsonNode> lines = parse(dir.toString(), dir.resolve("missing.txt").toString());
    assertValid(lines, 3);
    lines.forEach(l -> assertFalse(l.path("error").path("code").asText().isEmpty(), l.toString()));
  }
}
