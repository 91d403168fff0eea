package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When something is due. A {@code DATE} deadline has a date, or only a month and day when the text
 * gives no year and the order no date to infer it from; a {@code RELATIVE} one has a period and a
 * date only when its trigger date is known; {@code IMMEDIATE} and {@code PROMPT} have none.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
@JsonPropertyOrder({
  "kind",
  "date",
  "monthDay",
  "time",
  "yearInferred",
  "text",
  "period",
  "computation",
  "span"
})
public interface Deadline extends Quoting {
  DeadlineKind kind();

  Optional<LocalDate> date();

  /**
   * The month and day as written when the text gives no year ("by July 20th"), ISO-8601 {@code
   * --07-20}; kept even when no year can be inferred (no order date), so the deadline is reported
   * with its partial date and a {@code YEAR_UNKNOWN} diagnostic instead of being dropped. Empty
   * when the year is written.
   *
   * @since 0.2.0
   */
  @JsonFormat(pattern = "--MM-dd")
  Optional<MonthDay> monthDay();

  @JsonFormat(pattern = "HH:mm")
  Optional<LocalTime> time();

  @Value.Default
  default boolean yearInferred() {
    return false;
  }

  Optional<RelativePeriod> period();

  /** How the date was computed, step by step, with the rule behind each step. */
  List<ComputationStep> computation();

  @Value.Check
  default void check() {
    if (kind() == DeadlineKind.DATE && date().isEmpty() && monthDay().isEmpty()) {
      throw new IllegalStateException(
          "DATE deadline without a date or a month and day at " + span());
    }
    if (kind() == DeadlineKind.RELATIVE && period().isEmpty()) {
      throw new IllegalStateException("RELATIVE deadline without a period at " + span());
    }
  }

  class Builder extends ImmutableDeadline.Builder {}
}
