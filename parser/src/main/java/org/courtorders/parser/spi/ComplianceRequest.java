package org.courtorders.parser.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * What a compliance check needs beyond the filing itself: the judge it goes to, when the text does
 * not say (a letter addressed to "Your Honor"), and the text of an earlier order in the case whose
 * directions also bind the filing ("file a jointly-composed letter", "may not exceed four pages").
 *
 * <pre>{@code
 * ComplianceRequest req = ComplianceRequest.none().withJudge("GWG");
 * }</pre>
 *
 * @param judgeInitials the initials of the judge the filing is addressed to, overriding what the
 *     text says
 * @param priorOrderText the original text of an earlier order in the same case
 * @since 0.1.0
 */
public record ComplianceRequest(Optional<String> judgeInitials, Optional<String> priorOrderText) {
  public ComplianceRequest {
    Objects.requireNonNull(judgeInitials, "judgeInitials");
    Objects.requireNonNull(priorOrderText, "priorOrderText");
  }

  /** No judge override and no earlier order. */
  public static ComplianceRequest none() {
    return new ComplianceRequest(Optional.empty(), Optional.empty());
  }

  public ComplianceRequest withJudge(String initials) {
    return new ComplianceRequest(
        Optional.of(Objects.requireNonNull(initials, "initials")), priorOrderText);
  }

  public ComplianceRequest withPriorOrder(String text) {
    return new ComplianceRequest(judgeInitials, Optional.of(Objects.requireNonNull(text, "text")));
  }
}
