package org.courtorders.benchmarks;

import java.util.concurrent.TimeUnit;
import org.courtorders.parser.CourtOrderParser;
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

/**
 * Time for one full parse of inputs from 1 KB to 10 MB in four shapes: orders concatenated, the
 * same text as one very long line, as one paragraph (no blank lines), and a docket citation list of
 * 5 000 entries repeated. Divide the score by {@code size} for time per byte; a linear parser keeps
 * it flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScalingBenchmark {
  @Param({"concatenated", "oneLine", "oneParagraph", "docketList"})
  public String shape;

  @Param({"1024", "10240", "102400", "1048576", "10485760"})
  public int size;

  private String input;
  private CourtOrderParser parser;

  @Setup
  public void setUp() {
    parser = CourtOrderParser.builder().build();
    input = Inputs.shaped(shape, size, Corpus.load());
  }

  @Benchmark
  public Object parse() {
    return parser.parse(input);
  }
}
