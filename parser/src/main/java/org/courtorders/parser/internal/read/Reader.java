package org.courtorders.parser.internal.read;

import org.courtorders.parser.internal.document.Document;

/**
 * The one contract of everything that finds things in an order: a function from the {@link
 * Document} and the {@link Facts} earlier readers found to this reader's {@link Findings}, all in
 * normalized ranges. A reader keeps no state between documents, never maps an offset to the input
 * (the assembler does) and never sees another reader's findings except through the facts it is
 * given. The engine runs readers in a fixed order and contains a reader's failure.
 *
 * <pre>{@code
 * Findings found = new CourtReader().read(document, Facts.none(Optional.empty()));
 * }</pre>
 */
public interface Reader {
  /** The reader's name, for diagnostics. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** What this reader finds in {@code doc}, given what earlier readers found. */
  default Findings read(Document doc, Facts facts) {
    Reading r = new Reading(doc, facts);
    extract(r);
    return r.out;
  }

  /**
   * The body of a reader: reads {@code ctx.doc} and {@code ctx.facts}, adds to {@code ctx.out}.
   * Readers implement this; callers use {@link #read}.
   */
  void extract(Reading ctx);
}
