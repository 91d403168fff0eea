package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One step of a deadline computation and the rule behind it, so a computed date explains itself
 * ("exclude the trigger day: Fed. R. Civ. P. 6(a)(1)(A)").
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComputationStep.class)
@JsonDeserialize(as = ImmutableComputationStep.class)
@JsonPropertyOrder({"date", "rule", "explanation"})
public interface ComputationStep {
  @Value.Parameter
  LocalDate date();

  /** The rule applied ("Fed. R. Civ. P. 6(a)(1)(C)"). */
  @Value.Parameter
  String rule();

  @Value.Parameter
  String explanation();

  static ComputationStep of(LocalDate date, String rule, String explanation) {
    return ImmutableComputationStep.of(date, rule, explanation);
  }
}
