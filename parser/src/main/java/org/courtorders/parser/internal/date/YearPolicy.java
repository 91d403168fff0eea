package org.courtorders.parser.internal.date;

/**
 * How to supply a year the text left out, given the order's own date as anchor (never the clock).
 */
public enum YearPolicy {
  /**
   * The earliest date on or after the anchor: "by January 5" in a December order is next January.
   * Right for deadlines and upcoming proceedings, which a court sets in the future.
   */
  FORWARD,
  /**
   * The date closest to the anchor, one year either side, the earlier on a tie: "on December 20" in
   * a January order is last December. Right for narrative dates ("the conference held on March 3").
   */
  NEAREST,
  /**
   * The latest date on or before the anchor: "on March 3" in a letter of June 1 is this March, in a
   * letter of February 1 last March. Right for events a filing reports as past.
   */
  BACKWARD
}
