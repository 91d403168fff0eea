package org.courtorders.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courtorders.parser.Probes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Date recognition over every corpus document: our date grammar ({@link Probes#dates}) against
 * Natty, the open-source peer. Both read the raw document text. Natty's throws are counted and
 * printed at tear-down, not allowed to end the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DateBenchmark {
  private List<String> documents;
  private final NattyDates natty = new NattyDates();
  private long nattyCalls;

  @Setup
  public void setUp() {
    documents = Corpus.load().documents();
  }

  @Benchmark
  public void ours(Blackhole bh) {
    for (String d : documents) {
      bh.consume(Probes.dates(d));
    }
  }

  @Benchmark
  public void natty(Blackhole bh) {
    for (String d : documents) {
      bh.consume(natty.find(d));
      nattyCalls++;
    }
  }

  @TearDown
  public void report() {
    if (nattyCalls > 0) {
      System.out.printf(
          "%nNatty threw on %d of %d document parses (%d documents, %.1f%%)%n",
          natty.failures(), nattyCalls, documents.size(), 100.0 * natty.failures() / nattyCalls);
    }
  }
}
