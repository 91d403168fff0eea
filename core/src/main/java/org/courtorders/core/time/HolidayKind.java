package org.courtorders.core.time;

/**
 * Why a day is a holiday, which decides where Fed. R. Civ. P. 6(a)(6) lets it count.
 *
 * @since 0.1.0
 */
public enum HolidayKind {
  /** A legal public holiday of 5 U.S.C. 6103(a), on its observed day: Rule 6(a)(6)(A). */
  STATUTORY,
  /**
   * A day the President or Congress declared a holiday or closed the government: Rule 6(a)(6)(B).
   */
  DECLARED,
  /** A holiday of the state where the district court sits: Rule 6(a)(6)(C). */
  STATE,
  /** A day the clerk's office was closed or inaccessible: Rule 6(a)(3). */
  COURT_CLOSURE,
  OTHER
}
