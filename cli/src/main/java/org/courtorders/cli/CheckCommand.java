package org.courtorders.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.spi.ComplianceReport;
import org.courtorders.parser.spi.ComplianceRequest;
import org.courtorders.parser.spi.CourtRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courtorders check FILE... [--judge INITIALS]}: checks letters and letter-motions against
 * their court's rules and judges' practices, one {@link ComplianceReport} a line. An input that
 * cannot be checked writes an error record with its name, never nothing; output is handled as in
 * {@code parse} (whole lines, write failures stop the run).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check letters (text or PDF files, folders of them, or - for standard input) against court rules; writes JSON Lines.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input checked",
      "1:some inputs failed (each has an error record)",
      "2:usage error; nothing read or written",
      "3:the output could not be written (the message says why)",
      "141:the reader of standard output went away (| head)"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Files, folders (searched recursively for .txt, .pdf and gzipped ones), or - for standard input.")
  List<String> paths;

  @Option(
      names = "--judge",
      paramLabel = "INITIALS",
      description = "The judge the filing goes to (\"GWG\"), if the text does not say.")
  String judge;

  @Option(
      names = "--court",
      paramLabel = "ID",
      description = "Court id (\"nysd\") for texts that do not name their court.")
  String court;

  @Option(
      names = "--prior-order",
      paramLabel = "FILE",
      description = "An earlier order in the case whose directions bind the filing.")
  Path priorOrder;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write JSON Lines here instead of stdout.")
  Path output;

  @Option(
      names = "--summary",
      description = "Print the end-of-run summary on stderr even when it is not a terminal.")
  boolean summary;

  /** Standard input and output; tests replace them. */
  InputStream stdin = System.in;

  OutputStream stdout = Runner.standardOutput();

  @Override
  public Integer call() {
    Runner.checkOutput(spec.commandLine(), output, paths);
    long start = System.nanoTime();
    CourtOrderParser parser = CourtOrderParser.builder().discoverRules().build();
    ObjectMapper mapper = CourtOrderJson.mapper();
    ObjectWriter writer = mapper.writer();
    PrintWriter err = spec.commandLine().getErr();
    ComplianceRequest request = ComplianceRequest.none();
    if (judge != null) {
      request = request.withJudge(judge);
    }
    if (priorOrder != null) {
      try {
        request = request.withPriorOrder(Files.readString(priorOrder, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(),
            "cannot read --prior-order " + priorOrder + ": " + Errors.reason(e));
      }
    }
    ComplianceRequest req = request;
    Batch batch = new Batch(1, 1, true, false);
    Batch.Outcome[] outcome = new Batch.Outcome[1];
    OrderLoader loader = new OrderLoader(parser, false, stdin);
    int code =
        Runner.run(
            output,
            stdout,
            err,
            out -> {
              outcome[0] =
                  batch.run(
                      InputFiles.iterate(paths),
                      in -> checkOne(in, loader, mapper, writer, req),
                      (in, e) ->
                          failure(
                              mapper,
                              in,
                              e instanceof OutOfMemoryError ? "OUT_OF_MEMORY" : "CHECK_FAILED",
                              "failed to check " + in.display() + ": " + Errors.reason(e)),
                      r -> {
                        if (r.message() != null) {
                          err.println("courtorders: " + r.message());
                        }
                        out.line(r.line());
                      });
              return outcome[0].failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
            });
    if (outcome[0] != null && (summary || Main.standalone && Terminal.isTerminal(2))) {
      Summary.print(err, "checked", outcome[0].written(), outcome[0].failed(), start);
    }
    err.flush();
    return code;
  }

  private Batch.Result checkOne(
      InputFiles.Input input,
      OrderLoader loader,
      ObjectMapper mapper,
      ObjectWriter writer,
      ComplianceRequest request) {
    try {
      OrderLoader.Loaded loaded = loader.load(input);
      String text = loaded.text();
      CourtOrder order = loaded.order();
      String id = court != null ? court : order.court().map(c -> c.id()).orElse(null);
      Optional<CourtRules> rules =
          loader.parser().rules().stream().filter(r -> r.courtId().equals(id)).findFirst();
      if (rules.isEmpty()) {
        String msg =
            id == null
                ? input.display() + " names no court; pass --court"
                : "no rules registered for court " + id;
        return failure(mapper, input, "NO_RULES", msg);
      }
      // The generic parser applies rules only when the text names its court; --court forces them.
      CourtOrder enriched = order.court().isPresent() ? order : rules.get().enrich(order, text);
      return new Batch.Result(
          ParseCommand.record(mapper, writer, rules.get().checkCompliance(enriched, text, request)),
          false,
          loaded.note());
    } catch (OrderLoader.Failure f) {
      return failure(mapper, input, f.code, f.getMessage());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Batch.Result failure(
      ObjectMapper mapper, InputFiles.Input in, String code, String message) {
    try {
      return new Batch.Result(ParseCommand.errorRecord(mapper, in, code, message), true, message);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
