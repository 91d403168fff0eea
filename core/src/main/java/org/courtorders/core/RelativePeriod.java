package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period of time relative to an event: "within 14 days of this Order", "no later than 30 days
 * after service", "7 days before the conference".
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelativePeriod.class)
@JsonDeserialize(as = ImmutableRelativePeriod.class)
@JsonPropertyOrder({"amount", "unit", "direction", "trigger", "triggerDate"})
public interface RelativePeriod {
  int amount();

  TimeUnit unit();

  CountDirection direction();

  /** The event words ("this Order", "service"). */
  String trigger();

  /** The trigger's date where the text lets it be known. */
  Optional<LocalDate> triggerDate();

  @Value.Check
  default void check() {
    if (amount() < 0) {
      throw new IllegalStateException("period amount must be >= 0: " + amount());
    }
  }

  class Builder extends ImmutableRelativePeriod.Builder {}
}
