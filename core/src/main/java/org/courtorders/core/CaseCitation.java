package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Case law: a full citation ("Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 2000)"), a short form
 * ("Smith, 123 F.3d at 460") or "Id." / "id. at 5", resolved to the citation it refers to.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseCitation.class)
@JsonDeserialize(as = ImmutableCaseCitation.class)
@JsonPropertyOrder({
  "kind",
  "form",
  "caseName",
  "volume",
  "reporter",
  "page",
  "pinCite",
  "court",
  "year",
  "antecedent",
  "text",
  "span"
})
public interface CaseCitation extends Citation {
  @Override
  @Value.Derived
  @JsonProperty("kind")
  default CitationKind kind() {
    return CitationKind.CASE;
  }

  @Value.Default
  default CitationForm form() {
    return CitationForm.FULL;
  }

  Optional<String> caseName();

  Optional<Integer> volume();

  /** The reporter's standard abbreviation ("F.3d", "S. Ct.", "WL"). */
  Optional<String> reporter();

  Optional<String> page();

  Optional<String> pinCite();

  /** The court from the parenthetical ("2d Cir."). */
  Optional<String> court();

  Optional<Integer> year();

  /** For a short form or "Id.": the index in {@link CourtOrder#citations()} it refers to. */
  Optional<Integer> antecedent();

  class Builder extends ImmutableCaseCitation.Builder {}
}
