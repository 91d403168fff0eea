package org.courtorders.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courtorders.parser.internal.pipeline.Stages;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.text.NormalizedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each stage alone over the whole corpus: the text layer, the segmenter, and every reader (the
 * citation layer is {@code CitationStep}), each given the document and the facts earlier readers
 * find in a real parse. The sum is close to a full parse; the largest share is what limits
 * speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StageBenchmark {
  @Param({"TextNormalizer", "Segmenter", "CourtExtractor", "CaseNumberExtractor", "TitleExtractor",
      "PartyExtractor", "JudgeExtractor", "OrderDateExtractor", "CitationStep", "ObligationExtractor"})
  public String stage;

  private List<String> documents;
  private final List<NormalizedText> normalized = new ArrayList<>();
  private final List<Stages.Before> before = new ArrayList<>();
  private Reader reader;

  @Setup
  public void setUp() {
    documents = Corpus.load().documents();
    for (String d : documents) {
      normalized.add(Stages.normalize(d));
      if (stage.endsWith("Extractor") || stage.endsWith("Step")) {
        before.add(Stages.before(d, stage));
      }
    }
    reader = Stages.readers().get(stage);
  }

  @Benchmark
  public void stage(Blackhole bh) {
    switch (stage) {
      case "TextNormalizer" -> documents.forEach(d -> bh.consume(Stages.normalize(d)));
      case "Segmenter" -> normalized.forEach(n -> bh.consume(Stages.segment(n)));
      default -> before.forEach(b -> bh.consume(reader.read(b.doc(), b.facts())));
    }
  }
}
