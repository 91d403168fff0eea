package org.courtorders.benchmarks;

import java.util.Map;

/** Turns JMH scores (ms or µs per operation) into the figures PERFORMANCE.md quotes. */
final class Summary {
  private Summary() {}

  static String of(Map<String, Double> s, Corpus corpus) {
    StringBuilder out = new StringBuilder("== summary ==\n");
    double mb = corpus.utf8Bytes() / 1e6;
    int docs = corpus.documents().size();
    Double full = s.get("ParseBenchmark.fullParse");
    Double floor = s.get("ParseBenchmark.floor");
    if (full != null) {
      out.append(
          String.format(
              "full parse: %.1f ms per corpus pass = %.2f MB/s, %.0f documents/s%n",
              full, mb / (full / 1000), docs / (full / 1000)));
    }
    if (full != null && floor != null) {
      out.append(
          String.format(
              "floor (lower-case and count): %.3f ms = %.0f MB/s; full parse is %.0fx the floor%n",
              floor, mb / (floor / 1000), full / floor));
    }
    double stageSum =
        s.entrySet().stream()
            .filter(e -> e.getKey().startsWith("StageBenchmark"))
            .mapToDouble(Map.Entry::getValue)
            .sum();
    s.forEach(
        (k, v) -> {
          if (k.startsWith("StageBenchmark")) {
            out.append(
                String.format(
                    "  stage %-20s %8.2f ms  %5.1f%%  %7.2f MB/s%n",
                    k.substring(k.indexOf('=') + 1), v, 100 * v / stageSum, mb / (v / 1000)));
          }
        });
    Double ours = s.get("DateBenchmark.ours");
    Double natty = s.get("DateBenchmark.natty");
    if (ours != null && natty != null) {
      out.append(
          String.format(
              "dates: ours %.2f ms, Natty %.1f ms per corpus pass: ours is %.0fx faster%n",
              ours, natty, natty / ours));
    }
    for (String shape : new String[] {"concatenated", "oneLine", "oneParagraph", "docketList"}) {
      StringBuilder row = new StringBuilder();
      Double first = null;
      Double last = null;
      for (int size : new int[] {1024, 10240, 102400, 1048576, 10485760}) {
        Double us = s.get("ScalingBenchmark.parse shape=" + shape + " size=" + size);
        if (us != null) {
          double nsPerByte = us * 1000 / size;
          row.append(String.format("  %s=%.0f ns/B", label(size), nsPerByte));
          first = first == null ? nsPerByte : first;
          last = nsPerByte;
        }
      }
      if (row.length() > 0) {
        out.append(
            String.format("scaling %-13s%s  (largest/smallest %.2fx)%n", shape, row, last / first));
      }
    }
    Double one = s.get("BatchBenchmark.batch threads=1");
    Double two = s.get("BatchBenchmark.batch threads=2");
    if (one != null && two != null) {
      out.append(
          String.format(
              "batch: 1 thread %.1f ms, 2 threads %.1f ms: %.2fx%n", one, two, one / two));
    }
    return out.toString();
  }

  private static String label(int size) {
    return size >= 1 << 20 ? (size >> 20) + "MB" : (size >> 10) + "KB";
  }
}
