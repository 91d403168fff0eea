package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A reference to the record or the law: a docket entry, a rule, an earlier order, a transcript or a
 * case. The JSON field {@code kind} tells the subtype.
 *
 * <pre>{@code
 * for (Citation c : order.citations()) {
 *   if (c instanceof DocketCitation d) System.out.println(d.entry() + " " + d.span());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "kind",
    visible = false)
@JsonSubTypes({
  @JsonSubTypes.Type(value = DocketCitation.class, name = "DOCKET"),
  @JsonSubTypes.Type(value = RuleCitation.class, name = "RULE"),
  @JsonSubTypes.Type(value = OrderCitation.class, name = "ORDER"),
  @JsonSubTypes.Type(value = TranscriptCitation.class, name = "TRANSCRIPT"),
  @JsonSubTypes.Type(value = CaseCitation.class, name = "CASE")
})
public interface Citation extends Quoting {
  /** Which subtype this is; written to JSON as {@code kind}. */
  @JsonProperty("kind")
  CitationKind kind();
}
