package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.courtorders.core.Citation;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.date.YearPolicy;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.pipeline.Pipeline;
import org.courtorders.parser.internal.read.Facts;
import org.courtorders.parser.internal.read.Findings;
import org.courtorders.parser.internal.read.Reader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: on the real orders of the dev and dev2 sets (copied into test resources, sources in
 * their SOURCES.md), every date in the court's own voice that is not past (a due date, a session,
 * or one the reader cannot place) is either used (a deadline, a proceeding, the signed date, a
 * citation) or reported by a diagnostic at its span. Nothing is lost silently.
 */
class CourtDatesCorpusTest {
  private static final Path ROOT = Path.of("src/test/resources/corpus");

  static Stream<String> documents() throws IOException {
    List<String> out = new ArrayList<>();
    for (String set : List.of("dev", "dev2")) {
      try (Stream<Path> s = Files.list(ROOT.resolve(set))) {
        s.map(p -> set + "/" + p.getFileName())
            .filter(n -> n.endsWith(".txt"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyCourtDateIsUsedOrReported(String name) throws IOException {
    String text = Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    Document doc = Document.of(text);
    Facts facts = Facts.none(Optional.empty());
    List<int[]> reported = new ArrayList<>();
    for (Reader r : Pipeline.standardReaders()) {
      Findings f = r.read(doc, facts);
      f.notes().forEach(n -> reported.add(new int[] {n.start(), n.end()}));
      facts = facts.plus(f);
    }
    Set<LocalDate> used = new HashSet<>();
    facts.directives().forEach(d -> d.deadline().flatMap(x -> x.date()).ifPresent(used::add));
    facts.proceedings().forEach(p -> p.date().ifPresent(used::add));
    facts.signedDate().ifPresent(used::add);
    facts.filedDate().ifPresent(used::add);
    List<TextSpan> cited = facts.citations().stream().map(Citation::span).toList();
    Optional<LocalDate> anchor = facts.anchorDate();
    String t = doc.text;
    DateClassifier classifier = new DateClassifier(DateWords.standard());
    List<String> lost = new ArrayList<>();
    for (Clause c : doc.clauses()) {
      Words w = Words.scan(t, c.start(), c.end());
      for (DateMention m : doc.dates(c)) {
        if (m.kind() != DateMention.Kind.DATE) {
          continue;
        }
        DateRole role = classifier.classify(w, w.indexAt(m.start()));
        if (role != DateRole.DEADLINE && role != DateRole.APPOINTMENT && role != DateRole.UNKNOWN) {
          continue;
        }
        Optional<LocalDate> d =
            anchor.isPresent()
                ? DateRecognizer.resolveYear(m, anchor.get(), YearPolicy.FORWARD)
                : m.date();
        if (d.isPresent() && anchor.map(a -> d.get().isBefore(a)).orElse(false)) {
          continue; // a past event
        }
        boolean ok =
            d.map(used::contains).orElse(false)
                || reported.stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1])
                || cited.stream().anyMatch(s -> s.start() <= m.start() && m.end() <= s.end());
        if (!ok) {
          lost.add(role + " " + m.text(t) + " in: " + c.of(t));
        }
      }
    }
    assertTrue(lost.isEmpty(), name + " loses court dates silently: " + lost);
  }
}
