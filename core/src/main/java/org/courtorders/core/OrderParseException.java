package org.courtorders.core;

import java.util.List;

/**
 * Thrown by {@link CourtOrder#throwIfErrors()} when a caller opts into strictness; carries the
 * diagnostics of severity {@link Severity#ERROR}. The parser itself never throws on content.
 *
 * @since 0.1.0
 */
public final class OrderParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public OrderParseException(List<Diagnostic> diagnostics) {
    super(summarize(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summarize(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder(diagnostics.size() + " error(s) in order");
    for (Diagnostic d : diagnostics) {
      sb.append("\n  ")
          .append(d.code())
          .append(" at [")
          .append(d.span().start())
          .append(", ")
          .append(d.span().end())
          .append("): ")
          .append(d.message());
    }
    return sb.toString();
  }
}
