package org.courtorders.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code courtorders} command.
 *
 * <pre>
 * courtorders parse orders/ &gt; orders.jsonl
 * courtorders parse --pretty order.txt
 * </pre>
 */
@Command(name = "courtorders", mixinStandardHelpOptions = true, version = "courtorders 0.1.0",
    description = "Reads United States federal court orders into JSON.",
    subcommands = {ParseCommand.class, CheckCommand.class, CsvCommand.class, IcsCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: 0 all parsed, 1 some inputs failed, 2 usage. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, before execution: tests read the parse command back from it. */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          cmd.getErr().println("courtorders: " + ex.getMessage());
          return ExitCodes.SOME_FAILED;
        });
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: parse, check, csv, ics");
  }
}
