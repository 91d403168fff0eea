package org.courtorders.ics;

import org.courtorders.core.TextSpan;

/**
 * An item the calendar could not place, or placed with a caveat: listed in the export's report,
 * never silently dropped.
 *
 * @param sourceName the order's source name ("" if it has none)
 * @param kind {@code "deadline"} or {@code "proceeding"}
 * @param text the words the item came from
 * @param span where they lie in the order's input (UTF-16, end exclusive)
 * @param reason why it is listed ("no date: due promptly", "court unknown: floating time")
 * @param inCalendar whether the item is in the calendar all the same (with the caveat)
 * @since 0.1.0
 */
public record Unscheduled(
    String sourceName,
    String kind,
    String text,
    TextSpan span,
    String reason,
    boolean inCalendar) {}
