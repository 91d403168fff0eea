package org.courtorders.parser.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.internal.extract.Extractor;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.TextNormalizer;

/**
 * The pipeline's stages one at a time, so benchmarks and profiles can time each without the
 * internals becoming public API. Internal: no compatibility promise.
 *
 * <pre>{@code
 * NormalizedText n = Stages.normalize(text);
 * Layout layout = Stages.segment(n);
 * ParseContext before = Stages.contextBefore(text, "PartyExtractor");
 * Stages.extractors().get("PartyExtractor").extract(before.copy());
 * }</pre>
 */
public final class Stages {
  private Stages() {}

  public static NormalizedText normalize(String text) {
    return TextNormalizer.normalize(text);
  }

  public static Layout segment(NormalizedText normalized) {
    return Segmenter.standard().segment(normalized.text());
  }

  /** The extractors by simple class name, in pipeline order. */
  public static Map<String, Extractor> extractors() {
    Map<String, Extractor> byName = new LinkedHashMap<>();
    for (Extractor e : Pipeline.standardExtractors()) {
      byName.put(e.getClass().getSimpleName(), e);
    }
    return byName;
  }

  /**
   * A context for {@code text} after every extractor before {@code extractor} has run: the
   * state that extractor sees in a real parse.
   */
  public static ParseContext contextBefore(String text, String extractor) {
    NormalizedText normalized = normalize(text);
    ParseContext ctx = new ParseContext(normalized, segment(normalized), Optional.empty(),
        CourtOrderParser.DEFAULT_MAX_DIAGNOSTICS);
    Map<String, Extractor> all = extractors();
    if (!all.containsKey(extractor)) {
      throw new IllegalArgumentException("no extractor " + extractor + "; there are " + all.keySet());
    }
    for (Map.Entry<String, Extractor> e : all.entrySet()) {
      if (e.getKey().equals(extractor)) {
        break;
      }
      e.getValue().extract(ctx);
    }
    return ctx;
  }
}
