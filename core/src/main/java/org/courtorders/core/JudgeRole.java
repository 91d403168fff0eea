package org.courtorders.core;

/**
 * How a judge relates to the document: who signed it, who is assigned or referred the case (from
 * the case-number initials), or merely mentioned.
 *
 * @since 0.1.0
 */
public enum JudgeRole {
  AUTHOR,
  ASSIGNED,
  REFERRED,
  MENTIONED;
}
