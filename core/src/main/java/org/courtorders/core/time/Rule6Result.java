package org.courtorders.core.time;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.ComputationStep;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.immutables.value.Value;

/**
 * The last day of a period computed under Fed. R. Civ. P. 6(a), with the steps that led to it, so a
 * {@link org.courtorders.core.Deadline} built from it can explain itself.
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

  /**
   * The time the period ends, for a period in hours (Rule 6(a)(2)) whose event's time is known;
   * empty otherwise (a period in days ends at the end of its last day, Rule 6(a)(4)).
   *
   * @since 0.2.0
   */
  @JsonFormat(pattern = "HH:mm")
  Optional<LocalTime> lastTime();

  /**
   * How service was made, when the period runs from service and the caller said (Rule 6(d)); empty
   * when no service method was given.
   *
   * @since 0.2.0
   */
  Optional<ServiceMethod> service();

  /**
   * The last day if the court treats the days the President closed federal offices by executive
   * order as legal holidays (Rule 6(a)(6)(B)), when that differs from {@link #lastDay()}; the
   * calculator gives the earlier date by default ({@link ExecutiveClosures#EARLIER_DATE}).
   *
   * @since 0.2.0
   */
  Optional<LocalDate> laterLastDay();

  /** How {@link #lastDay()} was reached, in order, each step naming its rule. */
  List<ComputationStep> steps();

  class Builder extends ImmutableRule6Result.Builder {}
}
