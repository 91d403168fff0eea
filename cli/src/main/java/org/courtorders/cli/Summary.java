package org.courtorders.cli;

import java.io.PrintWriter;

/** The end-of-run line on standard error: inputs, how many succeeded and failed, and the time. */
final class Summary {
  private Summary() {}

  static void print(PrintWriter err, String verb, long inputs, long failed, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.printf(
        "courtorders: %d input%s, %d %s, %d failed, in %.1f s%n",
        inputs, inputs == 1 ? "" : "s", inputs - failed, verb, failed, seconds);
    err.flush();
  }
}
