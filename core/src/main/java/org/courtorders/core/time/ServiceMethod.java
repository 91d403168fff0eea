package org.courtorders.core.time;

import java.time.LocalDate;

/**
 * How a paper was served under Fed. R. Civ. P. 5(b)(2), which decides whether Rule 6(d) adds three
 * days to a period that runs from service.
 *
 * <pre>{@code
 * Rule6Result r = Rule6Calculator.federal().compute(LocalDate.of(2025, 10, 9), 5, TimeUnit.DAYS,
 *     CountDirection.FORWARD, ServiceMethod.MAIL);
 * r.lastDay();   // 2025-10-17: Tuesday, October 14, then 3 days, to Friday, October 17
 * }</pre>
 *
 * @since 0.2.0
 */
public enum ServiceMethod {
  /** Rule 5(b)(2)(A): handed to the person. No days added. */
  HAND,
  /** Rule 5(b)(2)(B): left at the person's office or dwelling. No days added. */
  LEAVING,
  /** Rule 5(b)(2)(C): mailed to the person's last known address. Three days added. */
  MAIL,
  /** Rule 5(b)(2)(D): left with the court clerk (no known address). Three days added. */
  CLERK,
  /**
   * Rule 5(b)(2)(E): electronic means. Three days added only to periods triggered before December
   * 1, 2016, when the amendment to Rule 6(d) took electronic service out.
   */
  ELECTRONIC,
  /** Rule 5(b)(2)(F): any other means the person consented to in writing. Three days added. */
  OTHER_CONSENTED;

  /** The effective date of the 2016 amendment that ended the three days for electronic service. */
  public static final LocalDate AMENDED_2016 = LocalDate.of(2016, 12, 1);

  /**
   * Whether Rule 6(d) adds three days for service made this way, for a period triggered on {@code
   * trigger}.
   */
  public boolean addsThreeDays(LocalDate trigger) {
    switch (this) {
      case MAIL:
      case CLERK:
      case OTHER_CONSENTED:
        return true;
      case ELECTRONIC:
        return trigger.isBefore(AMENDED_2016);
      default:
        return false;
    }
  }

  /** The subdivision of Rule 5(b)(2) this method is. */
  public String rule() {
    return "Fed. R. Civ. P. 5(b)(2)(" + "ABCDEF".charAt(ordinal()) + ")";
  }
}
