package org.courtorders.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.parser.DecodedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the README's Java snippet is compiled and run exactly as written (on the bundled
 * sample, seed 000), and prints what its comments say; the README's sample JSON matches the record
 * the command line writes for that sample, where "…" stands for any value, and an object or array
 * ending in "…" may hold more.
 */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final String SAMPLE = "000_12df06f5692ff9e3.txt";

  @TempDir Path dir;

  /** The first fenced block of {@code language} after the heading {@code heading}. */
  static String block(String heading, String language) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf("\n" + heading + "\n");
    assertTrue(at >= 0, "README has no heading " + heading);
    int start = readme.indexOf("```" + language + "\n", at);
    int end = readme.indexOf("\n```", start + 1);
    assertTrue(start >= 0 && end > start, "no " + language + " block under " + heading);
    return readme.substring(start + language.length() + 4, end + 1);
  }

  @Test
  void theJavaSnippetCompilesRunsAndPrintsWhatItsCommentsSay() throws Exception {
    String snippet = block("## Thirty seconds of Java", "java");
    String source =
        "import org.courtorders.core.*;\nimport org.courtorders.core.json.*;\n"
            + "import org.courtorders.parser.*;\n"
            + "public class ReadmeSnippet {\n  public static void run(String text) throws Exception {\n"
            + snippet
            + "  }\n}\n";
    Path src = Files.writeString(dir.resolve("ReadmeSnippet.java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-proc:none",
            "-classpath",
            cp,
            "-d",
            dir.toString(),
            src.toString());
    assertEquals(0, status, "the README snippet does not compile:\n" + diagnostics + "\n" + source);

    String printed;
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass("ReadmeSnippet").getMethod("run", String.class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run.invoke(null, ParseExample.sample());
    } finally {
      System.setOut(stdout);
    }
    printed = captured.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains("Optional["), printed);
    // Every "// value" comment on a println line is a line the snippet prints.
    Matcher m =
        Pattern.compile("System\\.out\\.println\\(.*//\\s*(.+)$", Pattern.MULTILINE)
            .matcher(snippet);
    List<String> promised = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).contains(":")) {
        promised.add(m.group(1).strip());
      }
    }
    assertTrue(promised.size() >= 2, "the snippet's comments say what it prints: " + promised);
    for (String line : promised) {
      assertTrue(
          printed.lines().anyMatch(l -> l.equals(line)),
          "README promises \"" + line + "\"; printed:\n" + printed);
    }
    assertTrue(
        printed.lines().anyMatch(l -> l.equals("Jennifer E. Willis MAGISTRATE_JUDGE")), printed);
  }

  @Test
  void theSampleJsonIsWhatTheCommandLineWritesForTheSample() throws Exception {
    ObjectMapper mapper = CourtOrderJson.mapper();
    JsonNode expected = mapper.readTree(pattern(block("## The JSON form", "json")));
    byte[] bytes = Files.readAllBytes(Path.of("../samples").resolve(SAMPLE));
    CourtOrderParser parser = CourtOrderParser.builder().discoverRules().build();
    JsonNode actual =
        CourtOrderJson.record(mapper.valueToTree(parser.parse(DecodedText.of(bytes), SAMPLE)));
    List<String> problems = new ArrayList<>();
    match(expected, actual, "$", problems);
    if (!problems.isEmpty()) {
      fail(
          "the README's sample JSON no longer matches the output for samples/"
              + SAMPLE
              + ":\n  "
              + String.join("\n  ", problems)
              + "\nactual:\n"
              + mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    }
  }

  private static final String ANY = "\u2026";
  private static final String MORE = "\u2026more";
  private static final String ANY_OBJECT = "\u2026object";
  private static final String ANY_ARRAY = "\u2026array";

  /** The README's abridged JSON as JSON: each "…" becomes a marker the matcher understands. */
  static String pattern(String abridged) {
    return abridged
        .replace("{\u2026}", "\"" + ANY_OBJECT + "\"")
        .replace("[\u2026]", "\"" + ANY_ARRAY + "\"")
        .replace(",\u2026}", ",\"" + MORE + "\":true}")
        .replace(",\u2026]", ",\"" + MORE + "\"]");
  }

  static void match(JsonNode expected, JsonNode actual, String path, List<String> problems) {
    if (expected.isTextual()) {
      switch (expected.asText()) {
        case ANY -> {
          return;
        }
        case ANY_OBJECT -> {
          if (!actual.isObject()) {
            problems.add(path + ": an object expected, was " + actual);
          }
          return;
        }
        case ANY_ARRAY -> {
          if (!actual.isArray()) {
            problems.add(path + ": an array expected, was " + actual);
          }
          return;
        }
        default -> {}
      }
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        problems.add(path + ": an object expected, was " + actual);
        return;
      }
      boolean more = expected.has(MORE);
      List<String> actualKeys = new ArrayList<>();
      actual.fieldNames().forEachRemaining(actualKeys::add);
      int last = -1;
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals(MORE)) {
          continue;
        }
        int at = actualKeys.indexOf(e.getKey());
        if (at < 0) {
          problems.add(path + "." + e.getKey() + ": not in the output");
          continue;
        }
        if (at < last) {
          problems.add(path + "." + e.getKey() + ": out of the output's order");
        }
        last = at;
        match(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey(), problems);
      }
      if (!more) {
        for (String k : actualKeys) {
          if (!expected.has(k)) {
            problems.add(
                path
                    + "."
                    + k
                    + ": in the output, not in the README (end the object with … if left out on purpose)");
          }
        }
      }
      return;
    }
    if (expected.isArray()) {
      if (!actual.isArray()) {
        problems.add(path + ": an array expected, was " + actual);
        return;
      }
      int n = expected.size();
      boolean more = n > 0 && MORE.equals(expected.get(n - 1).asText());
      int shown = more ? n - 1 : n;
      if (more ? actual.size() < shown : actual.size() != shown) {
        problems.add(
            path
                + ": "
                + actual.size()
                + " elements in the output, "
                + shown
                + (more ? " or more" : "")
                + " in the README");
        return;
      }
      for (int i = 0; i < shown; i++) {
        match(expected.get(i), actual.get(i), path + "[" + i + "]", problems);
      }
      return;
    }
    if (!expected.equals(actual)
        && !(expected.isNumber()
            && actual.isNumber()
            && expected.decimalValue().compareTo(actual.decimalValue()) == 0)) {
      problems.add(path + ": README says " + expected + ", output is " + actual);
    }
  }
}
