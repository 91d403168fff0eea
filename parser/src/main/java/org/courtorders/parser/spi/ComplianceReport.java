package org.courtorders.parser.spi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings of a court's checks on one filing, in a fixed order, as the {@code courtorders
 * check} command writes them (one JSON object a line).
 *
 * <pre>{@code
 * ComplianceReport r = rules.checkCompliance(order, text, ComplianceRequest.none());
 * r.findings().stream().filter(f -> f.status() == FindingStatus.NOT_MET)
 *     .forEach(f -> System.out.println(f.citation() + ": " + f.reason()));
 * }</pre>
 *
 * @param courtId the court whose rules were applied
 * @param sourceName the input's name (a file name), if known
 * @param judgeInitials the judge whose practices were applied, if one was identified
 * @param filingKind what the checks took the filing to be ("DISCOVERY_DISPUTE_LETTER",
 *     "PRE_MOTION_LETTER", "SETTLEMENT_ORDER", "OTHER")
 * @param findings the checked requirements
 * @since 0.1.0
 */
@JsonPropertyOrder({"courtId", "sourceName", "judgeInitials", "filingKind", "status", "findings"})
public record ComplianceReport(
    String courtId,
    Optional<String> sourceName,
    Optional<String> judgeInitials,
    String filingKind,
    List<Finding> findings) {
  public ComplianceReport {
    Objects.requireNonNull(courtId, "courtId");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(judgeInitials, "judgeInitials");
    Objects.requireNonNull(filingKind, "filingKind");
    findings = List.copyOf(findings);
  }

  /** A report with no findings: the court has no checks for this kind of filing. */
  public static ComplianceReport empty(String courtId, Optional<String> sourceName) {
    return new ComplianceReport(courtId, sourceName, Optional.empty(), "OTHER", List.of());
  }

  /**
   * The worst outcome: {@code NOT_MET} if any finding is, else {@code UNCLEAR} if any is, else
   * {@code MET}; empty when there are no findings.
   */
  @JsonProperty("status")
  public Optional<FindingStatus> status() {
    if (findings.isEmpty()) {
      return Optional.empty();
    }
    if (findings.stream().anyMatch(f -> f.status() == FindingStatus.NOT_MET)) {
      return Optional.of(FindingStatus.NOT_MET);
    }
    if (findings.stream().anyMatch(f -> f.status() == FindingStatus.UNCLEAR)) {
      return Optional.of(FindingStatus.UNCLEAR);
    }
    return Optional.of(FindingStatus.MET);
  }

  /** The finding for {@code ruleId}, if the checks produced one. */
  public Optional<Finding> finding(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
  }
}
