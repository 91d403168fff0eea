/** Court Orders CSV tables: one RFC 4180 table per kind of item, for spreadsheets and notebooks. */
module org.courtorders.csv {
  requires transitive org.courtorders.core;
  requires org.apache.commons.csv;

  exports org.courtorders.csv;
}
