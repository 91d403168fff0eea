package org.courtorders.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.courtorders.parser.Probes;
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
 * Each stage alone over the whole corpus, through the parser's test-jar {@link Probes}: the text
 * layer, the segmenter, the whole document, and every reader (the citation layer is {@code
 * CitationStep}), each given the document and the facts earlier readers find in a real parse. The
 * sum is close to a full parse; the largest share is what limits speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StageBenchmark {
  @Param({
    "TextNormalizer",
    "Segmenter",
    "Document",
    "CourtExtractor",
    "CaseNumberExtractor",
    "TitleExtractor",
    "PartyExtractor",
    "JudgeExtractor",
    "OrderDateExtractor",
    "CitationStep",
    "ObligationExtractor"
  })
  public String stage;

  private final List<Supplier<Object>> runs = new ArrayList<>();

  @Setup
  public void setUp() {
    for (String d : Corpus.load().documents()) {
      runs.add(Probes.stage(stage, d));
    }
  }

  @Benchmark
  public void stage(Blackhole bh) {
    runs.forEach(r -> bh.consume(r.get()));
  }
}
