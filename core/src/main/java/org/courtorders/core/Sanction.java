package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sanction threatened in general terms, a consequence the court says it will impose if a
 * directive is not met, or a sanction imposed now.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSanction.class)
@JsonDeserialize(as = ImmutableSanction.class)
@JsonPropertyOrder({"kind", "measures", "amount", "rule", "directive", "text", "span"})
public interface Sanction extends Quoting {
  SanctionKind kind();

  List<SanctionMeasure> measures();

  /** The amount of a monetary sanction, in dollars. */
  Optional<BigDecimal> amount();

  /** The authority invoked ("Fed. R. Civ. P. 37(b)(2)", "28 U.S.C. § 1927", "inherent power"). */
  Optional<String> rule();

  /** Index into {@link CourtOrder#directives()} of the directive this sanction backs. */
  Optional<Integer> directive();

  class Builder extends ImmutableSanction.Builder {}
}
