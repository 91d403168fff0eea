package org.courtorders.parser.spi;

import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;

/**
 * One court's practice as a plug-in: its id, its judges, and hooks the parser calls. The
 * parser applies the rules of the court an order comes from, and only those.
 *
 * <pre>{@code
 * CourtOrderParser parser = CourtOrderParser.builder()
 *     .addRules(SdnyRules.create())
 *     .build();
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe. A provider found by {@link
 * java.util.ServiceLoader} needs a public no-argument constructor or a static {@code
 * provider()} method.
 *
 * @since 0.1.0
 */
public interface CourtRules {
  /** The court's lower-case id ("nysd"). */
  String courtId();

  /** The court's judges, for case-number initials and signatures. */
  default List<JudgeProfile> judges() {
    return List.of();
  }

  /**
   * A last pass over a parsed order of this court: fill in what the court's own data knows
   * (judge names from initials, OCR-damaged signatures) and add diagnostics. The default
   * returns the order unchanged.
   *
   * @param order the order as the generic parser read it
   * @param input the original input text
   * @return the order, possibly enriched
   */
  default CourtOrder enrich(CourtOrder order, String input) {
    return order;
  }

  /** Diagnostics this court's checks raise on an order; none by default. */
  default List<Diagnostic> check(CourtOrder order, String input) {
    return List.of();
  }
}
