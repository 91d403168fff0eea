package org.courtorders.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.courtorders.parser.CourtOrderParser;

/**
 * Full-parse speed measured so that a shared, loaded machine can be trusted (issue #13): this
 * thread's CPU time, not the wall clock; a long warm-up (the JIT takes longer than JMH's {@code
 * --quick} warm-up); the variants interleaved pass by pass, so drift in the machine's load touches
 * all alike; each figure a ratio to a tokenizer pass (the floor) over the same text in the same
 * run; and the heap each parse allocates per input character ({@code
 * com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}).
 *
 * <p>Variants are the parser on the class path and, for an A/B comparison, any number of
 * command-line jars ({@code cli/target/courtorders.jar} of another commit), each in its own class
 * loader:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar cpu                        # this build
 * java -jar benchmarks/target/benchmarks.jar cpu --jar /tmp/old/courtorders.jar --warmup 60 --rounds 40
 * </pre>
 */
final class CpuRun {
  private CpuRun() {}

  /** One thing timed: a name and one pass over every document. */
  private record Variant(String name, Consumer<String> parse) {}

  static void main(String[] args) throws Exception {
    int warmupSeconds = 40;
    int rounds = 30;
    List<Path> jars = new ArrayList<>();
    boolean self = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--jar" -> jars.add(Path.of(args[++i]));
        case "--no-self" -> self = false;
        default -> {
          System.err.println(
              "usage: cpu [--warmup SECONDS] [--rounds N] [--jar OTHER.jar]... [--no-self]");
          System.exit(2);
        }
      }
    }
    Corpus corpus = Corpus.load();
    List<String> docs = corpus.documents();
    System.out.println(BenchmarkMain.machine());
    System.out.printf(
        "corpus: %s: %d documents, %d chars, %.3f MB UTF-8%n",
        corpus.description(), docs.size(), corpus.chars(), corpus.utf8Bytes() / 1e6);
    System.out.println("load average at start: " + BenchmarkMain.loadAverage());

    List<Variant> variants = new ArrayList<>();
    Floor floor = new Floor();
    long[] sink = new long[1];
    variants.add(new Variant("floor (tokenize, keyword lookup)", d -> sink[0] += floor.pass(d)));
    if (self) {
      CourtOrderParser parser = CourtOrderParser.builder().build();
      variants.add(new Variant("this build", d -> sink[0] += parser.parse(d).directives().size()));
    }
    for (Path jar : jars) {
      variants.add(new Variant(jar.toString(), fromJar(jar)));
    }

    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < until) {
      for (Variant v : variants) {
        docs.forEach(v.parse());
      }
    }
    double[][] cpu = new double[variants.size()][rounds];
    double[][] heap = new double[variants.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < variants.size(); k++) {
        int i = (k + r) % variants.size(); // a different variant first each round
        long c0 = mx.getCurrentThreadCpuTime();
        long b0 = mx.getCurrentThreadAllocatedBytes();
        docs.forEach(variants.get(i).parse());
        cpu[i][r] = mx.getCurrentThreadCpuTime() - c0;
        heap[i][r] = mx.getCurrentThreadAllocatedBytes() - b0;
      }
    }
    double mb = corpus.utf8Bytes() / 1e6;
    double floorNs = median(cpu[0]);
    System.out.printf(
        "%d rounds after %d s warm-up, thread CPU time, median per corpus pass:%n",
        rounds, warmupSeconds);
    for (int i = 0; i < variants.size(); i++) {
      double ns = median(cpu[i]);
      System.out.printf(
          "  %-40s %8.2f ms  %7.2f MB/s  %6.0f docs/s  %6.1fx floor  %6.1f B/char heap"
              + "  (quartiles %.2f-%.2f ms)%n",
          variants.get(i).name(),
          ns / 1e6,
          mb / (ns / 1e9),
          docs.size() / (ns / 1e9),
          ns / floorNs,
          median(heap[i]) / corpus.chars(),
          quartile(cpu[i], 1) / 1e6,
          quartile(cpu[i], 3) / 1e6);
    }
    System.out.println(
        "load average at end: " + BenchmarkMain.loadAverage() + " (sink " + sink[0] + ")");
  }

  /** The parser of another build's command-line jar, in a class loader of its own. */
  private static Consumer<String> fromJar(Path jar) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> parserClass = loader.loadClass("org.courtorders.parser.CourtOrderParser");
    Object builder = parserClass.getMethod("builder").invoke(null);
    Object parser = builder.getClass().getMethod("build").invoke(builder);
    Method parse = parserClass.getMethod("parse", String.class);
    return d -> {
      try {
        parse.invoke(parser, d);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static double median(double[] xs) {
    return quartile(xs, 2);
  }

  private static double quartile(double[] xs, int q) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, s.length * q / 4)];
  }

  /**
   * The least any reader of the text does: split it into words and numbers and look each word up,
   * case-folded, in a table of legal keywords. The parser's own token layer does this and more.
   */
  static final class Floor {
    private static final String[] KEYWORDS = {
      "order",
      "ordered",
      "court",
      "shall",
      "must",
      "may",
      "motion",
      "granted",
      "denied",
      "hearing",
      "conference",
      "plaintiff",
      "plaintiffs",
      "defendant",
      "defendants",
      "within",
      "days",
      "by",
      "no",
      "later",
      "than",
      "judge",
      "district",
      "united",
      "states",
      "dkt",
      "ecf",
      "january",
      "february",
      "march",
      "april",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december",
      "the",
      "of",
      "and",
      "to",
      "file",
      "letter",
      "parties",
      "counsel",
      "sanctions",
      "dated"
    };
    private final int[] table = new int[256];
    private final String[] words = new String[256];

    Floor() {
      for (String k : KEYWORDS) {
        int h = hash(k, 0, k.length()) & 255;
        while (words[h] != null) {
          h = (h + 1) & 255;
        }
        words[h] = k;
        table[h] = k.length();
      }
    }

    private static int hash(CharSequence s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + (s.charAt(i) | 0x20);
      }
      return h * 0x9E3779B9 >>> 24;
    }

    long pass(String d) {
      long hits = 0;
      int n = d.length();
      int i = 0;
      while (i < n) {
        char c = d.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          int s = i;
          int h = 0;
          while (i < n && Character.isLetterOrDigit(d.charAt(i))) {
            h = 31 * h + (d.charAt(i) | 0x20);
            i++;
          }
          int slot = (h * 0x9E3779B9) >>> 24;
          while (words[slot] != null) {
            if (table[slot] == i - s && words[slot].regionMatches(true, 0, d, s, i - s)) {
              hits++;
              break;
            }
            slot = (slot + 1) & 255;
          }
        } else {
          i++;
        }
      }
      return hits;
    }
  }
}
