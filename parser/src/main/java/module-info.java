/** The Court Orders parser: reads the text of a court order into the core model. */
module org.courtorders.parser {
  requires transitive org.courtorders.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.immutables.value;

  exports org.courtorders.parser;
  exports org.courtorders.parser.spi;

  // Jackson writes ComplianceReport and Finding records.
  opens org.courtorders.parser.spi to
      com.fasterxml.jackson.databind;

  uses org.courtorders.parser.spi.CourtRules;
}
