package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.core.Citation;
import org.courtorders.core.json.CourtOrderJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the citation layer (issue 4): each {@code golden/citations/NAME.txt} is run
 * through the normalizer and the extractor, and the citations must equal {@code NAME.json}
 * structurally. Run with {@code -Dgolden.update=true} to rewrite the expectations, then read the
 * diff.
 */
class CitationGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/citations");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .map(n -> n.substring(0, n.length() - 4))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name) throws IOException {
    String input = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    List<Citation> citations = Cited.in(input);
    for (Citation c : citations) {
      assertEquals(c.span().slice(input), c.text(), "text must be the original slice");
    }
    ObjectMapper mapper = CourtOrderJson.mapper();
    JsonNode actual = mapper.valueToTree(citations);
    Path expected = DIR.resolve(name + ".json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(
          expected,
          mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
    }
    assertEquals(mapper.readTree(expected.toFile()), actual);
  }
}
