package org.courtorders.core;

/**
 * The kind of court event an order schedules, adjourns or cancels.
 *
 * @since 0.1.0
 */
public enum ProceedingType {
  CONFERENCE,
  HEARING,
  TRIAL,
  ORAL_ARGUMENT,
  OTHER;
}
