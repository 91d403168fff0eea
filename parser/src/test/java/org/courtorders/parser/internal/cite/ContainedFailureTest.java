package org.courtorders.parser.internal.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.Citation;
import org.courtorders.core.DocketCitation;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/**
 * A citation recognizer that fails loses only its citations in the piece it fails on: it runs again
 * on halves of the text until the failing piece is alone, and that piece is reported.
 */
class ContainedFailureTest {
  /** The docket recognizer, failing on any text in which "BOOM" is visible. */
  private static final Recognizer FRAGILE =
      text -> {
        if (text.text().contains("BOOM")) {
          throw new IllegalStateException("boom");
        }
        return new DocketRecognizer().find(text);
      };

  @Test
  void failureCostsOnlyItsPiece() {
    String s = "See ECF No. 1. Then ECF No. 2 BOOM. Also ECF No. 3. And ECF No. 4.";
    NormalizedText text = TextNormalizer.normalize(s);
    int[] cuts = {0, s.indexOf("Then"), s.indexOf("Also"), s.indexOf("And")};
    List<int[]> failed = new ArrayList<>();
    List<String> readers = new ArrayList<>();
    List<Citation> found =
        new CitationExtractor(List.of(FRAGILE))
            .extract(
                text,
                cuts,
                (reader, ex, start, end) -> {
                  readers.add(reader);
                  failed.add(new int[] {start, end});
                });
    List<Integer> entries = found.stream().map(c -> ((DocketCitation) c).entry()).toList();
    assertEquals(List.of(1, 3, 4), entries);
    assertEquals(1, failed.size());
    assertEquals(s.indexOf("Then"), failed.get(0)[0]);
    assertEquals(s.indexOf("Also"), failed.get(0)[1]);
    assertEquals(1, readers.size());
  }

  @Test
  void noFailureNoReport() {
    String s = "See ECF No. 1. Then ECF No. 2.";
    List<String> readers = new ArrayList<>();
    List<Citation> found =
        new CitationExtractor(List.of(FRAGILE))
            .extract(
                TextNormalizer.normalize(s),
                new int[] {0, 15},
                (reader, ex, start, end) -> readers.add(reader));
    assertEquals(2, found.size());
    assertTrue(readers.isEmpty());
  }
}
