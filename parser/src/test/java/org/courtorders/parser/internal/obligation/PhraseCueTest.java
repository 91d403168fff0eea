package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A phrase's cue is part of what it matches: every example's match holds it, and so does the pattern. */
class PhraseCueTest {
  @Test
  void everyCueIsInEveryExampleMatchAndInThePattern() {
    for (Phrase p : PhraseBook.standard().all()) {
      if (p.cue().isEmpty()) {
        continue;
      }
      assertTrue(p.pattern().pattern().toLowerCase(Locale.ROOT).contains(p.cue()), p.id());
      for (String example : p.examples()) {
        Matcher m = p.pattern().matcher(example);
        assertTrue(m.find(), p.id() + ": " + example);
        assertTrue(m.group().toLowerCase(Locale.ROOT).contains(p.cue()), p.id() + ": cue not in match of " + example);
        assertTrue(PhraseBook.holdsCue(p, example, 0, example.length()), p.id());
      }
    }
  }
}
