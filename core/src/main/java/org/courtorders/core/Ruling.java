package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A disposition of a motion, request, application, petition or objection.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuling.class)
@JsonDeserialize(as = ImmutableRuling.class)
@JsonPropertyOrder({"disposition", "withoutPrejudice", "subject", "text", "span"})
public interface Ruling extends Quoting {
  Disposition disposition();

  @Value.Default
  default boolean withoutPrejudice() {
    return false;
  }

  /** What was disposed of ("Plaintiffs' request for a conference"). */
  Optional<String> subject();

  class Builder extends ImmutableRuling.Builder {}
}
