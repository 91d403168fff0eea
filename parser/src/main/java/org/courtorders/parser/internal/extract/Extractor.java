package org.courtorders.parser.internal.extract;

import org.courtorders.parser.internal.ParseContext;

/** One step of the pipeline: reads the context, adds what it finds. */
@FunctionalInterface
public interface Extractor {
  void extract(ParseContext ctx);
}
