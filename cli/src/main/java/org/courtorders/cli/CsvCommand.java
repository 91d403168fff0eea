package org.courtorders.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.courtorders.csv.CsvTables;
import org.courtorders.csv.SpanPages;
import org.courtorders.csv.Table;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.pdf.PdfOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code courtorders csv -o DIR PATH...}: one CSV table per kind of item (orders, deadlines,
 * proceedings, rulings, sanctions, citations), every row with its order's source name and id; an
 * input that cannot be read is an {@code orders} row with its error.
 */
@Command(
    name = "csv",
    mixinStandardHelpOptions = true,
    description =
        "Write court orders (text or PDF) as CSV tables, one per kind of item (RFC 4180, UTF-8).")
final class CsvCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files, folders (searched recursively for .txt, .pdf and gzipped ones), or - for standard input.")
  List<String> paths;

  @Option(
      names = {"-o", "--output-dir"},
      required = true,
      paramLabel = "DIR",
      description = "Folder for the tables (orders.csv, deadlines.csv, ...); created if missing.")
  Path outputDir;

  @Option(
      names = "--tables",
      split = ",",
      paramLabel = "TABLE",
      description =
          "Only these tables: orders, deadlines, proceedings, rulings, sanctions, citations.")
  List<String> tables;

  @Option(
      names = "--fields",
      split = ",",
      paramLabel = "COLUMN",
      description =
          "Only these columns, in this order, in every table that has them (source_name and order_id are always kept).")
  List<String> fields;

  @Option(
      names = "--strict-utf8",
      description =
          "Treat input that is not UTF-8 as a failure instead of reading it as Windows-1252.")
  boolean strictUtf8;

  /** Standard input; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    Runner.checkOutput(spec.commandLine(), outputDir, paths);
    CsvTables.Builder builder = CsvTables.builder(outputDir);
    try {
      if (tables != null) {
        Set<Table> only = new LinkedHashSet<>();
        tables.forEach(t -> only.add(Table.named(t)));
        builder.tables(only);
      }
      if (fields != null) {
        builder.fields(fields);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    OrderLoader loader =
        new OrderLoader(CourtOrderParser.builder().discoverRules().build(), strictUtf8, stdin);
    PrintWriter err = spec.commandLine().getErr();
    long failed = 0;
    long rows = 0;
    try (CsvTables out = build(builder)) {
      for (Iterator<InputFiles.Input> it = InputFiles.iterate(paths); it.hasNext(); ) {
        InputFiles.Input input = it.next();
        try {
          OrderLoader.Loaded loaded = loader.load(input);
          if (loaded.note() != null) {
            err.println("courtorders: " + loaded.note());
          }
          out.add(loaded.order(), pages(loaded.pdf()));
        } catch (OrderLoader.Failure f) {
          err.println("courtorders: " + f.getMessage());
          out.addError(input.name(), f.code, f.getMessage());
          failed++;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          String message = "failed to parse " + input.display() + ": " + Errors.reason(e);
          err.println("courtorders: " + message);
          out.addError(
              input.name(),
              e instanceof OutOfMemoryError ? "OUT_OF_MEMORY" : "PARSE_FAILED",
              message);
          failed++;
        }
        rows++;
      }
    } catch (IOException e) {
      err.println(
          "courtorders: cannot write to "
              + outputDir
              + ": "
              + Errors.reason(e)
              + "; stopped after "
              + rows
              + " inputs, the tables are incomplete");
      err.flush();
      return ExitCodes.WRITE_FAILED;
    }
    err.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private CsvTables build(CsvTables.Builder builder) throws IOException {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static SpanPages pages(PdfOrder pdf) {
    if (pdf == null) {
      return SpanPages.NONE;
    }
    return span ->
        pdf.pageOf(span).map(p -> OptionalInt.of(p.number())).orElse(OptionalInt.empty());
  }
}
