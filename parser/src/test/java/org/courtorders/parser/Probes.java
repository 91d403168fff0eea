package org.courtorders.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.pipeline.Stages;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.TextNormalizer;

/**
 * Probes into the parser's stages for the benchmarks module, shipped in the parser's test-jar so
 * that the benchmarks use only this class and public API, never the internals (which may change in
 * any release). Not part of the published library.
 *
 * <pre>{@code
 * Supplier<Object> run = Probes.stage("PartyExtractor", text);   // prepared: earlier stages done
 * bh.consume(run.get());                                          // times the stage alone
 * }</pre>
 */
public final class Probes {
  private Probes() {}

  /** The stages {@link #stage} knows, in parse order. */
  public static List<String> stages() {
    List<String> all = new ArrayList<>(List.of("TextNormalizer", "Segmenter", "Document"));
    all.addAll(Stages.readers().keySet());
    return all;
  }

  /**
   * One stage of a parse of {@code text}, prepared with everything earlier stages give it: each
   * call of the supplier runs that stage alone and returns its result.
   */
  public static Supplier<Object> stage(String name, String text) {
    switch (name) {
      case "TextNormalizer":
        return () -> TextNormalizer.normalize(text);
      case "Segmenter":
        {
          NormalizedText n = TextNormalizer.normalize(text);
          return () -> Segmenter.standard().segment(n.text());
        }
      case "Document":
        return () -> Document.of(text);
      default:
        {
          Reader r = Stages.readers().get(name);
          if (r == null) {
            throw new IllegalArgumentException("no stage " + name + "; there are " + stages());
          }
          Stages.Before before = Stages.before(text, name);
          return () -> r.read(before.doc(), before.facts());
        }
    }
  }

  /**
   * A date the parser's date grammar finds: where, as written, and the date if the year is written.
   */
  public record FoundDate(int start, int end, String text, Optional<LocalDate> date) {}

  private static final DateRecognizer DATES = new DateRecognizer();

  /** Every full date (not a bare month or time) the date grammar finds in {@code text}. */
  public static List<FoundDate> dates(String text) {
    List<FoundDate> out = new ArrayList<>();
    for (DateMention m : DATES.find(text)) {
      if (m.kind() == DateMention.Kind.DATE) {
        out.add(new FoundDate(m.start(), m.end(), text.substring(m.start(), m.end()), m.date()));
      }
    }
    return out;
  }
}
