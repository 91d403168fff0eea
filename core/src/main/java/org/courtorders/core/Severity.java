package org.courtorders.core;

/**
 * How much a diagnostic matters.
 *
 * @since 0.1.0
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;
}
