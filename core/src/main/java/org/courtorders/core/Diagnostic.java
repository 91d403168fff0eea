package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Something the parser could not fully understand, or a note on how it read the text. Never thrown:
 * returned with the order.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
@JsonPropertyOrder({"code", "severity", "message", "span"})
public interface Diagnostic extends Sourced {
  DiagnosticCode code();

  @Value.Default
  default Severity severity() {
    return Severity.WARNING;
  }

  String message();

  static Diagnostic of(DiagnosticCode code, Severity severity, String message, TextSpan span) {
    return new Builder().code(code).severity(severity).message(message).span(span).build();
  }

  class Builder extends ImmutableDiagnostic.Builder {}
}
