package org.courtorders.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every court's zone is data with a source, and every entry's own example holds. */
class CourtZonesTest {
  static JsonNode data() throws IOException {
    try (InputStream in = CourtZones.class.getResourceAsStream("court-time-zones.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyEntryHasASourceAndItsExampleHolds() throws IOException {
    assertTrue(data().get("header").has("source"));
    for (JsonNode c : data().get("entries")) {
      String id = c.get("id").asText();
      assertFalse(c.path("source").asText().isBlank(), id);
      assertFalse(c.path("seat").asText().isBlank(), id);
      ZoneId zone = ZoneId.of(c.get("zone").asText());
      String[] example = c.get("examples").get(0).asText().split(" = ");
      LocalDateTime local = LocalDateTime.parse(example[0]);
      String utc =
          local
              .atZone(zone)
              .withZoneSameInstant(ZoneOffset.UTC)
              .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'"));
      assertEquals(example[1], utc, id);
      assertEquals(zone, CourtZones.bundled().zoneOf(id).orElseThrow());
    }
  }

  /**
   * The same 94 courts the parser can name: no court is read without a zone to put its times in.
   */
  @Test
  void coversEveryCourtTheParserKnows() throws IOException {
    Set<String> parserCourts = new HashSet<>();
    try (InputStream in =
        CourtZonesTest.class
            .getClassLoader()
            .getResourceAsStream("org/courtorders/parser/internal/court/district-courts.json")) {
      for (JsonNode c : new ObjectMapper().readTree(in).get("entries")) {
        parserCourts.add(c.get("id").asText());
      }
    }
    assertEquals(94, parserCourts.size());
    assertEquals(parserCourts, CourtZones.bundled().courtIds());
  }

  @Test
  void aCourtCanBeAdded() {
    CourtZones z = CourtZones.bundled().with("gu-test", ZoneId.of("Pacific/Guam"));
    assertEquals(ZoneId.of("Pacific/Guam"), z.zoneOf("gu-test").orElseThrow());
    assertTrue(CourtZones.bundled().zoneOf("gu-test").isEmpty());
  }
}
