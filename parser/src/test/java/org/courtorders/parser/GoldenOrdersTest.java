package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.json.CourtOrderJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden runner: each {@code golden/orders/NAME.txt} parses to {@code NAME.json}, compared
 * structurally. Run with {@code -Dgolden.update=true} to rewrite the expectations; a reviewer reads
 * the diff.
 */
class GoldenOrdersTest {
  private static final Path DIR = Path.of("src/test/resources/golden/orders");
  private static final ObjectMapper MAPPER = CourtOrderJson.mapper();
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAsExpected(String name) throws IOException {
    String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    CourtOrder order = PARSER.parse(text, name + ".txt");
    Soundness.assertSound(order, text);
    String actual = CourtOrderJson.prettyWriter().writeValueAsString(order);
    Path expectedFile = DIR.resolve(name + ".json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, actual + "\n", StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("golden.update")) {
        throw new AssertionError(
            "wrote a new golden file " + expectedFile + "; review and commit it");
      }
      return;
    }
    JsonNode expected = MAPPER.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
    assertEquals(
        expected,
        MAPPER.readTree(actual),
        () ->
            name
                + ": output differs from "
                + expectedFile
                + " (rerun with -Dgolden.update=true and review the diff)\n"
                + actual);
  }
}
