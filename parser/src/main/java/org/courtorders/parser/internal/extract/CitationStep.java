package org.courtorders.parser.internal.extract;

import org.courtorders.parser.internal.ParseContext;
import org.courtorders.parser.internal.cite.CitationExtractor;

/** Runs the citation layer over the whole normalized text. */
public final class CitationStep implements Extractor {
  private final CitationExtractor citations = new CitationExtractor();

  @Override
  public void extract(ParseContext ctx) {
    int[] cuts = ctx.layout.sentences().stream().mapToInt(r -> r.start()).sorted().toArray();
    ctx.citations.addAll(citations.extract(ctx.normalized, cuts, ctx::internalError));
  }
}
