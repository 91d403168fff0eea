package org.courtorders.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full parse of the whole corpus per operation, against a floor: one plain pass over the same text
 * that lower-cases and counts characters, the least any reader of the text must do. One operation
 * is one pass over every document, so MB/s is ops/s times the corpus size ({@link BenchmarkMain}
 * prints it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  private List<String> documents;
  private CourtOrderParser parser;

  @Setup
  public void setUp() {
    documents = Corpus.load().documents();
    parser = CourtOrderParser.builder().build();
  }

  @Benchmark
  public void fullParse(Blackhole bh) {
    for (String d : documents) {
      CourtOrder order = parser.parse(d);
      bh.consume(order);
    }
  }

  @Benchmark
  public long floor() {
    long letters = 0;
    for (String d : documents) {
      String lower = d.toLowerCase(Locale.ROOT);
      for (int i = 0; i < lower.length(); i++) {
        if (Character.isLetter(lower.charAt(i))) {
          letters++;
        }
      }
    }
    return letters;
  }
}
