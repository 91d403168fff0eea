package org.courtorders.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the job's throughput in Spark local mode: documents per second with 1 and with N cores
 * over a folder (given), each run after a warm-up pass. Not a test; run by hand, see
 * docs/FORMATS.md: {@code java -cp ... org.courtorders.spark.LocalThroughput FOLDER [CORES]}.
 */
public final class LocalThroughput {
  private LocalThroughput() {}

  public static void main(String[] args) {
    String folder = args[0];
    int maxCores =
        args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    for (int cores = 1; cores <= maxCores; cores *= 2) {
      SparkSession spark =
          SparkSession.builder()
              .master("local[" + cores + "]")
              .appName("throughput")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      try {
        long docs = 0;
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) { // run 0 warms the JIT and the executor's parser
          Dataset<Row> rows = CourtOrdersJob.parse(spark, List.of(folder));
          long t0 = System.nanoTime();
          rows.write()
              .format("noop")
              .mode("overwrite")
              .save(); // parses every input, writes nothing
          if (run == 0) {
            docs = rows.count();
          }
          double s = (System.nanoTime() - t0) / 1e9;
          if (run > 0) {
            best = Math.min(best, s);
          }
        }
        System.out.printf(
            "local[%d]: %d documents in %.1f s = %.1f documents/s (%.1f per core)%n",
            cores, docs, best, docs / best, docs / best / cores);
      } finally {
        spark.stop();
      }
    }
  }
}
