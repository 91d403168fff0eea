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
@Command(
    name = "courtorders",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads United States federal court orders into JSON.",
    subcommands = {ParseCommand.class, CheckCommand.class, CsvCommand.class, IcsCommand.class})
public final class Main implements Runnable {
  /**
   * Whether this process is the command line itself ({@link #main}), not a test or a program
   * calling {@link #run}: only then do commands write to the raw standard output descriptor and
   * look for a terminal.
   */
  static volatile boolean standalone;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    standalone = true;
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit code: 0 all parsed, 1 some inputs failed, 2 usage.
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, before execution: tests read the parse command back from it. */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (ex, cmd, parsed) -> {
              cmd.getErr().println("courtorders: " + Errors.reason(ex));
              return ExitCodes.SOME_FAILED;
            });
  }

  /** The version from the build, as {@code --version} prints it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "courtorders "
            + org.courtorders.core.json.CourtOrderJson.libraryVersion()
            + " (JSON schema version "
            + org.courtorders.core.CourtOrder.SCHEMA_VERSION
            + ")"
      };
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required: parse, check, csv, ics");
  }
}
