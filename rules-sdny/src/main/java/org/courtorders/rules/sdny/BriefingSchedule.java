package org.courtorders.rules.sdny;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.courtorders.core.ComputationStep;

/**
 * When opposition and reply papers are due under Local Civil Rule 6.1, computed with Fed. R. Civ.
 * P. 6 and the S.D.N.Y. calendar. The reply date assumes the opposition is served on its last day
 * by the same method.
 *
 * <pre>{@code
 * BriefingSchedule b = SdnyRules.create().briefingSchedule(MotionType.OTHER_CIVIL,
 *     LocalDate.of(2024, 2, 2), ServiceMethod.ELECTRONIC);
 * b.oppositionDue();   // 2024-02-16
 * }</pre>
 *
 * @param motionType which schedule
 * @param served the day the moving papers were served
 * @param oppositionDue the last day to serve opposing papers
 * @param replyDue the last day to serve reply papers, if the opposition is served on its last day
 * @param citation the rule text applied
 * @param caveats what a reader must check before relying on the dates (rule amendments, Individual
 *     Practices and orders that override the Local Rule)
 * @param steps how both dates were reached, each step naming its rule
 * @since 0.1.0
 */
public record BriefingSchedule(
    MotionType motionType,
    LocalDate served,
    LocalDate oppositionDue,
    LocalDate replyDue,
    String citation,
    List<String> caveats,
    List<ComputationStep> steps) {
  public BriefingSchedule {
    Objects.requireNonNull(motionType, "motionType");
    Objects.requireNonNull(served, "served");
    Objects.requireNonNull(oppositionDue, "oppositionDue");
    Objects.requireNonNull(replyDue, "replyDue");
    Objects.requireNonNull(citation, "citation");
    caveats = List.copyOf(caveats);
    steps = List.copyOf(steps);
  }
}
