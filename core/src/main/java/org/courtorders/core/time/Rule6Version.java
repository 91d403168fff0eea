package org.courtorders.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which text of Fed. R. Civ. P. 6(a) governs a computation. The rule in force on the trigger date
 * applies, so an order entered in 2007 is read as its parties had to read it then.
 *
 * @since 0.1.0
 */
public enum Rule6Version {
  /**
   * Former Rule 6(a), before the amendment effective December 1, 2009: in a period of less than 11
   * days, intermediate Saturdays, Sundays and legal holidays are not counted, and a state's
   * holidays count whichever way the period runs.
   */
  BEFORE_2009,
  /**
   * Rule 6(a) as amended effective December 1, 2009 ("days are days"): every day counts, only the
   * last day rolls, and a state's holidays count only for periods measured after an event (Rule
   * 6(a)(6)(C)).
   */
  SINCE_2009;

  /** The effective date of the 2009 time-computation amendments. */
  public static final LocalDate AMENDED_2009 = LocalDate.of(2009, 12, 1);

  /** The version in force on {@code date}. */
  public static Rule6Version inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(AMENDED_2009) ? BEFORE_2009 : SINCE_2009;
  }

  /** How rule citations of this version begin ("Fed. R. Civ. P." or "former Fed. R. Civ. P."). */
  String cite(String subdivision) {
    return this == SINCE_2009
        ? "Fed. R. Civ. P. " + subdivision
        : "former Fed. R. Civ. P. " + subdivision;
  }
}
