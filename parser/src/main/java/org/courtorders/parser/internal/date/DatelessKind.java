package org.courtorders.parser.internal.date;

/**
 * A time limit stated without a date, named as {@link org.courtorders.core.DeadlineKind} names
 * them.
 */
public enum DatelessKind {
  /** "immediately", "forthwith", "without delay": now. */
  IMMEDIATE,
  /** "promptly", "as soon as possible", "as soon as practicable", "without undue delay". */
  PROMPT
}
