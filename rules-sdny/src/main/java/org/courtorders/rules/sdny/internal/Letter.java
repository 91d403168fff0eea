package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the recognizers read in a letter: where its body is, what kind of letter it is, and the
 * conferrals, dispute events and statements the checks look at. Offsets index the original input.
 */
record Letter(
    int bodyStart,
    int bodyEnd,
    Optional<LocalDate> date,
    Kind kind,
    List<Sentences.Sentence> sentences,
    List<Conferral> conferrals,
    List<DisputeEvent> disputes,
    List<Sentences.Sentence> impasse,
    List<Sentences.Sentence> notice,
    Optional<Sentences.Sentence> joint,
    int words,
    Optional<String> addressee) {

  enum Kind {
    DISCOVERY_DISPUTE_LETTER,
    PRE_MOTION_LETTER,
    OTHER
  }

  /** A sentence describing a conferral, or only an attempt at one. */
  record Conferral(
      Sentences.Sentence sentence,
      boolean attemptOnly,
      Set<Mode> modes,
      Optional<LocalDate> date,
      Optional<LocalTime> time,
      Optional<Integer> minutes,
      List<String> participants) {
    boolean realTimeIn(List<Mode> accepted) {
      return modes.stream().anyMatch(accepted::contains);
    }
  }

  /** A dated refusal or failure that a discovery dispute arises from. */
  record DisputeEvent(Sentences.Sentence sentence, LocalDate date) {}
}
