/** Runnable examples of Court Orders. */
module org.courtorders.examples {
  requires org.courtorders.parser;
  requires org.courtorders.rules.sdny;
  requires com.fasterxml.jackson.databind;
}
