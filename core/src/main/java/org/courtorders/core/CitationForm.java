package org.courtorders.core;

/**
 * Whether a case citation is full, a short form, an {@code Id.}, a {@code supra} ("Smith, supra, at
 * 5") or a reference by name alone ("Smith at 5", after "Smith v. Jones" was cited in full).
 *
 * @since 0.1.0
 */
public enum CitationForm {
  FULL,
  SHORT,
  ID,
  /**
   * "Smith, supra, at 5": the name and "supra" stand for the earlier full citation (Bluebook R.
   * 4.2).
   */
  SUPRA,
  /** "Smith at 5": a party's name alone, after the case was cited in full. */
  REFERENCE;
}
