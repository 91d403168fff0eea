package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schedule reader's per-line gate (issue #13): a line with none of a row's separators is never
 * read as a row or a header. Each example names the separators its line holds (1 cells, 2 row).
 */
class ScheduleSeparatorsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Fact discovery closes on June 30, 2025.#0",
        "Fact discovery  June 30, 2025#3",
        "Fact discovery\tJune 30, 2025#3",
        "| Dispositive motions | September 15, 2025 |#3",
        "Expert reports: July 31, 2025#2",
        "Fact discovery ........ June 30, 2025#2",
        "Fact discovery \u2026 June 30, 2025#2",
        "Fact discovery ____ June 30, 2025#2",
        "Mr. J. Doe filed it.#2",
        "Mr. Doe filed it.#0",
        "Event  Deadline#3",
        "March 3, 2025 -- Amended pleadings#2",
        "March 3, 2025 - Amended pleadings#2",
        "The pre-trial order is well-known.#0",
      })
  void aLineNamesTheSeparatorsItMayHold(String line, int expected) {
    assertEquals(expected, ScheduleReader.separators(line, 0, line.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {"a  b#1#3", "a  b#2#0", "a: b#0#2"})
  void onlyTheStretchAskedForIsRead(String line, int from, int expected) {
    assertEquals(expected, ScheduleReader.separators(line, from, line.length()));
  }
}
