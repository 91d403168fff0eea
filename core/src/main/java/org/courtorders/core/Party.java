package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One party as the caption names it, with descriptors ("individually and on behalf of all others
 * similarly situated", "d/b/a ...") and "et al." kept out of {@link #name()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
@JsonPropertyOrder({"name", "descriptor", "etAl", "span"})
public interface Party extends Sourced {
  String name();

  /** Capacity or alias words that followed the name. */
  Optional<String> descriptor();

  /** Whether the caption added "et al." to this side. */
  @Value.Default
  default boolean etAl() {
    return false;
  }

  class Builder extends ImmutableParty.Builder {}
}
