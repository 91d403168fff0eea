package org.courtorders.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.GoldenJsonTestAccess;
import org.courtorders.core.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the JSON Schema in the jar is the one the core types give ({@link SchemaGenerator}),
 * and it accepts the contract's records and refuses records that break it.
 */
class JsonSchemaTest {
  static List<Error> validate(JsonNode record) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CourtOrderJson.schema(), InputFormat.JSON);
    return schema.validate(record);
  }

  @Test
  void theSchemaInTheJarIsTheOneTheCoreTypesGive() throws Exception {
    String generated =
        CourtOrderJson.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(SchemaGenerator.generate())
            + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/main/resources" + CourtOrderJson.SCHEMA_RESOURCE), generated);
      Files.writeString(Path.of("target/classes" + CourtOrderJson.SCHEMA_RESOURCE), generated);
      return;
    }
    assertEquals(
        generated,
        CourtOrderJson.schema(),
        "a core type changed its JSON form: run the core tests with -Dgolden.update=true and read the schema's diff");
  }

  @Test
  void theSchemaIsDraft202012() throws Exception {
    JsonNode schema = CourtOrderJson.mapper().readTree(CourtOrderJson.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    // it is itself a valid 2020-12 schema
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                com.networknt.schema.SchemaLocation.of(
                    SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertEquals(List.of(), meta.validate(schema));
  }

  @Test
  void acceptsAnOrderItsRecordAndAnErrorRecord() {
    CourtOrder order = GoldenJsonTestAccess.sample();
    JsonNode plain = CourtOrderJson.mapper().valueToTree(order);
    assertEquals(List.of(), validate(plain));
    assertEquals(List.of(), validate(CourtOrderJson.record(plain)));
    assertEquals(
        List.of(),
        validate(
            CourtOrderJson.errorRecord("a/b.txt", "/data/a/b.txt", "UNREADABLE", "cannot read")));
    assertEquals(
        List.of(),
        validate(CourtOrderJson.errorRecord("-", "NOT_TEXT", "standard input is a PNG image")));
  }

  @Test
  void refusesWhatBreaksTheContract() {
    ObjectNode record =
        CourtOrderJson.record(CourtOrderJson.mapper().valueToTree(GoldenJsonTestAccess.sample()));
    ObjectNode missingKey = record.deepCopy();
    missingKey.remove("signedDate");
    assertFalse(validate(missingKey).isEmpty(), "never a missing key");
    ObjectNode badEnum = record.deepCopy();
    badEnum.put("documentType", "NOTICE");
    assertFalse(validate(badEnum).isEmpty(), "enums are closed");
    ObjectNode badDate = record.deepCopy();
    badDate.put("signedDate", "02/18/2021");
    assertFalse(validate(badDate).isEmpty(), "dates are ISO");
    ObjectNode badTime = record.deepCopy();
    ((ObjectNode) badTime.path("directives").get(0).path("deadline")).put("time", "2:00 PM");
    assertFalse(validate(badTime).isEmpty(), "times are HH:MM");
    ObjectNode renamed = record.deepCopy();
    renamed.set("judge", renamed.remove("judges"));
    assertFalse(validate(renamed).isEmpty(), "no renamed field");
    ObjectNode badSpan = record.deepCopy();
    ((ObjectNode) badSpan.path("citations").get(0).path("span")).put("start", "10");
    assertFalse(validate(badSpan).isEmpty(), "offsets are integers");
  }

  @Test
  void everyItemGetsAStableIdThatNamesItsKind() {
    ObjectNode a =
        CourtOrderJson.record(CourtOrderJson.mapper().valueToTree(GoldenJsonTestAccess.sample()));
    ObjectNode b =
        CourtOrderJson.record(CourtOrderJson.mapper().valueToTree(GoldenJsonTestAccess.sample()));
    assertEquals(a, b, "the same order gives the same ids");
    String deadline = a.path("directives").get(0).path("deadline").path("id").asText();
    assertTrue(deadline.matches("deadline-[0-9a-f]{20}"), deadline);
    assertTrue(a.path("directives").get(0).path("id").asText().startsWith("directive-"));
    assertTrue(a.path("citations").get(0).path("id").asText().startsWith("citation-"));
    assertTrue(a.path("judges").get(0).path("id").asText().startsWith("judge-"));
    assertEquals("id", a.path("sanctions").get(0).fieldNames().next(), "the id comes first");
    Set<String> ids = new HashSet<>();
    a.findValues("id").forEach(id -> assertTrue(ids.add(id.asText()), "unique: " + id));
    assertEquals(a.path("libraryVersion").asText(), CourtOrderJson.libraryVersion());
    assertEquals("libraryVersion", List.copyOf(iterable(a.fieldNames())).get(1));
  }

  @Test
  void anIdDependsOnDocumentKindSpanAndValueButNotOnSpacingOrCase() {
    TextSpan span = TextSpan.of(10, 20);
    String id = CourtOrderJson.itemId("abc", "deadline", span, "by July 1, 2024");
    assertEquals(id, CourtOrderJson.itemId("abc", "deadline", span, "  BY July\n1,  2024 "));
    assertNotEquals(id, CourtOrderJson.itemId("abd", "deadline", span, "by July 1, 2024"));
    assertNotEquals(id, CourtOrderJson.itemId("abc", "proceeding", span, "by July 1, 2024"));
    assertNotEquals(
        id, CourtOrderJson.itemId("abc", "deadline", TextSpan.of(10, 21), "by July 1, 2024"));
    assertNotEquals(id, CourtOrderJson.itemId("abc", "deadline", span, "by July 2, 2024"));
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
