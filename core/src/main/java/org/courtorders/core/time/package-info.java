/**
 * Computing time under Fed. R. Civ. P. 6(a): legal-holiday calendars ({@link
 * org.courtorders.core.time.HolidayCalendar}, {@link org.courtorders.core.time.FederalHolidays})
 * and the period calculator ({@link org.courtorders.core.time.Rule6Calculator}) whose results
 * explain themselves step by step.
 */
@OrderStyle
package org.courtorders.core.time;

import org.courtorders.core.OrderStyle;
