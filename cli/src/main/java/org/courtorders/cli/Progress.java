package org.courtorders.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error: done/total, documents per second and time left. Drawn
 * only when a person is watching (a console is attached); otherwise every call does nothing, so
 * logs and pipes stay clean. The total comes from a background count of the inputs and reads "?"
 * until that count is done.
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private final AtomicLong total = new AtomicLong(-1);
  private long done;
  private long lastDraw;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A progress bar drawn only if standard error is a terminal. */
  static Progress forConsole(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  static Progress silent(PrintWriter err) {
    return new Progress(err, false);
  }

  boolean enabled() {
    return enabled;
  }

  void total(long n) {
    total.set(n);
  }

  /** One more input written. */
  void advance() {
    done++;
    long now = System.nanoTime();
    if (enabled && now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  /** A message on its own line, with the bar drawn again below it. */
  void message(String line) {
    if (enabled) {
      err.print("\r\033[K");
    }
    err.println(line);
    if (enabled) {
      draw(System.nanoTime());
    }
  }

  void finish() {
    if (enabled) {
      draw(System.nanoTime());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / seconds;
    long t = total.get();
    String left = t < 0 || rate <= 0 ? "?" : formatSeconds((t - done) / rate);
    err.print(
        String.format(
            "\r\033[K%d/%s  %.1f docs/s  %s left",
            done, t < 0 ? "?" : Long.toString(t), rate, left));
    err.flush();
  }

  private static String formatSeconds(double s) {
    long x = Math.round(s);
    return x >= 3600
        ? String.format("%d:%02d:%02d", x / 3600, x / 60 % 60, x % 60)
        : String.format("%d:%02d", x / 60, x % 60);
  }
}
