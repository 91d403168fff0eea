package org.courtorders.core.time;

/**
 * How a {@link Rule6Calculator} treats days on which the President closed the executive departments
 * by executive order (the {@link HolidayKind#DECLARED} days of the federal calendar). Whether such
 * a closure is a day "declared a holiday by the President" under Fed. R. Civ. P. 6(a)(6)(B) is for
 * the court to say; courts have gone both ways.
 *
 * <pre>{@code
 * Rule6Calculator.builder().executiveClosures(ExecutiveClosures.LEGAL_HOLIDAYS).build();
 * }</pre>
 *
 * @since 0.2.0
 */
public enum ExecutiveClosures {
  /**
   * The default: a closure is counted like any weekday, so the computation gives the earlier date;
   * where treating it as a holiday would give a later date, the result says so ({@link
   * Rule6Result#laterLastDay()}) and its steps name the closure.
   */
  EARLIER_DATE,
  /** A closure is a legal holiday under Rule 6(a)(6)(B): the later date. */
  LEGAL_HOLIDAYS
}
