/** The courtorders command line. */
module org.courtorders.cli {
  requires org.courtorders.parser;
  requires org.courtorders.pdf;
  requires org.courtorders.csv;
  requires org.courtorders.ics;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  opens org.courtorders.cli to
      info.picocli;

  uses org.courtorders.parser.spi.CourtRules;
}
