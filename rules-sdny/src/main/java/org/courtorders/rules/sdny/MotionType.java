package org.courtorders.rules.sdny;

/**
 * Which briefing schedule of Local Civil Rule 6.1 a motion follows.
 *
 * @since 0.1.0
 */
public enum MotionType {
  /** Motions under Fed. R. Civ. P. 26 through 37 and 45(c)(3): Local Civil Rule 6.1(a). */
  DISCOVERY,
  /** Every other civil motion, petition and application: Local Civil Rule 6.1(b). */
  OTHER_CIVIL
}
