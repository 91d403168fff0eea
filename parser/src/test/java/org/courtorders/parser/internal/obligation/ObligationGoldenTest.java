package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests for issue 3: each {@code golden/obligations/NAME.txt} is parsed and the obligation
 * fields (directives, deadlines, proceedings, rulings, sanctions, and the diagnostics they raise)
 * are compared structurally with {@code NAME.json}. Only those fields are compared, so the
 * expectations do not move when the caption or judge extractors change. Run with {@code
 * -Dgolden.update=true} to rewrite the expectations, then read the diff.
 */
class ObligationGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/obligations");
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();
  private static final ObjectMapper JSON =
      CourtOrderJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void golden(String name) throws IOException {
    String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    CourtOrder order = PARSER.parse(text, name + ".txt");
    org.courtorders.parser.Soundness.assertSound(order, text);
    JsonNode actual = project(JSON.valueToTree(order));
    Path expected = DIR.resolve(name + ".json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(JSON.readTree(expected.toFile()), actual, name);
  }

  /** The obligation fields only, without spans and computation steps. */
  static JsonNode project(JsonNode order) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode ds = out.putArray("directives");
    for (JsonNode d : order.path("directives")) {
      ObjectNode o = ds.addObject();
      for (String f :
          List.of("actor", "modality", "action", "object", "manner", "condition", "reminder")) {
        o.set(f, d.get(f));
      }
      JsonNode dl = d.get("deadline");
      if (dl == null || dl.isNull()) {
        o.putNull("deadline");
      } else {
        ObjectNode x = o.putObject("deadline");
        for (String f : List.of("kind", "date", "time", "yearInferred", "text")) {
          x.set(f, dl.get(f));
        }
      }
    }
    copy(order, out, "proceedings", List.of("type", "status", "date", "time", "manner", "place"));
    copy(order, out, "rulings", List.of("disposition", "withoutPrejudice", "subject"));
    copy(order, out, "sanctions", List.of("kind", "measures", "amount", "rule", "directive"));
    ArrayNode diag = out.putArray("diagnostics");
    for (JsonNode d : order.path("diagnostics")) {
      String code = d.path("code").asText();
      if (List.of(
              "YEAR_INFERRED",
              "WEEKDAY_MISMATCH",
              "TRIGGER_UNKNOWN",
              "YEAR_UNKNOWN",
              "INVALID_DATE")
          .contains(code)) {
        diag.add(code);
      }
    }
    return out;
  }

  private static void copy(JsonNode order, ObjectNode out, String field, List<String> keep) {
    ArrayNode a = out.putArray(field);
    for (JsonNode n : order.path(field)) {
      ObjectNode o = a.addObject();
      keep.forEach(k -> o.set(k, n.get(k)));
      if (n.hasNonNull("amount")) {
        o.put("amount", n.get("amount").decimalValue().stripTrailingZeros().toPlainString());
      }
    }
  }
}
