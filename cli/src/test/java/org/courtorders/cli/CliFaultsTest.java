package org.courtorders.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every way the command line used to lose data or hang (issue 14), each with its exit code and
 * message asserted. Faults that need a real process (standard output on {@code /dev/full}, a closed
 * pipe, SIGTERM, out of memory, the C locale) run the command line in a child JVM.
 */
class CliFaultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }

  /** Runs a command in-process with the given standard input and output. */
  private static Run run(InputStream stdin, OutputStream stdout, String... args) {
    CommandLine cl = Main.commandLine();
    ParseCommand parse = cl.getSubcommands().get("parse").getCommand();
    CheckCommand check = cl.getSubcommands().get("check").getCommand();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OutputStream out = stdout != null ? stdout : captured;
    parse.stdin = stdin;
    parse.stdout = out;
    check.stdin = stdin;
    check.stdout = out;
    CsvCommand csv = cl.getSubcommands().get("csv").getCommand();
    csv.stdin = stdin;
    IcsCommand ics = cl.getSubcommands().get("ics").getCommand();
    ics.stdin = stdin;
    ics.stdout = out;
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, captured.toString(StandardCharsets.UTF_8), err.toString());
  }

  private static Run run(String... args) {
    return run(InputStream.nullInputStream(), null, args);
  }

  static String order(int i) {
    return "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\nThe parties shall file a letter "
        + "by July "
        + (i % 28 + 1)
        + ", 2024. See Dkt. No. "
        + i
        + ".\n\nSO ORDERED.\n";
  }

  /** The command line in a child JVM, on this test's class path. */
  private static ProcessBuilder child(List<String> jvmOptions, String... args) {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private Path folderOf(int n) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < n; i++) {
      Files.writeString(in.resolve(String.format("f%04d.txt", i)), order(i));
    }
    return in;
  }

  // --- write failures --------------------------------------------------------------------------

  @Test
  void standardOutputOnAFullDiskStopsWithExitThreeAndTheCause() throws Exception {
    Path in = folderOf(3);
    Process p =
        child(List.of(), "parse", in.toString()).redirectOutput(new File("/dev/full")).start();
    String err = read(p.getErrorStream());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.WRITE_FAILED, p.exitValue(), err);
    assertTrue(err.contains("cannot write to standard output: no space left on device"), err);
  }

  @Test
  void outputFileOnAFullDiskStopsWithExitThreeAndTheCause() throws IOException {
    Path in = folderOf(3);
    Run r = run("parse", "-o", "/dev/full", in.toString());
    assertEquals(ExitCodes.WRITE_FAILED, r.exit(), r.err());
    assertTrue(r.err().contains("cannot write to /dev/full: no space left on device"), r.err());
  }

  @Test
  void aClosedPipeEndsTheRunQuietlyWithTheSigpipeStatus() throws Exception {
    Path in = folderOf(200); // ~1 MB of JSON: far past the pipe's and the output buffer's size
    Process p = child(List.of(), "parse", "--threads", "1", in.toString()).start();
    p.getInputStream().close(); // the reader goes away, as `| head -1` does after its line
    String err = read(p.getErrorStream());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.BROKEN_PIPE, p.exitValue(), err);
    assertEquals("", err, "quiet, as a program killed by SIGPIPE is");
  }

  @Test
  void aBrokenPipeInProcessIsQuietToo() throws IOException {
    Path in = folderOf(3);
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    Run r = run(InputStream.nullInputStream(), broken, "parse", in.toString());
    assertEquals(ExitCodes.BROKEN_PIPE, r.exit());
    assertEquals("", r.err());
  }

  @Test
  void sigtermLeavesOnlyWholeLines() throws Exception {
    Path in = folderOf(3000);
    Path out = dir.resolve("out.jsonl");
    Path errFile = dir.resolve("err.txt"); // destroy() closes the pipes: stderr goes to a file
    Process p =
        child(List.of(), "parse", "--threads", "1", "-o", out.toString(), in.toString())
            .redirectError(errFile.toFile())
            .start();
    long waited = 0;
    while ((!Files.exists(out) || Files.size(out) == 0) && p.isAlive() && waited < 120_000) {
      Thread.sleep(20);
      waited += 20;
    }
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String err = Files.readString(errFile);
    byte[] bytes = Files.readAllBytes(out);
    assertTrue(bytes.length > 0, err);
    assertEquals('\n', bytes[bytes.length - 1], "the last line is whole");
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      assertTrue(JSON.readTree(line).has("source"), line);
    }
    if (p.exitValue() != 0) { // it may have finished before the signal on a fast machine
      assertEquals(143, p.exitValue(), err);
      assertTrue(err.contains("complete lines written to " + out), err);
    }
  }

  // --- -o and the inputs ---------------------------------------------------------------------

  @Test
  void outputNamingAnInputIsRefusedBeforeItIsTruncated() throws IOException {
    Path in = folderOf(2);
    Path input = in.resolve("f0000.txt");
    Run r = run("parse", "-o", input.toString(), input.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("is one of the inputs; refusing to overwrite it"), r.err());
    assertEquals(order(0), Files.readString(input));

    Run inside = run("parse", "-o", in.resolve("out.jsonl").toString(), in.toString());
    assertEquals(ExitCodes.USAGE, inside.exit());
    assertTrue(inside.err().contains("lies inside the input folder"), inside.err());
    assertFalse(Files.exists(in.resolve("out.jsonl")));
  }

  // --- inputs that are not plain text files ------------------------------------------------------

  @Test
  void aFifoGetsAnErrorRecordInsteadOfHangingTheBatch() throws Exception {
    Path in = folderOf(1);
    Path fifo = in.resolve("pipe.txt");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Run r = run("parse", in.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    List<JsonNode> lines = r.lines();
    assertEquals(2, lines.size());
    assertEquals("pipe.txt", lines.get(1).path("source").path("name").asText());
    assertEquals("UNREADABLE", lines.get(1).path("error").path("code").asText());
    assertTrue(
        lines.get(1).path("error").path("message").asText().contains("is not a regular file"),
        r.err());
  }

  @Test
  void standardInputIsReadForADash() {
    byte[] text = order(7).getBytes(StandardCharsets.UTF_8);
    Run r = run(new ByteArrayInputStream(text), null, "parse", "-");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("\"name\":\"-\""), r.out());
    assertTrue(r.out().contains("\"entry\":7"), r.out());
    assertTrue(r.out().contains("\"path\":null"), r.out());
  }

  @Test
  void gzipInputsAreDecompressed() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (OutputStream z = new GZIPOutputStream(Files.newOutputStream(in.resolve("order.txt.gz")))) {
      z.write(order(9).getBytes(StandardCharsets.UTF_8));
    }
    Run r = run("parse", in.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode line = r.lines().get(0);
    assertEquals("order.txt.gz", line.path("source").path("name").asText());
    assertEquals(order(9).length(), line.path("source").path("length").asInt());
    assertEquals(9, line.path("citations").get(0).path("entry").asInt());

    Files.write(in.resolve("broken.txt.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0});
    Run broken = run("parse", in.resolve("broken.txt.gz").toString());
    assertEquals(ExitCodes.SOME_FAILED, broken.exit());
    assertTrue(broken.err().contains("cannot decompress"), broken.err());
  }

  @Test
  void aPdfIsReadAndABrokenOneGetsAnErrorRecordSayingSo() throws IOException {
    Path pdf = dir.resolve("order.pdf");
    Files.copy(Path.of("../samples/pdf/003_1815541e702f4645.pdf"), pdf);
    Path broken = dir.resolve("scan.txt"); // the name lies; the signature does not
    Files.write(
        broken,
        "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("parse", dir.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.err());
    List<JsonNode> lines = r.lines();
    assertEquals(2, lines.size(), r.out());
    assertEquals("order.pdf", lines.get(0).path("source").path("name").asText());
    assertEquals(
        pdf.toAbsolutePath().toString(), lines.get(0).path("source").path("path").asText());
    assertTrue(lines.get(0).path("pages").size() > 0, lines.get(0).toString());
    assertEquals(
        "BROKEN_PDF", lines.get(1).path("error").path("code").asText(), lines.get(1).toString());
    assertTrue(
        lines.get(1).path("error").path("message").asText().contains("is not a readable PDF"),
        lines.get(1).toString());

    // gzipped, read from standard input
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(gz)) {
      z.write(Files.readAllBytes(pdf));
    }
    Run stdin = run(new ByteArrayInputStream(gz.toByteArray()), null, "parse", "-");
    assertEquals(ExitCodes.OK, stdin.exit(), stdin.err());
    assertTrue(stdin.lines().get(0).path("pages").size() > 0, stdin.out());
  }

  @Test
  void aPngGetsAnErrorRecordSayingSo() throws IOException {
    Path png = dir.resolve("scan.txt"); // the name lies; the bytes do not
    Files.write(
        png,
        new byte[] {
          (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
        });
    Run r = run("parse", png.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertTrue(r.err().contains("is a PNG image, not text"), r.err());
    Run check = run("check", png.toString());
    assertEquals(ExitCodes.SOME_FAILED, check.exit());
    assertTrue(check.err().contains("is a PNG image, not text"), check.err());
  }

  @Test
  void anArchiveGetsAnErrorRecordSayingSo() throws IOException {
    Path zip = dir.resolve("orders.txt");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Run r = run("parse", zip.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertTrue(r.err().contains("is a ZIP archive"), r.err());
  }

  // --- names
  // ---------------------------------------------------------------------------------------

  @Test
  void nestedFoldersWithEqualFileNamesStayApart() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createDirectories(in.resolve("2023/june"));
    Files.createDirectories(in.resolve("2024/june"));
    Files.writeString(in.resolve("2023/june/order.txt"), order(1));
    Files.writeString(in.resolve("2024/june/order.txt"), order(2));
    Run r = run("parse", in.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    List<JsonNode> lines = r.lines();
    assertEquals("2023/june/order.txt", lines.get(0).path("source").path("name").asText());
    assertEquals("2024/june/order.txt", lines.get(1).path("source").path("name").asText());
    assertEquals(
        in.resolve("2024/june/order.txt").toAbsolutePath().toString(),
        lines.get(1).path("source").path("path").asText());
    // an explicit file keeps its own name
    Run one = run("parse", in.resolve("2023/june/order.txt").toString());
    assertEquals("order.txt", one.lines().get(0).path("source").path("name").asText());
  }

  @Test
  void aFileNameThatIsNotUtf8IsKeptWithItsBytesEscaped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Process p =
        new ProcessBuilder(
                "sh", "-c", "printf '%s' \"$1\" > \"$(printf 'x\\377y.txt')\"", "sh", order(3))
            .directory(in.toFile())
            .start();
    assertEquals(0, p.waitFor(), read(p.getErrorStream()));
    Run r = run("parse", in.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertEquals("x\\xFFy.txt", r.lines().get(0).path("source").path("name").asText());
  }

  @Test
  void aUtf8FileNameUnderTheCLocaleIsReadAndNamedRight() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("caf\u00e9.txt"), order(4));
    Files.writeString(in.resolve("plain.txt"), order(5));
    ProcessBuilder pb = child(List.of(), "parse", in.toString());
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    String out = read(p.getInputStream());
    String err = read(p.getErrorStream());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.OK, p.exitValue(), err);
    assertTrue(out.contains("\"name\":\"caf\u00e9.txt\""), out);
    assertTrue(out.contains("\"name\":\"plain.txt\""), out);
  }

  // --- failures keep their cause ---------------------------------------------------------------

  @Test
  void messagesKeepTheirCause() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, order(1));
    Run r = run("parse", file.resolve("b.txt").toString(), dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertTrue(
        r.err().contains("cannot read " + file.resolve("b.txt") + ": not a directory"), r.err());
    assertTrue(r.err().contains("missing.txt: no such file or folder"), r.err());
    assertEquals("permission denied", Errors.reason(new AccessDeniedException("x.txt")));
  }

  @Test
  void outOfMemoryOnOneInputIsThatInputsErrorRecordInParseAndCheck() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path big = in.resolve("a-big.txt");
    try (OutputStream o = Files.newOutputStream(big)) {
      byte[] mb = "SO ORDERED. ".repeat(87_382).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 96; i++) {
        o.write(mb);
      }
    }
    Files.writeString(in.resolve("b-small.txt"), order(2));
    for (String command : List.of("parse", "check")) {
      String option = command.equals("parse") ? "--threads=1" : "--court=nysd";
      Process p = child(List.of("-Xmx64m"), command, option, in.toString()).start();
      String out = read(p.getInputStream());
      String err = read(p.getErrorStream());
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(ExitCodes.SOME_FAILED, p.exitValue(), command + ": " + err);
      String[] lines = out.split("\n");
      assertEquals(2, lines.length, command + ": " + out);
      JsonNode first = JSON.readTree(lines[0]);
      assertEquals(
          "OUT_OF_MEMORY", first.path("error").path("code").asText(), command + ": " + lines[0]);
      assertTrue(first.path("error").path("message").asText().contains("out of memory"), lines[0]);
      assertTrue(JSON.readTree(lines[1]).path("error").isMissingNode(), command + ": " + lines[1]);
    }
  }

  // --- every command reads through the one loader and writes as parse does ----------------------

  @Test
  void csvAndIcsReadStandardInputGzipAndBinaryFilesAsParseDoes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (OutputStream z = new GZIPOutputStream(Files.newOutputStream(in.resolve("order.txt.gz")))) {
      z.write(order(9).getBytes(StandardCharsets.UTF_8));
    }
    Files.write(
        in.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    Path tables = dir.resolve("tables");
    Run csv =
        run(
            new ByteArrayInputStream(order(3).getBytes(StandardCharsets.UTF_8)),
            null,
            "csv",
            "-o",
            tables.toString(),
            "-",
            in.toString());
    assertEquals(ExitCodes.SOME_FAILED, csv.exit(), csv.err());
    String orders = Files.readString(tables.resolve("orders.csv"));
    assertTrue(orders.contains("\r\n-,"), orders);
    assertTrue(orders.contains("order.txt.gz,"), orders);
    assertTrue(orders.contains("NOT_TEXT"), orders);
    assertTrue(csv.err().contains("is a PNG image, not text"), csv.err());

    Run ics =
        run(
            new ByteArrayInputStream(order(3).getBytes(StandardCharsets.UTF_8)),
            null,
            "ics",
            "-",
            in.toString());
    assertEquals(ExitCodes.SOME_FAILED, ics.exit(), ics.err());
    assertTrue(ics.out().startsWith("BEGIN:VCALENDAR"), ics.out());
    assertTrue(ics.err().contains("is a PNG image, not text"), ics.err());
  }

  @Test
  void csvAndIcsStopWithExitThreeWhenTheOutputCannotBeWritten() throws IOException {
    Path in = folderOf(2);
    Run ics = run("ics", "-o", "/dev/full", in.toString());
    assertEquals(ExitCodes.WRITE_FAILED, ics.exit(), ics.err());
    assertTrue(ics.err().contains("cannot write to /dev/full: no space left on device"), ics.err());

    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    Run pipe = run(InputStream.nullInputStream(), broken, "ics", in.toString());
    assertEquals(ExitCodes.BROKEN_PIPE, pipe.exit(), pipe.err());

    Run csv = run("csv", "-o", "/dev/full/tables", in.toString());
    assertEquals(ExitCodes.WRITE_FAILED, csv.exit(), csv.err());
    assertTrue(csv.err().contains("cannot write to /dev/full/tables"), csv.err());
  }

  @Test
  void icsAndCheckRefuseAnOutputNamingAnInput() throws IOException {
    Path in = folderOf(1);
    Path input = in.resolve("f0000.txt");
    for (String command : List.of("ics", "check")) {
      Run r = run(command, "-o", input.toString(), input.toString());
      assertEquals(ExitCodes.USAGE, r.exit(), command);
      assertTrue(r.err().contains("is one of the inputs; refusing to overwrite it"), r.err());
    }
    Run report = run("ics", "--report", in.resolve("report.jsonl").toString(), in.toString());
    assertEquals(ExitCodes.USAGE, report.exit());
    assertTrue(report.err().contains("lies inside the input folder"), report.err());
    assertEquals(order(0), Files.readString(input));
  }

  // --- logging
  // ------------------------------------------------------------------------------------

  @Test
  void standardErrorHoldsOnlyTheCommandLinesOwnMessages() throws Exception {
    Path in = folderOf(2);
    Files.copy(Path.of("../samples/pdf/003_1815541e702f4645.pdf"), in.resolve("sample.pdf"));
    Files.writeString(in.resolve("zz-broken.pdf"), "%PDF-1.4\nbroken");
    Process p = child(List.of(), "parse", "--threads", "1", in.toString()).start();
    String out = read(p.getInputStream());
    String err = read(p.getErrorStream());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.SOME_FAILED, p.exitValue(), err);
    assertEquals(4, out.split("\n").length, out);
    // no SLF4J "no providers" warning, no PDFBox or ical4j log lines: the CLI ships slf4j-nop
    for (String line : err.split("\n")) {
      assertTrue(
          line.startsWith("courtorders: "),
          "a line that is not the CLI's own: " + line + "\n" + err);
    }
  }

  // --- usage and summary
  // ---------------------------------------------------------------------------

  @Test
  void absurdThreadCountsAreUsageErrors() throws IOException {
    Path in = folderOf(1);
    for (String n : List.of("0", "-3", "100000")) {
      Run r = run("parse", "--threads", n, in.toString());
      assertEquals(ExitCodes.USAGE, r.exit(), n);
      assertTrue(r.err().contains("--threads must be between 1 and 256"), r.err());
    }
    assertEquals(ExitCodes.USAGE, run("parse", "--threads", "99999999999", in.toString()).exit());
  }

  @Test
  void summaryOnRequest() throws IOException {
    Path in = folderOf(2);
    Run r = run("parse", "--summary", in.toString(), dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertTrue(
        r.err().matches("(?s).*courtorders: 3 inputs, 2 parsed, 1 failed, in \\d+\\.\\d s\\n.*"),
        r.err());
    Run quiet = run("parse", in.toString());
    assertEquals(
        "", quiet.err(), "no summary when stderr is not a terminal and none was asked for");
  }

  @Test
  void everyRecordSaysItsSchemaAndLibraryVersion() throws IOException {
    Path in = folderOf(1);
    Run r = run("parse", in.toString(), dir.resolve("missing.txt").toString());
    for (JsonNode line : r.lines()) {
      assertEquals(1, line.path("schemaVersion").asInt());
      assertFalse(line.path("libraryVersion").asText().isEmpty());
      assertFalse(line.path("libraryVersion").asText().equals("unknown"));
    }
  }
}
