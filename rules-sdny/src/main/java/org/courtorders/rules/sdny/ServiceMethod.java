package org.courtorders.rules.sdny;

/**
 * How the moving papers were served, which decides whether Fed. R. Civ. P. 6(d) adds 3 days.
 *
 * @since 0.1.0
 */
public enum ServiceMethod {
  /** ECF or email (Rule 5(b)(2)(E)): no added days since December 1, 2016. */
  ELECTRONIC,
  /** Mail (Rule 5(b)(2)(C)): 3 days added. */
  MAIL,
  /** Leaving with the clerk (Rule 5(b)(2)(D)): 3 days added. */
  LEAVING_WITH_CLERK,
  /** Other means consented to (Rule 5(b)(2)(F)): 3 days added. */
  OTHER_CONSENTED,
  /** Hand delivery (Rule 5(b)(2)(A)-(B)): no added days. */
  PERSONAL
}
