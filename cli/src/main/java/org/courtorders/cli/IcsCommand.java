package org.courtorders.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.ics.CalendarExport;
import org.courtorders.ics.Unscheduled;
import org.courtorders.parser.CourtOrderParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courtorders ics PATH... > deadlines.ics}: one RFC 5545 calendar of the deadlines and
 * proceedings of every input. What the calendar cannot hold (items without a date, inputs that
 * could not be read) is reported on standard error, and as JSON Lines with {@code --report}.
 */
@Command(
    name = "ics",
    mixinStandardHelpOptions = true,
    description =
        "Write the deadlines and proceedings of court orders (text or PDF) as an iCalendar (.ics) file.")
final class IcsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files, folders (searched recursively for .txt, .pdf and gzipped ones), or - for standard input.")
  List<String> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the calendar here instead of stdout.")
  Path output;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the report (undated items, unreadable inputs) here as JSON Lines.")
  Path report;

  @Option(
      names = "--strict-utf8",
      description =
          "Treat input that is not UTF-8 as a failure instead of reading it as Windows-1252.")
  boolean strictUtf8;

  /** Standard input and output; tests replace them. */
  InputStream stdin = System.in;

  OutputStream stdout = Runner.standardOutput();

  @Override
  public Integer call() throws IOException {
    Runner.checkOutput(spec.commandLine(), output, paths);
    Runner.checkOutput(spec.commandLine(), report, paths);
    OrderLoader loader =
        new OrderLoader(CourtOrderParser.builder().discoverRules().build(), strictUtf8, stdin);
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper mapper = CourtOrderJson.mapper();
    List<CourtOrder> orders = new ArrayList<>();
    List<String> reportLines = new ArrayList<>();
    long failed = 0;
    for (Iterator<InputFiles.Input> it = InputFiles.iterate(paths); it.hasNext(); ) {
      InputFiles.Input input = it.next();
      try {
        OrderLoader.Loaded loaded = loader.load(input);
        if (loaded.note() != null) {
          err.println("courtorders: " + loaded.note());
        }
        orders.add(loaded.order());
      } catch (OrderLoader.Failure f) {
        err.println("courtorders: " + f.getMessage());
        reportLines.add(ParseCommand.errorRecord(mapper, input, f.code, f.getMessage()));
        failed++;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        String message = "failed to parse " + input.display() + ": " + Errors.reason(e);
        err.println("courtorders: " + message);
        reportLines.add(
            ParseCommand.errorRecord(
                mapper,
                input,
                e instanceof OutOfMemoryError ? "OUT_OF_MEMORY" : "PARSE_FAILED",
                message));
        failed++;
      }
    }
    CalendarExport.Result result = CalendarExport.builder().build().export(orders);
    for (Unscheduled u : result.unscheduled()) {
      err.println(
          "courtorders: "
              + u.sourceName()
              + ": "
              + u.kind()
              + " "
              + (u.inCalendar() ? "(in the calendar) " : "(not in the calendar) ")
              + u.reason()
              + ": \""
              + CalendarExportWords.oneLine(u.text())
              + "\" ["
              + u.span().start()
              + "-"
              + u.span().end()
              + "]");
      ObjectNode line = mapper.createObjectNode();
      line.putObject("source").put("name", u.sourceName());
      line.put("kind", u.kind());
      line.put("inCalendar", u.inCalendar());
      line.put("reason", u.reason());
      line.put("text", u.text());
      line.set("span", mapper.valueToTree(u.span()));
      reportLines.add(mapper.writeValueAsString(CourtOrderJson.record(line)));
    }
    // The calendar goes out in one piece once complete; a failed write stops with exit 3 (or 141
    // quietly).
    int code =
        Runner.run(
            output,
            stdout,
            err,
            out -> {
              out.text(result.ics());
              return ExitCodes.OK;
            });
    if (code != ExitCodes.OK) {
      return code;
    }
    if (report != null) {
      code =
          Runner.run(
              report,
              stdout,
              err,
              out -> {
                for (String l : reportLines) {
                  out.line(l);
                }
                return ExitCodes.OK;
              });
      if (code != ExitCodes.OK) {
        return code;
      }
    }
    err.println(
        "courtorders: "
            + result.events()
            + " event(s) from "
            + orders.size()
            + " order(s); "
            + result.unscheduled().stream().filter(u -> !u.inCalendar()).count()
            + " undated item(s) not in the calendar; "
            + failed
            + " input(s) unreadable");
    err.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** One-line text for a message on standard error. */
  private static final class CalendarExportWords {
    static String oneLine(String s) {
      String w = s.strip().replaceAll("\\s+", " ");
      return w.length() > 120 ? w.substring(0, 117) + "..." : w;
    }
  }
}
