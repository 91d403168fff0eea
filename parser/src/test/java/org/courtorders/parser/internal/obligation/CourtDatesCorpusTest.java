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
import org.courtorders.core.Diagnostic;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.ParseContext;
import org.courtorders.parser.internal.Pipeline;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.date.YearPolicy;
import org.courtorders.parser.internal.extract.Extractor;
import org.courtorders.parser.internal.segment.Layout;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.TextNormalizer;
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
        s.map(p -> set + "/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyCourtDateIsUsedOrReported(String name) throws IOException {
    String text = Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    NormalizedText normalized = TextNormalizer.normalize(text);
    Layout layout = Segmenter.standard().segment(normalized.text());
    ParseContext ctx = new ParseContext(normalized, layout, Optional.empty(), 10_000);
    for (Extractor e : Pipeline.standardExtractors()) {
      e.extract(ctx);
    }
    Set<LocalDate> used = new HashSet<>();
    ctx.directives.forEach(d -> d.deadline().flatMap(x -> x.date()).ifPresent(used::add));
    ctx.proceedings.forEach(p -> p.date().ifPresent(used::add));
    ctx.signedDate.ifPresent(used::add);
    ctx.filedDate.ifPresent(used::add);
    List<TextSpan> reported = ctx.diagnostics().stream().map(Diagnostic::span).toList();
    List<TextSpan> cited = ctx.citations.stream().map(Citation::span).toList();
    DateClassifier classifier = new DateClassifier(DateWords.standard());
    List<String> lost = new ArrayList<>();
    for (Clause c : CourtText.clauses(ctx)) {
      Words w = Words.scan(ctx.text, c.start(), c.end());
      for (DateMention m : new DateRecognizer().find(ctx.text, c.start(), c.end())) {
        if (m.kind() != DateMention.Kind.DATE) {
          continue;
        }
        DateRole role = classifier.classify(w, w.indexAt(m.start()));
        if (role != DateRole.DEADLINE && role != DateRole.APPOINTMENT && role != DateRole.UNKNOWN) {
          continue;
        }
        Optional<LocalDate> d = ctx.anchorDate().isPresent()
            ? DateRecognizer.resolveYear(m, ctx.anchorDate().get(), YearPolicy.FORWARD) : m.date();
        if (d.isPresent() && ctx.anchorDate().map(a -> d.get().isBefore(a)).orElse(false)) {
          continue; // a past event
        }
        TextSpan at = ctx.span(m.start(), m.end());
        boolean ok = d.map(used::contains).orElse(false)
            || reported.stream().anyMatch(s -> s.start() <= at.start() && at.end() <= s.end())
            || cited.stream().anyMatch(s -> s.start() <= at.start() && at.end() <= s.end());
        if (!ok) {
          lost.add(role + " " + m.text(ctx.text) + " in: " + c.of(ctx.text));
        }
      }
    }
    assertTrue(lost.isEmpty(), name + " loses court dates silently: " + lost);
  }
}
