package org.courtorders.cli;

/** The command line's exit codes. */
final class ExitCodes {
  /** Every input parsed (or checked). */
  static final int OK = 0;

  /** Some inputs failed; each has an error record in the output. */
  static final int SOME_FAILED = 1;

  /** Usage error: bad options, or {@code -o} naming an input; nothing was read or written. */
  static final int USAGE = 2;

  /** The output could not be written (full disk, ...); the run stopped and says why. */
  static final int WRITE_FAILED = 3;

  /**
   * The reader of standard output went away ({@code | head}): 128 + SIGPIPE, as a shell reports it.
   */
  static final int BROKEN_PIPE = 141;

  private ExitCodes() {}
}
