package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The internals' arrows go one way, in the order the data flows: text → layout → mentions →
 * document → readers → assembly → pipeline (docs/ARCHITECTURE.md). Read from the sources, which a
 * module's tests run beside.
 */
class ArchitectureTest {
  private static final Path INTERNAL = Path.of("src/main/java/org/courtorders/parser/internal");
  private static final String ROOT = "(root)";

  /** What each internal package may import from the others. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry(ROOT, Set.of()),
          Map.entry("text", Set.of(ROOT)),
          Map.entry("segment", Set.of(ROOT, "text")),
          Map.entry("date", Set.of(ROOT)),
          Map.entry("document", Set.of(ROOT, "text", "segment", "date")),
          Map.entry("read", Set.of(ROOT, "text", "segment", "date", "document")),
          Map.entry("cite", Set.of(ROOT, "text", "segment", "date")),
          Map.entry("extract", Set.of(ROOT, "text", "segment", "date", "document", "read", "cite")),
          Map.entry("obligation", Set.of(ROOT, "text", "segment", "date", "document", "read")),
          Map.entry("assemble", Set.of(ROOT, "text", "segment", "document", "read")),
          Map.entry(
              "pipeline",
              Set.of(
                  ROOT,
                  "text",
                  "segment",
                  "date",
                  "document",
                  "read",
                  "cite",
                  "extract",
                  "obligation",
                  "assemble")));

  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^import (?:static )?org\\.courtorders\\.parser\\.internal\\.([a-z]+)?\\.?([A-Za-z]+)");

  @Test
  void internalPackagesDependOneWay() throws IOException {
    assertTrue(Files.isDirectory(INTERNAL), "run from the parser module");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(INTERNAL)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = INTERNAL.relativize(f);
        String pkg = rel.getNameCount() == 1 ? ROOT : rel.getName(0).toString();
        assertTrue(
            ALLOWED.containsKey(pkg),
            () -> "a new internal package needs its place in the order: " + pkg);
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String target = m.group(1) == null ? ROOT : m.group(1);
          if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
            wrong.add(rel + " imports " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * Readers never map an offset to the input: only the text layer, the document and the assembler
   * do.
   */
  @Test
  void noReaderMapsOffsets() throws IOException {
    Pattern mapping = Pattern.compile("\\.(?:toOriginal|originalStart|fromOriginal)\\(");
    List<String> wrong = new ArrayList<>();
    for (String reader : List.of("read", "extract", "cite", "obligation")) {
      try (Stream<Path> files = Files.walk(INTERNAL.resolve(reader))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = mapping.matcher(Files.readString(f));
          while (m.find()) {
            wrong.add(INTERNAL.relativize(f) + " calls " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
