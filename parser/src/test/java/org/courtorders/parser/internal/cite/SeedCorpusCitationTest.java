package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.courtorders.core.DocketCitation;
import org.courtorders.parser.internal.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed filings cite exactly the docket entries their gold files list (corpus/seeds/SOURCES.md).
 */
class SeedCorpusCitationTest {
  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "000_12df06f5692ff9e3 | 564 564-1 559 553",
        "001_4605a35f981fe682 | 197",
        "002_331244f5dc1e8a30 | 17 15",
        "003_1815541e702f4645 | 45"
      })
  void docketEntriesMatchGold(String name, String expected) throws IOException {
    String input =
        Files.readString(
            Path.of("src/test/resources/corpus/seeds", name + ".txt"), StandardCharsets.UTF_8);
    Set<String> got =
        EXTRACTOR.extract(TextNormalizer.normalize(input)).stream()
            .filter(c -> c instanceof DocketCitation)
            .map(c -> (DocketCitation) c)
            .map(d -> d.entry() + d.attachment().map(a -> "-" + a).orElse(""))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of(expected.split(" "))), got);
  }
}
