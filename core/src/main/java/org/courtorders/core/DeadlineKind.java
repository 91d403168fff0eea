package org.courtorders.core;

/**
 * What sort of time limit a deadline is: a calendar date, a period relative to an event, or a word
 * such as "immediately" or "promptly" that has no date.
 *
 * @since 0.1.0
 */
public enum DeadlineKind {
  DATE,
  RELATIVE,
  IMMEDIATE,
  PROMPT;
}
