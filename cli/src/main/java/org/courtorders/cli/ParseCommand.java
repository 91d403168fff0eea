package org.courtorders.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courtorders parse PATH...}: one JSON object a line for every input, failures included.
 * Streams: inputs are found lazily and parsed on {@code --threads} workers with a bounded number in
 * flight, so memory does not grow with the number of inputs.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description =
        "Parse court orders (text or PDF files, folders of them, or - for standard input) into JSON Lines.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input parsed",
      "1:some inputs failed (each has an error record)",
      "2:usage error; nothing read or written",
      "3:the output could not be written (the message says why)",
      "141:the reader of standard output went away (| head)"
    })
final class ParseCommand implements Callable<Integer> {
  /** Inputs in flight (read, parsed or waiting to be written) per worker thread. */
  static final int WINDOW_PER_THREAD = 4;

  /** The most worker threads accepted; more is a usage error, not a thousand idle threads. */
  static final int MAX_THREADS = 256;

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
      description = "Write JSON Lines here instead of stdout.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON, for reading one document.")
  boolean pretty;

  @Option(
      names = "--strict-utf8",
      description =
          "Treat input that is not UTF-8 as a failure instead of reading it as Windows-1252.")
  boolean strictUtf8;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Parse on N threads, 1 to " + MAX_THREADS + " (default: every core, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--unordered",
      description = "Write each result as soon as it is ready instead of in input order.")
  boolean unordered;

  @Option(names = "--fail-fast", description = "Stop at the first input that fails (exit code 1).")
  boolean failFast;

  @Option(names = "--no-progress", description = "Never draw the progress bar, even on a terminal.")
  boolean noProgress;

  @Option(
      names = "--summary",
      description = "Print the end-of-run summary on stderr even when it is not a terminal.")
  boolean summary;

  /** Standard input and output; tests replace them. */
  InputStream stdin = System.in;

  OutputStream stdout = Runner.standardOutput();

  private Batch lastBatch;

  @Override
  public Integer call() {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(),
          "--threads must be between 1 and " + MAX_THREADS + ", was " + threads);
    }
    Runner.checkOutput(spec.commandLine(), output, paths);
    long start = System.nanoTime();
    CourtOrderParser parser = CourtOrderParser.builder().discoverRules().build();
    ObjectMapper mapper = CourtOrderJson.mapper();
    ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    PrintWriter err = spec.commandLine().getErr();
    boolean watched = Main.standalone && Terminal.isTerminal(2);
    Progress progress = noProgress || !watched ? Progress.silent(err) : Progress.forConsole(err);
    if (progress.enabled()) {
      Thread counter =
          new Thread(() -> progress.total(InputFiles.count(paths)), "courtorders-count");
      counter.setDaemon(true);
      counter.start();
    }
    Batch batch = new Batch(threads, threads * WINDOW_PER_THREAD, !unordered, failFast);
    lastBatch = batch;
    Batch.Outcome[] outcome = new Batch.Outcome[1];
    OrderLoader loader = new OrderLoader(parser, strictUtf8, stdin);
    int code =
        Runner.run(
            output,
            stdout,
            err,
            out -> {
              outcome[0] =
                  batch.run(
                      InputFiles.iterate(paths),
                      in -> parseOne(in, loader, mapper, writer),
                      (in, e) ->
                          failure(
                              mapper,
                              in,
                              e instanceof OutOfMemoryError ? "OUT_OF_MEMORY" : "PARSE_FAILED",
                              "failed to parse " + in.display() + ": " + Errors.reason(e)),
                      r -> {
                        if (r.message() != null) {
                          progress.message("courtorders: " + r.message());
                        }
                        out.line(r.line());
                        progress.advance();
                      });
              return outcome[0].failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
            });
    progress.finish();
    if (outcome[0] != null && outcome[0].stoppedEarly()) {
      err.println(
          "courtorders: stopped at the first failure (--fail-fast); later inputs were not parsed");
    }
    if (outcome[0] != null && (summary || watched)) {
      Summary.print(err, "parsed", outcome[0].written(), outcome[0].failed(), start);
    }
    err.flush();
    return code;
  }

  /** The batch of the last run: lets tests check how many inputs were ever pending at once. */
  Batch lastBatch() {
    return lastBatch;
  }

  private Batch.Result parseOne(
      InputFiles.Input input, OrderLoader loader, ObjectMapper mapper, ObjectWriter writer) {
    try {
      OrderLoader.Loaded loaded = loader.load(input);
      // A PDF's line is the order's tree with its page map; the writer's settings carry over.
      return new Batch.Result(record(mapper, writer, loaded.json(mapper)), false, loaded.note());
    } catch (OrderLoader.Failure f) {
      return failure(mapper, input, f.code, f.getMessage());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The line for an order (or a compliance report): {@link CourtOrderJson#record}, so every record
   * says which contract and which release wrote it, and every extracted item has its stable id.
   */
  static String record(ObjectMapper mapper, ObjectWriter writer, Object value)
      throws JsonProcessingException {
    JsonNode tree = value instanceof JsonNode n ? n : mapper.valueToTree(value);
    return writer.writeValueAsString(CourtOrderJson.record(tree));
  }

  private static Batch.Result failure(
      ObjectMapper mapper, InputFiles.Input in, String code, String message) {
    try {
      return new Batch.Result(errorRecord(mapper, in, code, message), true, message);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record for an input that could not be parsed: its name, its path, and why. */
  static String errorRecord(ObjectMapper mapper, InputFiles.Input in, String code, String message)
      throws JsonProcessingException {
    return mapper.writeValueAsString(
        in.fullPath() == null
            ? CourtOrderJson.errorRecord(in.name(), code, message)
            : CourtOrderJson.errorRecord(in.name(), in.fullPath(), code, message));
  }
}
