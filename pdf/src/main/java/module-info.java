/** Court Orders PDF input: text from PDF files in reading order, with the page of every span. */
module org.courtorders.pdf {
  requires transitive org.courtorders.parser;
  requires transitive com.fasterxml.jackson.databind;
  requires org.apache.pdfbox;

  exports org.courtorders.pdf;
}
