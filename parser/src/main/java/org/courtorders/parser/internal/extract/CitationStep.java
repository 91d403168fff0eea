package org.courtorders.parser.internal.extract;

import org.courtorders.parser.internal.cite.CitationExtractor;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;

/** Runs the citation layer over the whole normalized text. */
public final class CitationStep implements Reader {
  private final CitationExtractor citations = new CitationExtractor();

  @Override
  public void extract(Reading ctx) {
    int[] cuts = ctx.layout.sentences().stream().mapToInt(r -> r.start()).sorted().toArray();
    ctx.out.citations.addAll(citations.extract(ctx.doc.normalized(), cuts, ctx::internalError));
  }
}
