package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A docket entry: "Dkt. No. 564-1 at 13" is entry 564, attachment 1, pin cite "13". A list or range
 * ("ECF Nos. 10-12") gives one citation per entry. An "Id." right after a docket citation is a
 * docket citation too, with the same entry and an {@link #antecedent()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocketCitation.class)
@JsonDeserialize(as = ImmutableDocketCitation.class)
@JsonPropertyOrder({"kind", "entry", "attachment", "pinCite", "antecedent", "text", "span"})
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

  /**
   * For an "Id." that refers back to a docket citation ("[Doc. 115, at 1]. ... Id. at 2."): the
   * index, in the same citation list, of the docket citation it repeats. Empty for a citation that
   * names its entry itself.
   *
   * @since 0.1.0
   */
  Optional<Integer> antecedent();

  @Value.Check
  default void check() {
    if (entry() < 0 || attachment().map(a -> a < 0).orElse(false)) {
      throw new IllegalStateException("docket numbers are never negative: " + text());
    }
  }

  class Builder extends ImmutableDocketCitation.Builder {}
}
