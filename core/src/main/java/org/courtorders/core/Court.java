package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A United States court, by the lower-case identifier public federal court data sets use ({@code
 * nysd}, {@code nyed}, {@code cand}, {@code njd}, ...), with its full name.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCourt.class)
@JsonDeserialize(as = ImmutableCourt.class)
@JsonPropertyOrder({"id", "name", "span"})
public interface Court {
  String id();

  String name();

  /** Where the text names the court, if it does. */
  Optional<TextSpan> span();

  class Builder extends ImmutableCourt.Builder {}
}
