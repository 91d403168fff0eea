package org.courtorders.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The outcome of one suite: each vector passes, fails, or is declined with the reason (a convention
 * we do not share). The rate is passed / (passed + failed); declined vectors are listed, never
 * silently dropped. The report goes to {@code target/conformance/<suite>.txt} and the build fails
 * if the rate drops below the floor recorded in {@code floors.properties}.
 */
final class Tally {
  enum Outcome {
    PASS,
    FAIL,
    DECLINED
  }

  private record Line(String id, Outcome outcome, String detail) {}

  private final String suite;
  private final Vectors vectors;
  private final List<Line> lines = new ArrayList<>();
  private int wrong;

  Tally(String suite, Vectors vectors) {
    this.suite = suite;
    this.vectors = vectors;
  }

  void pass(String id) {
    lines.add(new Line(id, Outcome.PASS, ""));
  }

  void fail(String id, String detail) {
    lines.add(new Line(id, Outcome.FAIL, detail));
  }

  /** A failure that is also a wrong answer (a value given that the peer says is not so). */
  void wrong(String id, String detail) {
    wrong++;
    lines.add(new Line(id, Outcome.FAIL, "WRONG " + detail));
  }

  void decline(String id, String reason) {
    lines.add(new Line(id, Outcome.DECLINED, reason));
  }

  void check(String id, boolean ok, String detail) {
    if (ok) {
      pass(id);
    } else {
      fail(id, detail);
    }
  }

  long count(Outcome o) {
    return lines.stream().filter(l -> l.outcome == o).count();
  }

  int wrongAnswers() {
    return wrong;
  }

  double rate() {
    long p = count(Outcome.PASS);
    long f = count(Outcome.FAIL);
    return p + f == 0 ? 0 : (double) p / (p + f);
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "%s: %.1f %% (%d of %d; %d declined; %d wrong)",
        suite,
        100 * rate(),
        count(Outcome.PASS),
        count(Outcome.PASS) + count(Outcome.FAIL),
        count(Outcome.DECLINED),
        wrong);
  }

  /** Writes the report and fails if the rate is below the suite's floor. */
  void finish() {
    StringBuilder sb = new StringBuilder();
    sb.append(summary()).append('\n');
    vectors.provenance.forEach(
        (k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    for (Outcome o : new Outcome[] {Outcome.FAIL, Outcome.DECLINED, Outcome.PASS}) {
      for (Line l : lines) {
        if (l.outcome == o) {
          sb.append(o)
              .append('\t')
              .append(l.id.replace('\n', ' '))
              .append('\t')
              .append(l.detail.replace('\n', ' '))
              .append('\n');
        }
      }
    }
    try {
      Path dir = Path.of("target", "conformance");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(suite + ".txt"), sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("[conformance] " + summary());
    double floor = Double.parseDouble(floors().getProperty(suite + ".rate", "1.0"));
    assertTrue(
        rate() + 1e-9 >= floor,
        () ->
            summary()
                + " is below its floor "
                + floor
                + "; see target/conformance/"
                + suite
                + ".txt");
    String maxWrong = floors().getProperty(suite + ".maxWrong");
    if (maxWrong != null) {
      assertTrue(
          wrong <= Integer.parseInt(maxWrong),
          () -> summary() + ": more wrong answers than " + maxWrong);
    }
  }

  /** A value recorded in {@code floors.properties}, or null. */
  static String floor(String key) {
    return floors().getProperty(key);
  }

  private static Properties floors() {
    Properties p = new Properties();
    try (InputStream in =
        Tally.class.getResourceAsStream("/org/courtorders/conformance/floors.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
