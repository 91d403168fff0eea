package org.courtorders.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courtorders.core.Citation;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.json.CourtOrderJson;
import org.courtorders.parser.CourtOrderParser;

/**
 * The README's thirty seconds of Java, runnable: parses a file given on the command line, or the
 * bundled sample order (a public S.D.N.Y. order, seed 000 of the project corpus).
 *
 * <pre>
 * java -cp ... org.courtorders.examples.ParseExample order.txt
 * </pre>
 */
public final class ParseExample {
  private ParseExample() {}

  public static void main(String[] args) throws IOException {
    String text =
        args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : sample();
    System.out.println(describe(text));
  }

  /** What the README prints for an order, as one string. */
  public static String describe(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    CourtOrderParser parser = CourtOrderParser.builder().build();
    CourtOrder order = parser.parse(text);

    order.court().ifPresent(c -> out.append(c.id()).append('\n'));
    order
        .caption()
        .ifPresent(
            c ->
                c.caseNumbers()
                    .forEach(
                        n ->
                            out.append(n.normalized().orElse(n.text()))
                                .append(' ')
                                .append(n.judgeInitials())
                                .append('\n')));
    order
        .author()
        .ifPresent(
            j ->
                out.append(j.name().orElse("?"))
                    .append(' ')
                    .append(j.title().orElse(null))
                    .append('\n'));
    for (Citation c : order.citations()) {
      if (c instanceof DocketCitation d) {
        out.append(d.entry())
            .append(" at ")
            .append(d.span().start())
            .append(": ")
            .append(d.text())
            .append('\n');
      }
    }
    out.append(CourtOrderJson.writer().writeValueAsString(order));
    return out.toString();
  }

  static String sample() throws IOException {
    try (InputStream in = ParseExample.class.getResourceAsStream("sample-order.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
