package org.courtorders.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code courtorders parse PATH...}: one JSON object a line for every input, failures included. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse court orders (files, or folders of .txt files) into JSON Lines.")
final class ParseCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively for .txt).")
  List<Path> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of stdout.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON, for reading one document.")
  boolean pretty;

  @Option(names = "--strict-utf8", description = "Treat input that is not UTF-8 as a failure instead of reading it as Windows-1252.")
  boolean strictUtf8;

  @Override
  public Integer call() throws IOException {
    CourtOrderParser parser = CourtOrderParser.builder().discoverRules().build();
    ObjectMapper mapper = CourtOrderJson.mapper();
    ObjectWriter writer = pretty ? CourtOrderJson.prettyWriter() : CourtOrderJson.writer();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    OutputStream sink = output == null ? System.out : Files.newOutputStream(output);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
      for (InputFiles.Input input : InputFiles.expand(paths)) {
        String line;
        if (input.problem() != null) {
          err.println("courtorders: " + input.problem());
          line = errorRecord(mapper, input.name(), "UNREADABLE", input.problem());
          failures++;
        } else {
          try {
            byte[] bytes = Files.readAllBytes(input.path());
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            if (decoded.fallback() && strictUtf8) {
              String msg = input.path() + " is not valid UTF-8";
              err.println("courtorders: " + msg);
              line = errorRecord(mapper, input.name(), "INVALID_ENCODING", msg);
              failures++;
            } else {
              CourtOrder order = parser.parse(decoded.text(), input.name());
              if (decoded.fallback()) {
                err.println("courtorders: " + input.path() + " is not valid UTF-8; read as Windows-1252");
                order = new CourtOrder.Builder().from(order).addDiagnostic(Diagnostic.of(DiagnosticCode.INVALID_ENCODING,
                    Severity.WARNING, "the bytes are not valid UTF-8 and were decoded as Windows-1252",
                    TextSpan.of(0, 0))).build();
              }
              line = writer.writeValueAsString(order);
            }
          } catch (IOException | UncheckedIOException e) {
            String msg = "cannot read " + input.path() + ": " + e.getMessage();
            err.println("courtorders: " + msg);
            line = errorRecord(mapper, input.name(), "UNREADABLE", msg);
            failures++;
          } catch (RuntimeException | StackOverflowError e) {
            String msg = "failed to parse " + input.path() + ": " + e;
            err.println("courtorders: " + msg);
            line = errorRecord(mapper, input.name(), "PARSE_FAILED", msg);
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

  /** The record for an input that could not be parsed: its name and why. */
  static String errorRecord(ObjectMapper mapper, String name, String code, String message) throws JsonProcessingException {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", CourtOrder.SCHEMA_VERSION);
    root.putObject("source").put("name", name);
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    return mapper.writeValueAsString(root);
  }
}
