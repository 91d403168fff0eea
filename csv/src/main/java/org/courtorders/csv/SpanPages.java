package org.courtorders.csv;

import java.util.OptionalInt;
import org.courtorders.core.TextSpan;

/**
 * The page a span lies on, for inputs that have pages (a PDF read by {@code courtorders-pdf}):
 * fills the {@code page} column. Text inputs use {@link #NONE}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SpanPages {
  /** No pages: the {@code page} column stays empty. */
  SpanPages NONE = span -> OptionalInt.empty();

  /** The page number (from 1) on which {@code span} starts, if known. */
  OptionalInt pageOf(TextSpan span);
}
