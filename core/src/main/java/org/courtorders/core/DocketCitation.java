package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A docket entry: "Dkt. No. 564-1 at 13" is entry 564, attachment 1, pin cite "13". A list or
 * range ("ECF Nos. 10-12") gives one citation per entry.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocketCitation.class)
@JsonDeserialize(as = ImmutableDocketCitation.class)
@JsonPropertyOrder({"kind", "entry", "attachment", "pinCite", "text", "span"})
public interface DocketCitation extends Citation {
  @Override
  @Value.Derived
  @JsonProperty("kind")
  default CitationKind kind() {
    return CitationKind.DOCKET;
  }

  int entry();

  Optional<Integer> attachment();

  Optional<String> pinCite();

  @Value.Check
  default void check() {
    if (entry() < 0 || attachment().map(a -> a < 0).orElse(false)) {
      throw new IllegalStateException("docket numbers are never negative: " + text());
    }
  }

  class Builder extends ImmutableDocketCitation.Builder {}
}
