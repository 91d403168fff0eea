package org.courtorders.rules.sdny.internal;

/** How counsel conferred. Email and letters are not "talking"; several judges require talking. */
public enum Mode {
  IN_PERSON,
  TELEPHONE,
  VIDEO,
  EMAIL,
  LETTER,
  UNKNOWN
}
