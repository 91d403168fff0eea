package org.courtorders.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints what docs/PERFORMANCE.md quotes: MB/s and documents/s, the ratio
 * to the floor, each stage's share, the speed ratio to Natty, time per byte by input size, and the
 * batch speed-up, with the machine and its load average.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar            # everything, about 15 minutes
 * java -jar benchmarks/target/benchmarks.jar --quick    # shorter iterations, about 4 minutes
 * java -jar benchmarks/target/benchmarks.jar --only Parse,Date
 * java -jar benchmarks/target/benchmarks.jar jmh -h     # plain JMH command line
 * java -jar benchmarks/target/benchmarks.jar cpu        # thread CPU time, interleaved A/B ({@link CpuRun})
 * </pre>
 */
public final class BenchmarkMain {
  private static final List<String> ALL = List.of("Parse", "Stage", "Date", "Scaling", "Batch");

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      String[] rest = new String[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      org.openjdk.jmh.Main.main(rest);
      return;
    }
    if (args.length > 0 && args[0].equals("cpu")) {
      CpuRun.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    boolean quick = false;
    List<String> only = ALL;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--only" -> only = List.of(args[++i].split(","));
        default -> {
          System.err.println(
              "usage: [--quick] [--only Parse,Stage,Date,Scaling,Batch] | jmh ARGS... | cpu ARGS...");
          System.exit(2);
        }
      }
    }
    Corpus corpus = Corpus.load();
    System.out.println(machine());
    System.out.printf(
        "corpus: %s: %d documents, %d chars, %.3f MB UTF-8%n",
        corpus.description(), corpus.documents().size(), corpus.chars(), corpus.utf8Bytes() / 1e6);
    System.out.println("load average at start: " + loadAverage());

    Map<String, Double> scores = new LinkedHashMap<>();
    for (String name : only) {
      ChainedOptionsBuilder opts =
          new OptionsBuilder()
              .include(BenchmarkMain.class.getPackageName() + "\\." + name + "Benchmark\\.")
              .shouldFailOnError(true);
      if (quick) {
        opts.warmupIterations(2)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(1));
      }
      Collection<RunResult> results = new Runner(opts.build()).run();
      for (RunResult r : results) {
        scores.put(key(r), r.getPrimaryResult().getScore());
      }
      System.out.println("load average after " + name + ": " + loadAverage());
    }
    System.out.println();
    System.out.println(Summary.of(scores, corpus));
  }

  private static String key(RunResult r) {
    String bench = r.getParams().getBenchmark();
    StringBuilder k =
        new StringBuilder(bench.substring(bench.lastIndexOf('.', bench.lastIndexOf('.') - 1) + 1));
    List<String> keys = new ArrayList<>(r.getParams().getParamsKeys());
    for (String p : keys) {
      k.append(' ').append(p).append('=').append(r.getParams().getParam(p));
    }
    return k.toString();
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .findFirst()
              .orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // not Linux: keep "unknown CPU"
    }
    return "machine: "
        + Runtime.getRuntime().availableProcessors()
        + " cores, "
        + cpu
        + ", JDK "
        + System.getProperty("java.vm.version")
        + " ("
        + System.getProperty("java.vm.name")
        + ")";
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
