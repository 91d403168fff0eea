package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every phrase entry cites a source and matches its own examples (libphonenumber's
 * ExampleNumbersTest).
 */
class PhraseBookTest {
  private final PhraseBook book = PhraseBook.standard();

  @Test
  void everyExampleMatchesItsOwnRule() {
    for (Phrase p : book.all()) {
      assertFalse(p.examples().isEmpty(), p.id() + " has no example");
      for (String ex : p.examples()) {
        assertTrue(p.pattern().matcher(ex).find(), p.id() + " does not match its example: " + ex);
      }
    }
  }

  @Test
  void everyEntryCitesASourceAndHasAUniqueId() {
    Set<String> ids = new HashSet<>();
    for (Phrase p : book.all()) {
      assertFalse(p.source().isBlank(), p.id() + " has no source");
      assertTrue(ids.add(p.id()), "duplicate id " + p.id());
    }
  }

  @Test
  void mayResultIsAWarningAndWillAdjournAConsequence() {
    String w = "Failure to comply may result in dismissal.";
    assertTrue(
        book.find(Phrase.Category.THREAT, w, 0, w.length()).stream()
            .anyMatch(h -> h.phrase().value().equals("WARNING")));
    String s = "If not received, the Court will adjourn the scheduled settlement conference.";
    assertTrue(
        book.find(Phrase.Category.THREAT, s, 0, s.length()).stream()
            .anyMatch(h -> h.phrase().value().equals("CONSEQUENCE")));
  }

  @Test
  void theMonthMayIsNotAModal() {
    String s = "no later than May 20, 2026";
    assertTrue(book.find(Phrase.Category.MODAL, s, 0, s.length()).isEmpty());
  }
}
