package org.courtorders.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.joestelmach.natty.DateGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.courtorders.parser.Probes;
import org.junit.jupiter.api.Test;

/**
 * Which dates our recognizer and Natty each find in the seed orders, printed side by side: the
 * accuracy half of the comparison DateBenchmark times. Natty's throws are counted, not fatal.
 */
class DatesVersusNattyTest {
  private static final Path SEEDS = Path.of("../parser/src/test/resources/corpus/seeds");

  @Test
  void listsWhatEachFindsInTheSeeds() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(seeds.isEmpty(), "no seeds under " + SEEDS.toAbsolutePath());
    NattyDates natty = new NattyDates();
    StringBuilder report = new StringBuilder();
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      List<String> mine = new ArrayList<>();
      for (Probes.FoundDate m : Probes.dates(text)) {
        mine.add(
            m.text().replace('\n', ' ')
                + " = "
                + m.date().map(Object::toString).orElse("(no year)"));
      }
      List<String> theirs = new ArrayList<>();
      int failuresBefore = natty.failures();
      for (DateGroup g : natty.find(text)) {
        theirs.add(g.getText().replace('\n', ' ') + " = " + g.getDates());
      }
      report
          .append(seed.getFileName())
          .append('\n')
          .append("  ours  (")
          .append(mine.size())
          .append("): ")
          .append(mine)
          .append('\n')
          .append("  Natty (")
          .append(theirs.size())
          .append(natty.failures() > failuresBefore ? ", threw" : "")
          .append("): ")
          .append(theirs)
          .append('\n');
      assertTrue(mine.size() > 0, () -> "we found no date in " + seed);
    }
    report
        .append("Natty threw on ")
        .append(natty.failures())
        .append(" of ")
        .append(seeds.size())
        .append(" seeds\n");
    System.out.print(report);
  }
}
