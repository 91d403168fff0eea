package org.courtorders.parser.spi;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.courtorders.core.TextSpan;

/**
 * One checked requirement: which rule, where it comes from, whether the filing meets it, why, and
 * the words of the filing that show it.
 *
 * @param ruleId stable identifier of the check ("nysd.discovery.conferral")
 * @param citation the legal source ("Local Civil Rule 37.2; Gorenstein Individual Practices ¶ 2.A")
 * @param status the outcome
 * @param reason the outcome in plain words, for the filer
 * @param evidence spans into the ORIGINAL input (UTF-16 offsets, end exclusive); may be empty when
 *     the finding rests on what the text lacks
 * @since 0.1.0
 */
@JsonPropertyOrder({"ruleId", "citation", "status", "reason", "evidence"})
public record Finding(
    String ruleId, String citation, FindingStatus status, String reason, List<TextSpan> evidence) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    evidence = List.copyOf(evidence);
  }
}
