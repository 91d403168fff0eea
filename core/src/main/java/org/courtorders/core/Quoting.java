package org.courtorders.core;

/**
 * An extracted item that also quotes its source: {@link #text()} is exactly the slice of the
 * original input that {@link #span()} points to.
 *
 * @since 0.1.0
 */
public interface Quoting extends Sourced {
  /** The exact original text under {@link #span()}. */
  String text();
}
