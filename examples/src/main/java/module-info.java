/** Runnable examples of Court Orders. */
module org.courtorders.examples {
  requires org.courtorders.parser;
  requires com.fasterxml.jackson.databind;
}
