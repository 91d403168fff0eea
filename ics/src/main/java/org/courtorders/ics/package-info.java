/**
 * Calendar export: {@link org.courtorders.ics.CalendarExport} turns the deadlines and proceedings
 * of parsed orders into an RFC 5545 calendar (ical4j), each court's times in its own zone ({@link
 * org.courtorders.ics.CourtZones}), with a report of the items that have no date.
 */
package org.courtorders.ics;
