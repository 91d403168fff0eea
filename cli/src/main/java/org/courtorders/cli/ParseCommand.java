package org.courtorders.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
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
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courtorders parse PATH...}: one JSON object a line for every input, failures included.
 * Streams: inputs are found lazily and parsed on {@code --threads} workers with a bounded
 * number in flight, so memory does not grow with the number of inputs.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse court orders (text or PDF files, or folders of .txt and .pdf files) into JSON Lines.")
final class ParseCommand implements Callable<Integer> {
  /** Inputs in flight (read, parsed or waiting to be written) per worker thread. */
  static final int WINDOW_PER_THREAD = 4;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively for .txt and .pdf).")
  List<Path> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of stdout.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON, for reading one document.")
  boolean pretty;

  @Option(names = "--strict-utf8", description = "Treat input that is not UTF-8 as a failure instead of reading it as Windows-1252.")
  boolean strictUtf8;

  @Option(names = "--threads", paramLabel = "N", description = "Parse on N threads (default: every core, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--unordered", description = "Write each result as soon as it is ready instead of in input order.")
  boolean unordered;

  @Option(names = "--fail-fast", description = "Stop at the first input that fails (exit code 1).")
  boolean failFast;

  @Option(names = "--no-progress", description = "Never draw the progress bar, even on a terminal.")
  boolean noProgress;

  private Batch lastBatch;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    CourtOrderParser parser = CourtOrderParser.builder().discoverRules().build();
    ObjectMapper mapper = CourtOrderJson.mapper();
    ObjectWriter writer = pretty ? CourtOrderJson.prettyWriter() : CourtOrderJson.writer();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = noProgress ? Progress.silent(err) : Progress.forConsole(err);
    if (progress.enabled()) {
      Thread counter = new Thread(() -> progress.total(InputFiles.count(paths)), "courtorders-count");
      counter.setDaemon(true);
      counter.start();
    }
    Batch batch = new Batch(threads, threads * WINDOW_PER_THREAD, !unordered, failFast);
    lastBatch = batch;
    Batch.Outcome outcome;
    OutputStream sink = output == null ? new FilterOutputStream(System.out) {
      @Override
      public void close() throws IOException {
        flush(); // never close the process's standard output
      }
    } : Files.newOutputStream(output);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
      OrderLoader loader = new OrderLoader(parser, strictUtf8);
      outcome = batch.run(InputFiles.iterate(paths), in -> parseOne(in, loader, mapper, writer),
          (in, e) -> failure(mapper, in.name(), "PARSE_FAILED", "failed to parse " + in.path() + ": " + e),
          r -> {
            if (r.message() != null) {
              progress.message("courtorders: " + r.message());
            }
            out.write(r.line());
            out.write('\n');
            progress.advance();
          });
    }
    progress.finish();
    if (outcome.stoppedEarly()) {
      err.println("courtorders: stopped at the first failure (--fail-fast); later inputs were not parsed");
    }
    err.flush();
    return outcome.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** The batch of the last run: lets tests check how many inputs were ever pending at once. */
  Batch lastBatch() {
    return lastBatch;
  }

  private Batch.Result parseOne(InputFiles.Input input, OrderLoader loader, ObjectMapper mapper,
      ObjectWriter writer) {
    try {
      OrderLoader.Loaded loaded = loader.load(input);
      // A PDF's line is the order's tree with its page map; the writer's settings carry over.
      String line = loaded.pdf() != null
          ? writer.forType(com.fasterxml.jackson.databind.JsonNode.class).writeValueAsString(loaded.json(mapper))
          : writer.writeValueAsString(loaded.order());
      return new Batch.Result(line, false, loaded.note());
    } catch (OrderLoader.Failure f) {
      return failure(mapper, input.name(), f.code, f.getMessage());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Batch.Result failure(ObjectMapper mapper, String name, String code, String message) {
    try {
      return new Batch.Result(errorRecord(mapper, name, code, message), true, message);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
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
