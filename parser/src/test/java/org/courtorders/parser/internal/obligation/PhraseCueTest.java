package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A phrase's cues are part of what it matches: every example's match holds one, and each is written
 * in the pattern. The cues gate the regular expressions, so a wrong cue would lose matches; this
 * test is what stands between a cue and that.
 */
class PhraseCueTest {
  @Test
  void everyCueIsInEveryExampleMatchAndInThePattern() {
    for (Phrase p : PhraseBook.standard().all()) {
      for (String cue : p.cues()) {
        assertTrue(
            p.pattern().pattern().toLowerCase(Locale.ROOT).contains(cue), p.id() + ": " + cue);
      }
      for (String example : p.examples()) {
        Matcher m = p.pattern().matcher(example);
        assertTrue(m.find(), p.id() + ": " + example);
        String match = m.group().toLowerCase(Locale.ROOT);
        assertTrue(
            p.cues().isEmpty() || p.cues().stream().anyMatch(match::contains),
            p.id() + ": no cue in the match of " + example);
        assertTrue(PhraseBook.holdsCue(p, example, 0, example.length()), p.id());
        assertTrue(Trigrams.of(example, m.start(), m.end()).mayHold(p.cues()), p.id());
      }
    }
  }
}
