package org.courtorders.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a standard stream is a terminal a person watches. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether file descriptor {@code fd} (1 standard output, 2 standard error) is a terminal. On
   * Linux, from what {@code /proc/self/fd} links it to; elsewhere {@link System#console()}, which
   * needs standard input and output to be terminals too.
   */
  static boolean isTerminal(int fd) {
    try {
      Path link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
      String s = link.toString();
      return s.startsWith("/dev/pts/") || s.startsWith("/dev/tty") || s.equals("/dev/console");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
