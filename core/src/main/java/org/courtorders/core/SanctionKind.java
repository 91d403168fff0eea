package org.courtorders.core;

/**
 * {@code WARNING} threatens sanctions in general terms, {@code CONSEQUENCE} names what the court
 * will do if a directive is not met, {@code IMPOSED} orders a sanction now.
 *
 * @since 0.1.0
 */
public enum SanctionKind {
  WARNING,
  CONSEQUENCE,
  IMPOSED;
}
