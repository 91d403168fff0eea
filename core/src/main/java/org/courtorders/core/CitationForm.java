package org.courtorders.core;

/**
 * Whether a case citation is full, a short form, or an {@code Id.}
 *
 * @since 0.1.0
 */
public enum CitationForm {
  FULL,
  SHORT,
  ID;
}
