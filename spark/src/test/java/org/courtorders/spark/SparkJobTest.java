package org.courtorders.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on the bundled samples (a PDF among them) and a broken PDF: one row
 * per input, each equal to the line {@code courtorders parse} writes for the same file.
 */
class SparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("courtorders-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static Path corpus() throws IOException {
    Path in = dir.resolve("corpus");
    if (Files.exists(in)) {
      return in;
    }
    Files.createDirectories(in.resolve("pdf"));
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Files.copy(
        Path.of("../samples/pdf/003_1815541e702f4645.pdf"),
        in.resolve("pdf/003_1815541e702f4645.pdf"));
    Files.writeString(in.resolve("pdf/broken.pdf"), "%PDF-1.4\nnot a pdf");
    Files.write(
        in.resolve("latin1.txt"),
        "ORDER\n\nThe motion is GRANTED. Caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("README.md"), "not an input");
    return in;
  }

  /** The command line's lines for the same folder, by source name. */
  static Map<String, JsonNode> cliLines(Path in) throws IOException, InterruptedException {
    Path jar = Path.of("../cli/target/courtorders.jar");
    assertTrue(
        Files.exists(jar),
        "build the command line first (the reactor builds cli before spark): " + jar);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(java, "-jar", jar.toString(), "parse", "--no-progress", in.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    Map<String, JsonNode> byName = new HashMap<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        byName.put(baseName(n.path("source").path("name").asText()), withoutPaths(n));
      }
    }
    return byName;
  }

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** Names and paths depend on how each tool was pointed at the files; the rest must match. */
  private static JsonNode withoutPaths(JsonNode n) {
    JsonNode copy = n.deepCopy();
    if (copy.get("source") instanceof ObjectNode s) {
      s.remove("name");
      s.remove("path");
    }
    if (copy.get("error") instanceof ObjectNode e) {
      e.remove("message"); // says where the file was
    }
    return copy;
  }

  @Test
  void oneRowPerInputEqualToTheCommandLinesLine() throws Exception {
    Path in = corpus();
    List<Row> rows = CourtOrdersJob.parse(spark, List.of(in.toString())).collectAsList();
    assertEquals(
        7, rows.size(), "4 samples, the sample PDF, the broken PDF, the Windows-1252 text");
    Map<String, JsonNode> cli = cliLines(in);
    assertEquals(7, cli.size());
    for (Row r : rows) {
      String name = r.getString(0);
      JsonNode line = JSON.readTree(r.getString(2));
      assertEquals(name, line.path("source").path("name").asText());
      assertEquals(cli.get(name), withoutPaths(line), name);
      if (name.equals("broken.pdf")) {
        assertEquals("BROKEN_PDF", r.getString(3));
      } else {
        assertNull(r.get(3), name);
      }
    }
  }

  @Test
  void writesJsonLinesAndParquet() throws IOException {
    Path in = corpus();
    Dataset<Row> rows = CourtOrdersJob.parse(spark, List.of(in.toString()));
    Path jsonl = dir.resolve("out-jsonl");
    Path parquet = dir.resolve("out-parquet");
    CourtOrdersJob.write(rows, jsonl.toString(), CourtOrdersJob.Format.JSONL);
    CourtOrdersJob.write(rows, parquet.toString(), CourtOrdersJob.Format.PARQUET);
    long lines = 0;
    try (Stream<Path> parts = Files.list(jsonl)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String l : Files.readAllLines(part)) {
          JSON.readTree(l);
          lines++;
        }
      }
    }
    assertEquals(7, lines);
    Dataset<Row> back = spark.read().parquet(parquet.toString());
    assertEquals(7, back.count());
    assertEquals(1, back.filter("error_code = 'BROKEN_PDF'").count());
  }
}
