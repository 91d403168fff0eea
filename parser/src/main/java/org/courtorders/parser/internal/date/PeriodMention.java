package org.courtorders.parser.internal.date;

import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;

/**
 * A period relative to an event, as written: "within fourteen (14) days of this Order", "three
 * business days before the settlement conference". Offsets are UTF-16 indices into the text given
 * to the recognizer, end exclusive.
 *
 * @param start first offset, inclusive (the cue word, such as "within", when there is one)
 * @param end offset past the period and its trigger words
 * @param amount how many units
 * @param unit days, business days, weeks, months, years or hours
 * @param direction after the trigger (FORWARD) or before it (BACKWARD, Fed. R. Civ. P. 6(a)(5))
 * @param trigger the event words ("this Order", "service"); empty when none is written
 * @param triggerStart offset of the trigger words, or -1 when none is written
 * @param triggerEnd offset past the trigger words, or -1
 * @param triggerKind whether the event is the order itself
 */
public record PeriodMention(
    int start,
    int end,
    int amount,
    TimeUnit unit,
    CountDirection direction,
    String trigger,
    int triggerStart,
    int triggerEnd,
    TriggerKind triggerKind) {

  /** What a period runs from. */
  public enum TriggerKind {
    /** The order itself: "this Order", "the date of this Order", "the e-filing of this Order". */
    THIS_ORDER,
    /** Some other event: "service", "the settlement conference". */
    EVENT,
    /**
     * No event is written ("within 30 days"); in a directive it most likely runs from the order,
     * which a caller should say it assumed.
     */
    IMPLICIT
  }

  /** Whether the period runs from the order, stated or assumed. */
  public boolean runsFromOrder() {
    return triggerKind != TriggerKind.EVENT;
  }

  public String text(CharSequence source) {
    return source.subSequence(start, end).toString();
  }
}
