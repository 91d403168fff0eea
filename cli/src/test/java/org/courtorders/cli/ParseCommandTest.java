package org.courtorders.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The batch command line (issue #6): one line per input, in order, bounded memory, exit codes. */
class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Runs the command in-process; returns the exit code, with stderr in {@code err}. */
  private record Run(int exit, ParseCommand command, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    ParseCommand cmd = cl.getSubcommands().get("parse").getCommand();
    return new Run(exit, cmd, err.toString());
  }

  private List<JsonNode> lines(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static String order(int i) {
    return "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nORDER\n\nThe parties shall file a letter "
        + "by July "
        + (i % 28 + 1)
        + ", 2024. See Dkt. No. "
        + i
        + ".\n\nSO ORDERED.\n";
  }

  @Test
  void tenThousandFilesGiveOneLineEachInOrderWithBoundedBuffer() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      Path sub = Files.createDirectories(in.resolve(String.format("d%02d", i / 1000)));
      Files.writeString(sub.resolve(String.format("f%05d.txt", i)), order(i));
    }
    Path out = dir.resolve("out.jsonl");
    Run r = run("parse", "--threads", "2", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> raw = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(n, raw.size());
    for (int i = 0; i < n; i++) {
      String name = String.format("d%02d/f%05d.txt", i / 1000, i);
      assertTrue(
          raw.get(i).contains("\"name\":\"" + name + "\""), () -> "line out of order: " + name);
    }
    int bound = 2 * ParseCommand.WINDOW_PER_THREAD;
    assertTrue(
        r.command().lastBatch().maxPending() <= bound,
        () -> "pending " + r.command().lastBatch().maxPending() + " > " + bound);
    assertEquals("", r.err(), "silent on stderr when it is not a terminal");
  }

  @Test
  void failuresBecomeErrorRecordsAndExitOne() throws IOException {
    Files.writeString(dir.resolve("a.txt"), order(1));
    Path missing = dir.resolve("missing.txt");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("c.txt"), order(3));
    Path out = dir.resolve("out.jsonl");
    Run r =
        run(
            "parse",
            "-o",
            out.toString(),
            dir.resolve("a.txt").toString(),
            missing.toString(),
            empty.toString(),
            dir.resolve("c.txt").toString());
    assertEquals(1, r.exit());
    List<JsonNode> lines = lines(out);
    assertEquals(4, lines.size());
    assertEquals("a.txt", lines.get(0).path("source").path("name").asText());
    assertEquals("missing.txt", lines.get(1).path("source").path("name").asText());
    assertEquals("UNREADABLE", lines.get(1).path("error").path("code").asText());
    assertTrue(lines.get(1).path("error").path("message").asText().contains("no such file"));
    assertEquals("UNREADABLE", lines.get(2).path("error").path("code").asText());
    assertEquals("c.txt", lines.get(3).path("source").path("name").asText());
    assertTrue(lines.get(3).path("error").isMissingNode());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "parse",
                "--fail-fast",
                "--threads",
                "1",
                "-o",
                dir.resolve("out.jsonl").toString()));
    args.add(dir.resolve("missing.txt").toString());
    for (int i = 0; i < 50; i++) {
      Path f = dir.resolve("f" + i + ".txt");
      Files.writeString(f, order(i));
      args.add(f.toString());
    }
    Run r = run(args.toArray(String[]::new));
    assertEquals(1, r.exit());
    List<JsonNode> lines = lines(dir.resolve("out.jsonl"));
    assertEquals(1, lines.size());
    assertEquals("UNREADABLE", lines.get(0).path("error").path("code").asText());
    assertTrue(r.err().contains("--fail-fast"), r.err());
  }

  @Test
  void unorderedWritesEveryInputOnce() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 200; i++) {
      Files.writeString(in.resolve(String.format("f%03d.txt", i)), order(i));
    }
    Path out = dir.resolve("out.jsonl");
    Run r = run("parse", "--unordered", "--threads", "3", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> names =
        lines(out).stream().map(n -> n.path("source").path("name").asText()).sorted().toList();
    assertEquals(200, names.size());
    assertEquals(200, names.stream().distinct().count());
  }

  @Test
  void encodings() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = order(1).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a-bom.txt"), withBom);
    Files.write(
        in.resolve("b-cp1252.txt"), "Caf\u00E9 \u2014 SO ORDERED.".getBytes("windows-1252"));
    Path out = dir.resolve("out.jsonl");
    Run r = run("parse", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> lines = lines(out);
    assertEquals(
        body.length,
        lines.get(0).path("source").path("length").asInt(),
        "BOM dropped: the length is the text's");
    assertTrue(lines.get(1).path("diagnostics").toString().contains("INVALID_ENCODING"));
    assertTrue(r.err().contains("Windows-1252"), r.err());

    Run strict =
        run("parse", "--strict-utf8", "-o", out.toString(), in.resolve("b-cp1252.txt").toString());
    assertEquals(1, strict.exit());
    assertEquals("INVALID_ENCODING", lines(out).get(0).path("error").path("code").asText());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("parse").exit());
    assertEquals(2, run("parse", "--threads", "0", dir.toString()).exit());
    assertEquals(2, run("parse", "--no-such-option", dir.toString()).exit());
  }

  @Test
  void foldersWalkInPathOrder() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b.txt"), order(1));
    Files.writeString(dir.resolve("b/c.txt"), order(2));
    Files.writeString(dir.resolve("a.txt"), order(3));
    Files.writeString(dir.resolve("b-x.txt"), order(4));
    Files.writeString(dir.resolve("notes.md"), "not an order");
    List<String> names = new ArrayList<>();
    InputFiles.iterate(List.of(dir.toString()))
        .forEachRemaining(in -> names.add(dir.relativize(in.path()).toString()));
    List<String> sorted;
    try (var walk = Files.walk(dir)) {
      sorted =
          walk.filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .map(p -> dir.relativize(p).toString())
              .toList();
    }
    assertEquals(sorted, names);
    assertEquals(4, InputFiles.count(List.of(dir.toString())));
  }
}
