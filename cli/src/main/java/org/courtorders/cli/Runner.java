package org.courtorders.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What {@code parse} and {@code check} share about output: {@code -o} checked against the inputs
 * before anything is truncated, whole lines on SIGTERM, and write failures that stop the run with a
 * message and a non-zero exit instead of being swallowed the way {@code System.out} swallows them.
 */
final class Runner {
  private Runner() {}

  /** The body of a run: writes lines to {@code out} and returns the exit code. */
  @FunctionalInterface
  interface Body {
    int run(LineOutput out) throws IOException;
  }

  /**
   * Standard output for a command: the raw file descriptor when the process runs as the command
   * line ({@link Main#main}), whose write errors surface where {@code System.out} hides them;
   * otherwise (in-process callers, tests) {@code System.out}.
   */
  static OutputStream standardOutput() {
    return Main.standalone ? new FileOutputStream(FileDescriptor.out) : System.out;
  }

  /** {@code out} with a bulk write that stays bulk and a close that only flushes. */
  private static OutputStream unclosable(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush(); // never close the process's standard output
      }
    };
  }

  /**
   * Refuses an {@code -o} that names one of the inputs or lies inside an input folder, where
   * writing would truncate an input or feed the output back in.
   */
  static void checkOutput(CommandLine cmd, Path output, List<String> inputs) {
    if (output == null) {
      return;
    }
    Path out = canonical(output);
    for (String arg : inputs) {
      if (InputFiles.STDIN.equals(arg)) {
        continue;
      }
      Path in;
      try {
        in = canonical(Path.of(arg));
      } catch (InvalidPathException e) {
        continue; // reported as that input's error record
      }
      if (out.equals(in)) {
        throw new ParameterException(
            cmd, "-o " + output + " is one of the inputs; refusing to overwrite it");
      }
      if (Files.isDirectory(in) && out.startsWith(in)) {
        throw new ParameterException(
            cmd,
            "-o "
                + output
                + " lies inside the input folder "
                + arg
                + "; write the output somewhere else");
      }
    }
  }

  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      if (parent == null || abs.getFileName() == null) {
        return abs;
      }
      return canonical(parent).resolve(abs.getFileName());
    }
  }

  /**
   * Opens the output, runs {@code body} with a shutdown hook that leaves only whole lines on
   * SIGTERM or Ctrl-C, and turns a failed write into a message and an exit code: quiet {@value
   * ExitCodes#BROKEN_PIPE} when the reader of a pipe went away ({@code | head}), {@value
   * ExitCodes#WRITE_FAILED} with the cause otherwise ({@code /dev/full}).
   */
  static int run(Path output, OutputStream stdout, PrintWriter err, Body body) {
    OutputStream sink;
    try {
      sink = output == null ? unclosable(stdout) : Files.newOutputStream(output);
    } catch (IOException e) {
      err.println("courtorders: cannot write " + output + ": " + Errors.reason(e));
      err.flush();
      return ExitCodes.WRITE_FAILED;
    }
    String where = output == null ? "standard output" : output.toString();
    LineOutput out =
        new LineOutput(sink, output == null && Main.standalone && Terminal.isTerminal(1));
    Thread hook =
        new Thread(
            () -> {
              out.stop();
              err.println(
                  "courtorders: stopped; " + out.lines() + " complete lines written to " + where);
              err.flush();
            },
            "courtorders-stop");
    boolean hooked = false;
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      hooked = true;
    } catch (IllegalStateException alreadyStopping) {
      // the JVM is already shutting down
    }
    try {
      int code;
      try (out) {
        code = body.run(out);
      }
      return code;
    } catch (IOException e) {
      if (output == null && Errors.isBrokenPipe(e)) {
        return ExitCodes
            .BROKEN_PIPE; // the reader has all it wanted: stop quietly, as SIGPIPE would
      }
      err.println(
          "courtorders: cannot write to "
              + where
              + ": "
              + Errors.reason(e)
              + "; stopped after "
              + out.lines()
              + " lines, later results were not written");
      return ExitCodes.WRITE_FAILED;
    } finally {
      err.flush();
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
          // the hook is running or ran
        }
      }
    }
  }
}
