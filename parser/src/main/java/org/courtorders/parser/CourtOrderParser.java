package org.courtorders.parser;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.pipeline.Pipeline;
import org.courtorders.parser.spi.CourtRules;

/**
 * Reads the text of a United States federal court order into a {@link CourtOrder}. Configure once
 * with {@link #builder()}; the built parser is immutable and thread-safe.
 *
 * <pre>{@code
 * CourtOrderParser parser = CourtOrderParser.builder()
 *     .addRules(SdnyRules.create())
 *     .build();
 * CourtOrder order = parser.parse(text);          // never throws on content
 * order.caption().ifPresent(c -> System.out.println(c.caseNumbers()));
 * }</pre>
 *
 * <p>Content never makes {@code parse} throw: what the parser cannot understand becomes a {@link
 * org.courtorders.core.Diagnostic}. Misuse does: a null argument throws {@link
 * NullPointerException}, a bad option {@link IllegalArgumentException} from {@link
 * Builder#build()}.
 *
 * @since 0.1.0
 */
public final class CourtOrderParser {
  /** Default for {@link Builder#maxInputChars(int)}: 20 million UTF-16 units (about 40 MB). */
  public static final int DEFAULT_MAX_INPUT_CHARS = 20_000_000;

  /** Default for {@link Builder#maxDiagnostics(int)}. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1_000;

  private final Pipeline pipeline;
  private final List<CourtRules> rules;

  private CourtOrderParser(Pipeline pipeline, List<CourtRules> rules) {
    this.pipeline = pipeline;
    this.rules = List.copyOf(rules);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses an order given as a string. */
  public CourtOrder parse(String text) {
    Objects.requireNonNull(text, "text");
    return pipeline.parse(text, Optional.empty());
  }

  /** Parses an order and records {@code sourceName} (a file name, say) in {@code source.name}. */
  public CourtOrder parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return pipeline.parse(text, Optional.of(sourceName));
  }

  /** Parses everything a reader gives; the reader is read to its end but not closed. */
  public CourtOrder parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return parse(sb.toString());
  }

  /**
   * Parses a text file as the command line reads it: UTF-8 with a byte-order mark dropped, and a
   * file that is not valid UTF-8 as Windows-1252 with an {@code INVALID_ENCODING} warning. {@code
   * source.name} is its file name.
   */
  public CourtOrder parse(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    Path file = path.getFileName();
    return parse(
        DecodedText.of(Files.readAllBytes(path)), file == null ? path.toString() : file.toString());
  }

  /**
   * Parses decoded file text and records {@code sourceName} in {@code source.name}; text that was
   * read as Windows-1252 because it was not valid UTF-8 gets an {@code INVALID_ENCODING} warning.
   */
  public CourtOrder parse(DecodedText decoded, String sourceName) {
    Objects.requireNonNull(decoded, "decoded");
    CourtOrder order = parse(decoded.text(), sourceName);
    if (!decoded.fallback()) {
      return order;
    }
    return new CourtOrder.Builder()
        .from(order)
        .addDiagnostic(
            Diagnostic.of(
                DiagnosticCode.INVALID_ENCODING,
                Severity.WARNING,
                "the bytes are not valid UTF-8 and were decoded as Windows-1252",
                TextSpan.of(0, 0)))
        .build();
  }

  /** The court rules this parser applies, ordered by court id. */
  public List<CourtRules> rules() {
    return rules;
  }

  /**
   * Configures a {@link CourtOrderParser}. Options are validated by {@link #build()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<CourtRules> explicit = new ArrayList<>();
    private boolean discover;
    private LocalDate fallbackDate;
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;

    private Builder() {}

    /** Registers one court's rules. Explicit registration wins over discovery. */
    public Builder addRules(CourtRules rules) {
      explicit.add(Objects.requireNonNull(rules, "rules"));
      return this;
    }

    /** Also registers every {@link CourtRules} provider {@link ServiceLoader} finds. */
    public Builder discoverRules() {
      this.discover = true;
      return this;
    }

    /**
     * The date to infer missing years from when an order carries no date of its own. There is none
     * by default, and the parser never reads the clock.
     */
    public Builder fallbackDate(LocalDate date) {
      this.fallbackDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Text past this many UTF-16 units is skipped, with a diagnostic. Default 20 000 000. */
    public Builder maxInputChars(int max) {
      this.maxInputChars = max;
      return this;
    }

    /** At most this many diagnostics are kept per order. Default 1 000. */
    public Builder maxDiagnostics(int max) {
      this.maxDiagnostics = max;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @throws IllegalArgumentException if an option is out of range or two rules claim one court
     */
    public CourtOrderParser build() {
      if (maxInputChars < 1) {
        throw new IllegalArgumentException("maxInputChars must be >= 1, was " + maxInputChars);
      }
      if (maxDiagnostics < 0) {
        throw new IllegalArgumentException("maxDiagnostics must be >= 0, was " + maxDiagnostics);
      }
      Map<String, CourtRules> byCourt = new TreeMap<>();
      for (CourtRules r : explicit) {
        put(byCourt, r, "registered");
      }
      if (discover) {
        Map<String, CourtRules> found = new TreeMap<>();
        List<CourtRules> providers = new ArrayList<>();
        ServiceLoader.load(CourtRules.class).forEach(providers::add);
        providers.sort(
            Comparator.comparing(CourtRules::courtId).thenComparing(r -> r.getClass().getName()));
        for (CourtRules r : providers) {
          put(found, r, "discovered");
        }
        found.forEach(byCourt::putIfAbsent);
      }
      Pipeline pipeline =
          new Pipeline(byCourt, Optional.ofNullable(fallbackDate), maxInputChars, maxDiagnostics);
      return new CourtOrderParser(pipeline, new ArrayList<>(byCourt.values()));
    }

    private static void put(Map<String, CourtRules> map, CourtRules r, String how) {
      String id = Objects.requireNonNull(r.courtId(), "courtId of " + r.getClass().getName());
      CourtRules prior = map.putIfAbsent(id, r);
      if (prior != null && prior.getClass() != r.getClass()) {
        throw new IllegalArgumentException(
            "two "
                + how
                + " rules for court "
                + id
                + ": "
                + prior.getClass().getName()
                + " and "
                + r.getClass().getName());
      }
      if (prior != null) {
        throw new IllegalArgumentException("rules for court " + id + " " + how + " twice");
      }
    }
  }
}
