package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.ComputationStep;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.core.time.Rule6Result;
import org.courtorders.rules.sdny.BriefingSchedule;
import org.courtorders.rules.sdny.MotionType;
import org.courtorders.rules.sdny.ServiceMethod;

/**
 * Local Civil Rule 6.1 briefing periods. The day counts are those of the pre-2024 text (7 and 2
 * days for discovery motions under 6.1(a), 14 and 7 days otherwise under 6.1(b)); each result
 * carries the caveats the reference notes raise about the July 1, 2024 amendments.
 */
public final class Briefing {
  /** Effective date of the comprehensive amendments to the joint S.D.N.Y./E.D.N.Y. Local Rules. */
  static final LocalDate AMENDED_2024 = LocalDate.of(2024, 7, 1);

  /** Fed. R. Civ. P. 6(d) stopped adding 3 days for electronic service on this date. */
  static final LocalDate RULE_6D_2016 = LocalDate.of(2016, 12, 1);

  private final Rule6Calculator rule6;

  public Briefing(Rule6Calculator rule6) {
    this.rule6 = rule6;
  }

  public BriefingSchedule schedule(MotionType type, LocalDate served, ServiceMethod method) {
    int opp = type == MotionType.DISCOVERY ? 7 : 14;
    int reply = type == MotionType.DISCOVERY ? 2 : 7;
    String sub = type == MotionType.DISCOVERY ? "6.1(a)" : "6.1(b)";
    List<ComputationStep> steps = new ArrayList<>();
    LocalDate oppDue = period(served, opp, method, "opposition", steps);
    LocalDate replyDue = period(oppDue, reply, method, "reply", steps);
    List<String> caveats = new ArrayList<>();
    caveats.add(
        "Individual Practices and orders in the case override Local Civil Rule 6.1 (its opening words); "
            + "discovery disputes usually go by letter under Local Civil Rule 37.2 instead.");
    if (type == MotionType.DISCOVERY) {
      caveats.add(
          "The 7-day and 2-day periods of 6.1(a) are from the pre-2024 text; a 2010 summary gives 1 day for "
              + "replies; whether 6.1(a) survived the July 1, 2024 amendments is not verified.");
    }
    if (!served.isBefore(AMENDED_2024.minusDays(14))) {
      caveats.add(
          "Served on or after June 17, 2024: the Local Rules as amended effective July 1, 2024 apply (old rules "
              + "only where a pending deadline fell within 14 days of that date); their 6.1 text was not retrieved, and a "
              + "January 2026 restyling reportedly renumbered rules. Verify against the current rules.");
    }
    if (served.isBefore(org.courtorders.core.time.Rule6Version.AMENDED_2009)) {
      caveats.add(
          "Served before December 1, 2009: Local Civil Rule 6.1 then used different periods; this computes "
              + "the current day counts under the former Rule 6(a).");
    }
    String citation =
        "Local Civil Rule "
            + sub
            + " (S.D.N.Y., pre-2024 text); Local Civil Rule 6.4; Fed. R. Civ. P. 6(a), 6(d)";
    return new BriefingSchedule(type, served, oppDue, replyDue, citation, caveats, steps);
  }

  private LocalDate period(
      LocalDate trigger, int days, ServiceMethod method, String what, List<ComputationStep> steps) {
    Rule6Result r = rule6.compute(trigger, days, TimeUnit.DAYS, CountDirection.FORWARD);
    steps.add(
        ComputationStep.of(
            trigger, "Local Civil Rule 6.1", what + ": " + days + " days after service"));
    steps.addAll(r.steps());
    LocalDate due = r.lastDay();
    if (addsThreeDays(method, trigger)) {
      // Rule 6(d): "3 days are added after the period would otherwise expire under Rule 6(a)";
      // the new last day rolls again past weekends and holidays.
      Rule6Result plus = rule6.compute(due, 3, TimeUnit.DAYS, CountDirection.FORWARD);
      steps.add(
          ComputationStep.of(
              due,
              "Fed. R. Civ. P. 6(d)",
              "3 days added for service by "
                  + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
      steps.addAll(plus.steps());
      due = plus.lastDay();
    }
    return due;
  }

  static boolean addsThreeDays(ServiceMethod method, LocalDate served) {
    return switch (method) {
      case MAIL, LEAVING_WITH_CLERK, OTHER_CONSENTED -> true;
      case ELECTRONIC -> served.isBefore(RULE_6D_2016);
      case PERSONAL -> false;
    };
  }
}
