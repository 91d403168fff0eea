/**
 * Southern District of New York practice as a court plug-in: judge roster, New York holidays and
 * court closures, discovery-conferral and letter checks, settlement checklists, Local Civil Rule
 * 6.1 briefing periods.
 */
module org.courtorders.rules.sdny {
  requires transitive org.courtorders.parser;
  requires com.fasterxml.jackson.databind;

  exports org.courtorders.rules.sdny;

  // Jackson writes the public records (SettlementChecklist, BriefingSchedule).
  opens org.courtorders.rules.sdny to
      com.fasterxml.jackson.databind;

  provides org.courtorders.parser.spi.CourtRules with
      org.courtorders.rules.sdny.SdnyRules;
}
