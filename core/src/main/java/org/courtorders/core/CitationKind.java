package org.courtorders.core;

/**
 * What a citation points to.
 *
 * @since 0.1.0
 */
public enum CitationKind {
  DOCKET,
  RULE,
  ORDER,
  TRANSCRIPT,
  CASE;
}
