package org.courtorders.parser.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Shows that work grows linearly with input size without asserting any wall-clock limit (issue
 * 14): the time per character at four times the size must stay within {@link #MAX_RATIO} of the
 * time per character at the base size, both measured in the same run. A loaded machine slows
 * both sizes alike, so the ratio holds where an absolute limit would flake; a quadratic path
 * shows a ratio near four whatever the machine.
 *
 * <p>The base size runs first (it also warms the JIT, which can only make the ratio smaller), and
 * a ratio over the limit is measured again (up to {@link #ATTEMPTS} times, keeping the best time
 * of each size) before the test fails, so one burst of another process's work cannot fail it.
 */
public final class LinearTime {
  /** The largest accepted ratio of time per character, large input over base input. */
  public static final double MAX_RATIO = 3.0;
  /** How many times a ratio over the limit is measured again before the test fails. */
  public static final int ATTEMPTS = 3;

  private LinearTime() {}

  /**
   * Runs {@code work} on {@code input.apply(base)} and {@code input.apply(4 * base)} and fails
   * when the time per character grows more than {@link #MAX_RATIO}-fold.
   *
   * @param input builds an input of exactly the given length
   * @param base the smaller length, in characters
   * @param work the work to time; it should assert its own outcome
   */
  public static void assertLinear(IntFunction<String> input, int base, Consumer<String> work) {
    String small = input.apply(base);
    String large = input.apply(4 * base);
    StringBuilder tried = new StringBuilder();
    long tSmall = Long.MAX_VALUE;
    long tLarge = Long.MAX_VALUE;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      tSmall = Math.min(tSmall, time(work, small));
      tLarge = Math.min(tLarge, time(work, large));
      double ratio = ((double) tLarge / large.length()) / ((double) Math.max(1, tSmall) / small.length());
      if (ratio <= MAX_RATIO) {
        return;
      }
      tried.append(String.format("%n  attempt %d: %,d chars in %.1f ms, %,d chars in %.1f ms, ratio %.2f",
          attempt, small.length(), tSmall / 1e6, large.length(), tLarge / 1e6, ratio));
    }
    fail("time per character grows with input size (not linear):" + tried);
  }

  /** Repeats {@code unit} and cuts the result to exactly {@code length} characters. */
  public static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  private static long time(Consumer<String> work, String s) {
    long start = System.nanoTime();
    work.accept(s);
    return System.nanoTime() - start;
  }
}
