package org.courtorders.parser.internal.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.read.Facts;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.TextNormalizer;

/**
 * The parse's stages one at a time, so benchmarks and profiles can time each without the internals
 * becoming public API. Internal: no compatibility promise.
 *
 * <pre>{@code
 * Stages.Before before = Stages.before(text, "PartyExtractor");
 * Findings f = Stages.readers().get("PartyExtractor").read(before.doc(), before.facts());
 * }</pre>
 */
public final class Stages {
  private Stages() {}

  /** A document and the facts the readers before one reader found in it. */
  public record Before(Document doc, Facts facts) {}

  public static NormalizedText normalize(String text) {
    return TextNormalizer.normalize(text);
  }

  public static Layout segment(NormalizedText normalized) {
    return Segmenter.standard().segment(normalized.text(), normalized.chars());
  }

  public static Document document(String text) {
    return Document.of(text);
  }

  /** The readers by name, in parse order. */
  public static Map<String, Reader> readers() {
    Map<String, Reader> byName = new LinkedHashMap<>();
    for (Reader r : Pipeline.standardReaders()) {
      byName.put(r.name(), r);
    }
    return byName;
  }

  /** What {@code reader} is given in a real parse of {@code text} (without court rules). */
  public static Before before(String text, String reader) {
    Document doc = Document.of(text);
    Map<String, Reader> all = readers();
    if (!all.containsKey(reader)) {
      throw new IllegalArgumentException("no reader " + reader + "; there are " + all.keySet());
    }
    Facts facts = Facts.none(Optional.empty());
    for (Map.Entry<String, Reader> e : all.entrySet()) {
      if (e.getKey().equals(reader)) {
        break;
      }
      facts = facts.plus(e.getValue().read(doc, facts));
    }
    return new Before(doc, facts);
  }
}
