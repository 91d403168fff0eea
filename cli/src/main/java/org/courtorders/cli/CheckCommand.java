package org.courtorders.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courtorders check FILE... [--judge INITIALS]}: checks letters and letter-motions against
 * their court's rules and judges' practices, one {@link ComplianceReport} a line. An input that
 * cannot be checked writes an error record with its name, never nothing.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check letters (text or PDF files, or folders of them) against court rules; writes JSON Lines.")
final class CheckCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders (searched recursively for .txt and .pdf).")
  List<Path> paths;

  @Option(names = "--judge", paramLabel = "INITIALS", description = "The judge the filing goes to (\"GWG\"), if the text does not say.")
  String judge;

  @Option(names = "--court", paramLabel = "ID", description = "Court id (\"nysd\") for texts that do not name their court.")
  String court;

  @Option(names = "--prior-order", paramLabel = "FILE", description = "An earlier order in the case whose directions bind the filing.")
  Path priorOrder;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    CourtOrderParser parser = CourtOrderParser.builder().discoverRules().build();
    ObjectMapper mapper = CourtOrderJson.mapper();
    PrintWriter err = spec.commandLine().getErr();
    ComplianceRequest request = ComplianceRequest.none();
    if (judge != null) {
      request = request.withJudge(judge);
    }
    if (priorOrder != null) {
      request = request.withPriorOrder(Files.readString(priorOrder, StandardCharsets.UTF_8));
    }
    OrderLoader loader = new OrderLoader(parser, false);
    int failures = 0;
    OutputStream sink = output == null ? System.out : Files.newOutputStream(output);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
      for (java.util.Iterator<InputFiles.Input> inputs = InputFiles.iterate(paths); inputs.hasNext(); ) {
        InputFiles.Input input = inputs.next();
        String line;
        if (input.problem() != null) {
          err.println("courtorders: " + input.problem());
          line = ParseCommand.errorRecord(mapper, input.name(), "UNREADABLE", input.problem());
          failures++;
        } else {
          try {
            OrderLoader.Loaded loaded = loader.load(input);
            String text = loaded.text();
            CourtOrder order = loaded.order();
            String id = court != null ? court : order.court().map(c -> c.id()).orElse(null);
            Optional<CourtRules> rules = parser.rules().stream().filter(r -> r.courtId().equals(id)).findFirst();
            if (rules.isEmpty()) {
              String msg = id == null ? input.path() + " names no court; pass --court"
                  : "no rules registered for court " + id;
              err.println("courtorders: " + msg);
              line = ParseCommand.errorRecord(mapper, input.name(), "NO_RULES", msg);
              failures++;
            } else {
              // The generic parser applies rules only when the text names its court; --court forces them.
              CourtOrder enriched = order.court().isPresent() ? order : rules.get().enrich(order, text);
              line = mapper.writeValueAsString(rules.get().checkCompliance(enriched, text, request));
            }
          } catch (OrderLoader.Failure f) {
            err.println("courtorders: " + f.getMessage());
            line = ParseCommand.errorRecord(mapper, input.name(), f.code, f.getMessage());
            failures++;
          } catch (RuntimeException | StackOverflowError e) {
            String msg = "failed to check " + input.path() + ": " + e;
            err.println("courtorders: " + msg);
            line = ParseCommand.errorRecord(mapper, input.name(), "CHECK_FAILED", msg);
            failures++;
          }
        }
        out.write(line);
        out.write('\n');
      }
    }
    err.flush();
    return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
