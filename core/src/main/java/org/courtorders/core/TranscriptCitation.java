package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transcript: "Tr. 48:3-12", "Transcript, (April 23, 2024) at 48".
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTranscriptCitation.class)
@JsonDeserialize(as = ImmutableTranscriptCitation.class)
@JsonPropertyOrder({"kind", "date", "page", "lines", "text", "span"})
public interface TranscriptCitation extends Citation {
  @Override
  @Value.Derived
  @JsonProperty("kind")
  default CitationKind kind() {
    return CitationKind.TRANSCRIPT;
  }

  Optional<LocalDate> date();

  Optional<String> page();

  Optional<String> lines();

  class Builder extends ImmutableTranscriptCitation.Builder {}
}
