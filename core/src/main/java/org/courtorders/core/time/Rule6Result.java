package org.courtorders.core.time;

import java.time.LocalDate;
import java.util.List;
import org.courtorders.core.ComputationStep;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.immutables.value.Value;

/**
 * The last day of a period computed under Fed. R. Civ. P. 6(a), with the steps that led to it,
 * so a {@link org.courtorders.core.Deadline} built from it can explain itself.
 *
 * <pre>{@code
 * Rule6Result r = Rule6Calculator.federal()
 *     .compute(LocalDate.of(2026, 5, 6), 60, TimeUnit.DAYS, CountDirection.FORWARD);
 * r.lastDay();                 // 2026-07-06
 * r.steps().forEach(s -> System.out.println(s.date() + " " + s.rule() + ": " + s.explanation()));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Rule6Result {
  /** The day of the event that triggers the period. */
  LocalDate trigger();

  int amount();

  TimeUnit unit();

  CountDirection direction();

  /** The text of Rule 6(a) applied: the one in force on the trigger date unless fixed. */
  Rule6Version version();

  /** The last day of the period, after any roll past weekends and holidays. */
  LocalDate lastDay();

  /** How {@link #lastDay()} was reached, in order, each step naming its rule. */
  List<ComputationStep> steps();

  class Builder extends ImmutableRule6Result.Builder {}
}
