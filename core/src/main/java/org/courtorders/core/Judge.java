package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A judge the document names: the author who signed, the judges the case-number initials assign or
 * refer, or one merely mentioned.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJudge.class)
@JsonDeserialize(as = ImmutableJudge.class)
@JsonPropertyOrder({"name", "title", "initials", "role", "chief", "senior", "span"})
public interface Judge extends Sourced {
  /** Full name in natural case ("Jennifer E. Willis"); absent when only initials are known. */
  Optional<String> name();

  Optional<JudgeTitle> title();

  Optional<String> initials();

  JudgeRole role();

  @Value.Default
  default boolean chief() {
    return false;
  }

  @Value.Default
  default boolean senior() {
    return false;
  }

  class Builder extends ImmutableJudge.Builder {}
}
