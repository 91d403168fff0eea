package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The phrase book tries a phrase only where its start table ({@link Starts}) lets a match start
 * (issue #13); it must find exactly what {@code Matcher.find()} over the region finds, on every
 * phrase's examples in any surroundings, on the seed orders clause by clause, and on text made of
 * the phrases' own words.
 */
class PhraseStartsTest {
  private static final PhraseBook BOOK = PhraseBook.standard();

  /** The plain scan: every position of the region, as before the tables. */
  private static List<PhraseBook.Hit> reference(Phrase.Category c, String text, int from, int to) {
    List<PhraseBook.Hit> hits = new ArrayList<>();
    for (Phrase p : BOOK.of(c)) {
      Matcher m = p.pattern().matcher(text).region(from, to);
      while (m.find()) {
        hits.add(new PhraseBook.Hit(p, m.start(), m.end()));
        if (m.end() == m.start()) {
          break;
        }
      }
    }
    hits.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
    return hits;
  }

  /**
   * The same, once with the text as the order being read ({@link WordStarts}: the insides of words
   * skipped) and once without.
   */
  private static void assertSame(String text, int from, int to) {
    assertSameAsFind(text, from, to);
    try (WordStarts.Reading r = WordStarts.reading(text)) {
      assertSameAsFind(text, from, to);
    }
  }

  private static void assertSameAsFind(String text, int from, int to) {
    for (Phrase.Category c : Phrase.Category.values()) {
      List<PhraseBook.Hit> expected = reference(c, text, from, to);
      assertEquals(
          expected,
          BOOK.find(c, text, from, to),
          () -> c + " in [" + text.substring(from, to) + "]");
      assertEquals(
          !expected.isEmpty(), BOOK.any(c, text, from, to), () -> c + " any in [" + text + "]");
    }
  }

  @Test
  void mostPhrasesHaveATable() {
    long tabled = BOOK.all().stream().filter(p -> Starts.of(p.pattern()) != null).count();
    assertTrue(tabled * 10 >= BOOK.all().size() * 8, tabled + " of " + BOOK.all().size());
  }

  @Test
  void examplesInAnySurroundings() {
    String[] around = {"", " ", "x", "(", "a ", ".", "_", "1", "\u00E9", "'", "\n"};
    for (Phrase p : BOOK.all()) {
      for (String example : p.examples()) {
        for (String before : around) {
          for (String after : around) {
            String text = before + example + after;
            assertSame(text, 0, text.length());
            assertSame(text, before.length(), text.length() - after.length());
            if (text.length() > 2) {
              assertSame(text, 1, text.length() - 1);
            }
          }
        }
      }
    }
  }

  @Test
  void seedOrdersSentenceBySentence() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/seeds"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch == '.' || ch == ';' || ch == '\n' && i > from + 200) {
            assertSame(text, from, i + 1);
            from = i + 1;
          }
        }
        assertSame(text, from, text.length());
      }
    }
  }

  @Property(tries = 300)
  void phraseWordsInAnyOrder(@ForAll("phraseWords") String text) {
    assertSame(text, 0, text.length());
    if (text.length() > 4) {
      assertSame(text, 2, text.length() - 1);
    }
  }

  @Provide
  Arbitrary<String> phraseWords() {
    List<String> words =
        new ArrayList<>(
            List.of(
                " ", "  ", ".", ",", ";", "(", ")", "'", "'s", "$", "5", "1:00", "p.m.", "\n", "_",
                "Ms.", "-", "\u00E9"));
    for (Phrase p : BOOK.all()) {
      for (String e : p.examples()) {
        for (String w : e.split("\\s+")) {
          if (!w.isEmpty()) {
            words.add(w);
            words.add(w.toUpperCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return Arbitraries.of(words).list().ofMaxSize(30).map(ws -> String.join(" ", ws));
  }
}
