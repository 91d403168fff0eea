package org.courtorders.parser.internal.cite;

import java.util.List;
import org.courtorders.core.Citation;
import org.courtorders.parser.internal.assemble.Assembler;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.TextNormalizer;

/** The citation layer alone, its findings mapped to the input as a parse's assembler maps them. */
final class Cited {
  private static final CitationExtractor EXTRACTOR = new CitationExtractor();

  private Cited() {}

  static List<Citation> in(String input) {
    NormalizedText text = TextNormalizer.normalize(input);
    return Assembler.citationsInInput(text, EXTRACTOR.extract(text));
  }
}
