package org.courtorders.core;

/**
 * How strongly a directive binds: required, permitted, forbidden or urged.
 *
 * @since 0.1.0
 */
public enum Modality {
  SHALL,
  MUST,
  ORDERED,
  DIRECTED,
  MAY,
  SHOULD,
  SHALL_NOT,
  MAY_NOT,
  URGED,
  OTHER;
}
