package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Anchored} must find exactly what {@code pattern.matcher(text).region(from, to).find()}
 * finds in a loop — same starts, ends and groups — for every pattern the obligation readers search
 * with it (found by reflection, so a new one is checked without being listed here), on the seed
 * orders sentence by sentence and by whole document, on generated text made of the orders' own
 * words, and on edge cases (empty regions, regions cut inside words, empty-matching patterns).
 */
class AnchoredTest {
  private static final List<Class<?>> READERS =
      List.of(
          ActorResolver.class,
          RulingRecognizer.class,
          DirectiveRecognizer.class,
          ProceedingRecognizer.class,
          SanctionRecognizer.class,
          DeadlineResolver.class,
          DateReader.class);

  static List<Anchored> all() {
    List<Anchored> all = new ArrayList<>();
    for (Class<?> c : READERS) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == Anchored.class && Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          try {
            all.add((Anchored) f.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return all;
  }

  private static final List<Anchored> ALL = all();

  private static List<String> reference(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      out.add(describe(m.start(), m.end(), m.groupCount(), m::start, m::end));
    }
    return out;
  }

  private static List<String> anchored(Anchored a, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Anchored.Scan s = a.scan(text, from, to);
    int groups = a.pattern().matcher("").groupCount();
    while (s.find()) {
      out.add(describe(s.start(), s.end(), groups, s::start, s::end));
    }
    return out;
  }

  private static String describe(
      int start,
      int end,
      int groups,
      java.util.function.IntUnaryOperator gs,
      java.util.function.IntUnaryOperator ge) {
    StringBuilder b = new StringBuilder().append(start).append('-').append(end);
    for (int g = 1; g <= groups; g++) {
      b.append(' ').append(gs.applyAsInt(g)).append(':').append(ge.applyAsInt(g));
    }
    return b.toString();
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
    for (Anchored a : ALL) {
      List<String> expected = reference(a.pattern(), text, from, to);
      assertEquals(
          expected,
          anchored(a, text, from, to),
          () -> a.pattern() + " in [" + text.substring(from, to) + "]");
      assertEquals(!expected.isEmpty(), a.find(text, from, to), () -> a.pattern() + " find");
    }
  }

  @Test
  void thePatternsAreFound() {
    assertFalse(ALL.isEmpty());
  }

  @Test
  void seedOrdersSentenceBySentenceAndWhole() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/seeds"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        assertSame(text, 0, text.length());
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch == '.' || ch == ';' || ch == '\n' && i > from + 200) {
            assertSame(text, from, i + 1);
            if (i - from > 6) {
              assertSame(text, from + 3, i - 2); // cut inside words
            }
            from = i + 1;
          }
        }
      }
    }
  }

  @Test
  void edges() {
    for (String t : List.of("", " ", "a", "Ms. Lee", "motion", "x motions y", "\u00E9Motion")) {
      for (int from = 0; from <= t.length(); from++) {
        for (int to = from; to <= t.length(); to++) {
          assertSame(t, from, to);
        }
      }
    }
  }

  @Test
  void emptyMatchesStepOnAsFindDoes() {
    Anchored a = Anchored.compile("x*");
    String t = "axxb x";
    assertEquals(reference(a.pattern(), t, 0, t.length()), anchored(a, t, 0, t.length()));
    assertEquals(reference(a.pattern(), t, 1, 4), anchored(a, t, 1, 4));
  }

  @Test
  void aPatternThatStartsInsideWordsIsTriedThere() {
    for (String regex : List.of("otion", "(?i)\\Botion", "\\w+ion")) {
      Anchored a = Anchored.compile(regex);
      String t = "a motion, motions; emotion";
      try (WordStarts.Reading r = WordStarts.reading(t)) {
        assertEquals(reference(a.pattern(), t, 0, t.length()), anchored(a, t, 0, t.length()));
        assertFalse(anchored(a, t, 0, t.length()).isEmpty(), regex);
      }
    }
  }

  @Test
  void aSearchThatSkipsWordsEndsAtTheRegionsEnd() {
    Anchored a = Anchored.compile("\\bmotion\\b|\\b(?=$)");
    String t = "a motions motion";
    try (WordStarts.Reading r = WordStarts.reading(t)) {
      assertEquals(reference(a.pattern(), t, 0, t.length()), anchored(a, t, 0, t.length()));
      assertEquals(reference(a.pattern(), t, 2, 7), anchored(a, t, 2, 7));
    }
  }

  @Property(tries = 200)
  void generatedText(@ForAll("orderWords") String text) {
    assertSame(text, 0, text.length());
    if (text.length() > 5) {
      assertSame(text, 2, text.length() - 2);
    }
  }

  @Provide
  Arbitrary<String> orderWords() {
    List<String> words =
        new ArrayList<>(
            List.of(
                " ",
                "  ",
                ".",
                ",",
                ";",
                "(",
                ")",
                "'",
                "'s",
                "$",
                "5",
                "\n",
                "_",
                "Ms.",
                "Mr.",
                "-",
                "\u00E9",
                "Attorney",
                "counsel,",
                "motion",
                "Motions",
                "letter-motion",
                "R&R",
                "the Court",
                "declines",
                "request",
                "Jane",
                "Doe",
                "O'Neil",
                "sanctions",
                "CLE",
                "show cause why he",
                "ECF",
                "No.",
                "12",
                "is",
                "are",
                "GRANTED",
                "denied"));
    return Arbitraries.of(words).list().ofMaxSize(30).map(ws -> String.join(" ", ws));
  }
}
