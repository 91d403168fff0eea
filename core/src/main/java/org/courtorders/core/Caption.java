package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The caption block: title, case numbers and the parties on each side. Its span covers the block;
 * each part carries its own.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaption.class)
@JsonDeserialize(as = ImmutableCaption.class)
@JsonPropertyOrder({"title", "caseNumbers", "plaintiffs", "defendants", "span"})
public interface Caption extends Sourced {
  Optional<String> title();

  List<CaseNumber> caseNumbers();

  List<Party> plaintiffs();

  List<Party> defendants();

  class Builder extends ImmutableCaption.Builder {}
}
