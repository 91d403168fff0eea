package org.courtorders.core;

/**
 * How a proceeding or an act takes place.
 *
 * @since 0.1.0
 */
public enum Manner {
  IN_PERSON,
  TELEPHONE,
  VIDEO,
  EMAIL,
  ECF,
  MAIL,
  OTHER;
}
