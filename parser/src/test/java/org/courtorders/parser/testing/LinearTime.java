package org.courtorders.parser.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Shows that work grows linearly with input size without asserting any wall-clock limit (issue 14):
 * the time per character at four times the size must stay within {@link #MAX_RATIO} of the time per
 * character at the base size, both measured in the same run; a quadratic path shows a ratio near
 * four whatever the machine.
 *
 * <p>Time is the calling thread's CPU time, not the wall clock: other processes on a loaded machine
 * (or this JVM's GC and JIT threads) do not count, so the ratio holds on a 2-core machine running
 * other builds, where even a ratio of wall-clock times flaked (a short run can land in a quiet
 * moment, a long one cannot). The base size runs first (which also warms the JIT and can only make
 * the ratio smaller); a ratio over the limit is measured again, up to {@link #ATTEMPTS} times, and
 * the best pair counts.
 */
public final class LinearTime {
  /** The largest accepted ratio of time per character, large input over base input. */
  public static final double MAX_RATIO = 3.0;

  /** How many times a ratio over the limit is measured again before the test fails. */
  public static final int ATTEMPTS = 3;

  private LinearTime() {}

  /**
   * Runs {@code work} on {@code input.apply(base)} and {@code input.apply(4 * base)} and fails when
   * the time per character grows more than {@link #MAX_RATIO}-fold.
   *
   * @param input builds an input of exactly the given length
   * @param base the smaller length, in characters
   * @param work the work to time; it should assert its own outcome
   */
  public static void assertLinear(IntFunction<String> input, int base, Consumer<String> work) {
    String small = input.apply(base);
    String large = input.apply(4 * base);
    StringBuilder tried = new StringBuilder();
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      long tSmall = time(work, small);
      long tLarge = time(work, large);
      double ratio =
          ((double) tLarge / large.length()) / ((double) Math.max(1, tSmall) / small.length());
      if (Boolean.getBoolean("linear.report")) {
        System.out.printf(
            "LinearTime: %,d chars %.1f ms, %,d chars %.1f ms, ratio %.2f%n",
            small.length(), tSmall / 1e6, large.length(), tLarge / 1e6, ratio);
      }
      if (ratio <= MAX_RATIO) {
        return;
      }
      tried.append(
          String.format(
              "%n  attempt %d: %,d chars in %.1f ms, %,d chars in %.1f ms, ratio %.2f",
              attempt, small.length(), tSmall / 1e6, large.length(), tLarge / 1e6, ratio));
    }
    fail("time per character grows with input size (not linear):" + tried);
  }

  /** Repeats {@code unit} and cuts the result to exactly {@code length} characters. */
  public static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  /**
   * {@code ThreadMXBean.getCurrentThreadCpuTime}, reached by reflection: test sources compile
   * inside the parser's module, which has no reason to read {@code java.management}; tests run on
   * the class path, where it is there.
   */
  private static final java.util.function.LongSupplier CPU = cpuClock();

  private static java.util.function.LongSupplier cpuClock() {
    try {
      Object bean =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
      if (!(Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(bean)) {
        return null;
      }
      java.lang.reflect.Method cpu = type.getMethod("getCurrentThreadCpuTime");
      return () -> {
        try {
          return (Long) cpu.invoke(bean);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      };
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static long time(Consumer<String> work, String s) {
    long start = now();
    work.accept(s);
    return now() - start;
  }

  /** This thread's CPU time where the JVM measures it, else the wall clock. */
  private static long now() {
    return CPU != null ? CPU.getAsLong() : System.nanoTime();
  }
}
