package org.courtorders.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one job per input on a pool of worker threads and hands each result to a sink, in input
 * order or as they finish. At most {@code window} inputs are read, parsed or waiting to be written
 * at any time, so memory stays bounded however many inputs there are; the main thread takes inputs
 * from the (lazy) iterator only as results are written.
 *
 * <pre>{@code
 * Batch batch = new Batch(4, 16, true, false);
 * Batch.Outcome o = batch.run(inputs, this::parseOne, this::errorResult, r -> out.write(r.line()));
 * }</pre>
 */
final class Batch {
  /** What one input produced: the output line, and whether (and why) it failed. */
  record Result(String line, boolean failed, String message) {}

  /** Receives results on the calling thread, one at a time. */
  @FunctionalInterface
  interface Sink {
    void accept(Result r) throws IOException;
  }

  /** How the run went: results written, how many failed, whether --fail-fast stopped it. */
  record Outcome(long written, long failed, boolean stoppedEarly) {}

  private final int threads;
  private final int window;
  private final boolean ordered;
  private final boolean failFast;
  private int maxPending;

  Batch(int threads, int window, boolean ordered, boolean failFast) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be >= 1");
    }
    this.threads = threads;
    this.window = window;
    this.ordered = ordered;
    this.failFast = failFast;
  }

  /** The most inputs ever in flight or waiting to be written at once; never above the window. */
  int maxPending() {
    return maxPending;
  }

  /**
   * Runs {@code work} on every input; {@code onError} makes the result for an input whose work
   * threw, so every input yields exactly one result.
   */
  <T> Outcome run(
      Iterator<T> inputs,
      Function<T, Result> work,
      BiFunction<T, Throwable, Result> onError,
      Sink sink)
      throws IOException {
    Function<T, Result> job =
        in -> {
          try {
            return work.apply(in);
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return onError.apply(in, e);
          }
        };
    AtomicInteger ids = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "courtorders-parse-" + ids.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      return ordered ? ordered(inputs, job, sink, pool) : unordered(inputs, job, sink, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private <T> Outcome ordered(
      Iterator<T> inputs, Function<T, Result> work, Sink sink, ExecutorService pool)
      throws IOException {
    Deque<Future<Result>> pending = new ArrayDeque<>();
    long written = 0;
    long failed = 0;
    while (true) {
      while (pending.size() < window && inputs.hasNext()) {
        T in = inputs.next();
        pending.add(pool.submit(() -> work.apply(in)));
        maxPending = Math.max(maxPending, pending.size());
      }
      if (pending.isEmpty()) {
        return new Outcome(written, failed, false);
      }
      Result r = await(pending.poll());
      sink.accept(r);
      written++;
      if (r.failed()) {
        failed++;
        if (failFast) {
          pending.forEach(f -> f.cancel(true));
          return new Outcome(written, failed, pending.size() > 0 || inputs.hasNext());
        }
      }
    }
  }

  private <T> Outcome unordered(
      Iterator<T> inputs, Function<T, Result> work, Sink sink, ExecutorService pool)
      throws IOException {
    CompletionService<Result> done = new ExecutorCompletionService<>(pool);
    int inFlight = 0;
    long written = 0;
    long failed = 0;
    while (true) {
      while (inFlight < window && inputs.hasNext()) {
        T in = inputs.next();
        done.submit(() -> work.apply(in));
        inFlight++;
        maxPending = Math.max(maxPending, inFlight);
      }
      if (inFlight == 0) {
        return new Outcome(written, failed, false);
      }
      Result r;
      try {
        r = await(done.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      inFlight--;
      sink.accept(r);
      written++;
      if (r.failed()) {
        failed++;
        if (failFast) {
          return new Outcome(written, failed, inFlight > 0 || inputs.hasNext());
        }
      }
    }
  }

  private static Result await(Future<Result> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a job threw past its error handler", e.getCause());
    }
  }
}
