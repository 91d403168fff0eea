package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Judge;
import org.courtorders.core.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No absurd caption value on real orders (issue 10): every text under {@code corpus/caption},
 * {@code corpus/fuzz} and {@code corpus/seeds} parses to an author that is a person's name, not
 * page furniture or a place, and to parties that carry no subject line, endorsement, case number or
 * possessive. Values may be missing; they may not be nonsense.
 */
class CaptionInvariantsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  /** Words that make a "name" page furniture, a court or a place. */
  private static final Pattern NOT_A_JUDGE =
      Pattern.compile(
          "(?i)\\b(?:citations?|document|westlaw|reuters|slip|copy|page|filed|district|court|division|"
              + "ordered|dated|respectfully|street|new york|united states)\\b");

  /** What a party's name never holds: a letter's subject, the judge's endorsement, a number. */
  private static final Pattern NOT_A_PARTY =
      Pattern.compile(
          "(?i)(?:\\bso ordered\\b|\\bletter motion\\b|\\bre:|\\bdear\\b|\\bcase[ ]?#|\\bcase no\\b|\\b\\d{1,2}[- ]?(?:cv|cr|civ)\\b"
              + "|\\bgranted\\b|\\bdenied\\b|\\bshall\\b|\\byour honor\\b|[ ]v\\.[ ]|'s$|\u2019s$|\\bplaintiffs?\\b|\\bdefendants?\\b)");

  static Stream<String> texts() throws IOException {
    List<String> names = new ArrayList<>();
    for (String dir : new String[] {"caption", "fuzz", "seeds"}) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
        files
            .map(p -> dir + "/" + p.getFileName())
            .filter(n -> n.endsWith(".txt"))
            .sorted()
            .forEach(names::add);
      }
    }
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void noAbsurdCaptionValue(String name) throws IOException {
    String text = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
    CourtOrder order = PARSER.parse(text, name);
    order
        .author()
        .flatMap(Judge::name)
        .ifPresent(
            n -> {
              assertFalse(NOT_A_JUDGE.matcher(n).find(), () -> name + ": author \"" + n + "\"");
              assertTrue(
                  n.length() <= 60 && n.chars().filter(Character::isLetter).count() >= 3,
                  () -> name + ": author \"" + n + "\"");
            });
    order
        .caption()
        .ifPresent(
            c -> {
              for (List<Party> side : List.of(c.plaintiffs(), c.defendants())) {
                for (Party p : side) {
                  assertFalse(
                      NOT_A_PARTY.matcher(p.name()).find(),
                      () -> name + ": party \"" + p.name() + "\"");
                  assertTrue(p.name().length() <= 120, () -> name + ": party \"" + p.name() + "\"");
                }
              }
            });
  }
}
