package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule or statute: "Fed. R. Civ. P. 37(b)(2)(A)", "Local Civil Rule 37.2", "paragraph 2.A of the
 * Court's Individual Practices", "28 U.S.C. § 1915(e)(2)(B)".
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleCitation.class)
@JsonDeserialize(as = ImmutableRuleCitation.class)
@JsonPropertyOrder({"kind", "ruleSet", "rule", "title", "pinCite", "antecedent", "text", "span"})
public interface RuleCitation extends Citation {
  @Override
  @Value.Derived
  @JsonProperty("kind")
  default CitationKind kind() {
    return CitationKind.RULE;
  }

  RuleSet ruleSet();

  /** The rule or section with its subdivisions ("37(b)(2)(A)", "1915(e)(2)(B)", "2.A"). */
  Optional<String> rule();

  /** The title of a statute ("28" in 28 U.S.C.). */
  Optional<Integer> title();

  /** For "Id." after a rule or statute: the subdivision or page it adds ("(b)", "at 3"), if any. */
  Optional<String> pinCite();

  /**
   * For "Id." after a rule or statute: the index in {@link CourtOrder#citations()} of the citation
   * it repeats.
   */
  Optional<Integer> antecedent();

  class Builder extends ImmutableRuleCitation.Builder {}
}
