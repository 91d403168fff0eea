package org.courtorders.core;

/**
 * Anything extracted from an order: it knows where in the original input it came from.
 *
 * @since 0.1.0
 */
public interface Sourced {
  /** Where the item lies in the original input (UTF-16 offsets, end exclusive). */
  TextSpan span();
}
