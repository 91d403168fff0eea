package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the order requires, permits, forbids or urges someone to do.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirective.class)
@JsonDeserialize(as = ImmutableDirective.class)
@JsonPropertyOrder({
  "actor",
  "actorText",
  "modality",
  "action",
  "object",
  "manner",
  "condition",
  "reminder",
  "text",
  "deadline",
  "span"
})
public interface Directive extends Quoting {
  Actor actor();

  /** The words that named the actor ("Defendants' counsel"). */
  Optional<String> actorText();

  Modality modality();

  /** The verb ("submit"). */
  String action();

  /** What the verb acts on ("an updated confidential settlement letter"). */
  Optional<String> object();

  /** How and to whom ("by email to ...", "via ECF", "by telephone"). */
  Optional<String> manner();

  /** A condition the directive depends on ("If a dispute remains"). */
  Optional<String> condition();

  /** True when the sentence reminds of an earlier order rather than ordering anew. */
  @Value.Default
  default boolean reminder() {
    return false;
  }

  Optional<Deadline> deadline();

  class Builder extends ImmutableDirective.Builder {}
}
