/** Court Orders calendar export: deadlines and proceedings as an RFC 5545 calendar. */
module org.courtorders.ics {
  requires transitive org.courtorders.core;
  requires com.fasterxml.jackson.databind;
  requires ical4j.core;

  exports org.courtorders.ics;
}
