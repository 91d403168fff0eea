package org.courtorders.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.courtorders.parser.CourtOrderParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch as the command line runs one: the corpus, eight times over, parsed by a pool of {@code
 * threads} workers sharing one parser. The ratio of the one-thread time to the N-thread time is the
 * batch speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchBenchmark {
  @Param({"1", "2"})
  public int threads;

  private final List<String> documents = new ArrayList<>();
  private CourtOrderParser parser;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    List<String> corpus = Corpus.load().documents();
    for (int i = 0; i < 8; i++) {
      documents.addAll(corpus);
    }
    parser = CourtOrderParser.builder().build();
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public int batch() throws Exception {
    List<Future<Integer>> futures = new ArrayList<>(documents.size());
    for (String d : documents) {
      futures.add(pool.submit(() -> parser.parse(d).citations().size()));
    }
    int sum = 0;
    for (Future<Integer> f : futures) {
      sum += f.get();
    }
    return sum;
  }
}
