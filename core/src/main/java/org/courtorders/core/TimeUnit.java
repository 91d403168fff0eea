package org.courtorders.core;

/**
 * The unit of a relative period.
 *
 * @since 0.1.0
 */
public enum TimeUnit {
  DAYS,
  BUSINESS_DAYS,
  WEEKS,
  MONTHS,
  YEARS,
  HOURS;
}
