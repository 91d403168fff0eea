/**
 * The S.D.N.Y. court plug-in: {@link org.courtorders.rules.sdny.SdnyRules} and the values it
 * returns (settlement checklists, Local Civil Rule 6.1 briefing schedules). Register it with {@code
 * CourtOrderParser.builder().addRules(SdnyRules.create())}.
 */
package org.courtorders.rules.sdny;
