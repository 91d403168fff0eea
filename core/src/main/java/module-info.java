/**
 * The Court Orders model: immutable value types for parsed court orders, their JSON form, and the
 * Fed. R. Civ. P. 6(a) time calculator.
 */
module org.courtorders.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value;

  exports org.courtorders.core;
  exports org.courtorders.core.data;
  exports org.courtorders.core.json;
  exports org.courtorders.core.time;

  opens org.courtorders.core to
      com.fasterxml.jackson.databind;
}
