package org.courtorders.cli;

/** The command line's exit codes. */
final class ExitCodes {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
