package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an earlier order: "the Court's June 23, 2023 Order", "5/5/23 Order ¶ 2",
 * "Scheduling Order ¶ 4".
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderCitation.class)
@JsonDeserialize(as = ImmutableOrderCitation.class)
@JsonPropertyOrder({"kind", "name", "date", "paragraph", "text", "span"})
public interface OrderCitation extends Citation {
  @Override
  @Value.Derived
  @JsonProperty("kind")
  default CitationKind kind() {
    return CitationKind.ORDER;
  }

  /** The short name the order uses ("Scheduling Order", "5/5/23 Order"). */
  Optional<String> name();

  Optional<LocalDate> date();

  Optional<String> paragraph();

  class Builder extends ImmutableOrderCitation.Builder {}
}
