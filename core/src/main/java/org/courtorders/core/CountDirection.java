package org.courtorders.core;

/**
 * Whether a period is counted forward from its trigger ("within 14 days of") or backward ("7 days
 * before"), which decides the roll-over direction under Fed. R. Civ. P. 6(a)(5).
 *
 * @since 0.1.0
 */
public enum CountDirection {
  FORWARD,
  BACKWARD;
}
