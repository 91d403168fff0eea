/**
 * The date grammar: hand-written, linear-time recognizers for calendar dates, times, relative
 * periods ("within 14 days of this Order") and dateless deadline words ("forthwith") in normalized
 * order text. Internal: this package carries no compatibility promise and may change in any
 * release.
 */
package org.courtorders.parser.internal.date;
