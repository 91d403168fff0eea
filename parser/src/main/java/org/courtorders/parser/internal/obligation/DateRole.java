package org.courtorders.parser.internal.obligation;

/** What a date in the court's own voice is for, read from the clause around it. */
enum DateRole {
  /** The date an act is due by: "Oppositions due June 10", "is to be paid by June 14". */
  DEADLINE,
  /** The date of a session to attend: "A status conference will be held on June 20." */
  APPOINTMENT,
  /** The old date of a session this order moves or cancels: "previously set for June 6". */
  RESCHEDULED_FROM,
  /** A date only mentioned: proposed in a party's request, or naming a document. */
  MENTIONED,
  /** A past event: "the conference held on June 14", "by letter dated June 2". */
  PAST,
  /** None of the above could be told from the clause; reported with a diagnostic. */
  UNKNOWN
}
