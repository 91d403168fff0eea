package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conference, hearing, trial or argument the order schedules, adjourns or cancels.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProceeding.class)
@JsonDeserialize(as = ImmutableProceeding.class)
@JsonPropertyOrder({"type", "status", "date", "time", "manner", "place", "text", "span"})
public interface Proceeding extends Quoting {
  ProceedingType type();

  @Value.Default
  default ProceedingStatus status() {
    return ProceedingStatus.SCHEDULED;
  }

  Optional<LocalDate> date();

  @JsonFormat(pattern = "HH:mm")
  Optional<LocalTime> time();

  Optional<Manner> manner();

  Optional<String> place();

  class Builder extends ImmutableProceeding.Builder {}
}
