package org.courtorders.core;

/**
 * What the order does to a proceeding.
 *
 * @since 0.1.0
 */
public enum ProceedingStatus {
  SCHEDULED,
  ADJOURNED,
  CANCELLED,
  HELD,
  UNKNOWN;
}
