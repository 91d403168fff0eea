package org.courtorders.parser.spi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.date.YearPolicy;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * The text of a filing as the parser reads it, for court plug-ins: the parser's own sentence
 * splitter and date grammar, with every span in the input's offsets, so a plug-in has no sentence
 * or date code of its own.
 *
 * <pre>{@code
 * OrderText text = OrderText.of(input);
 * for (TextSpan s : text.sentences(bodyStart, bodyEnd)) {
 *   for (OrderText.WrittenDate d : text.dates(s.start(), s.end(), letterDate)) { ... }
 * }
 * }</pre>
 *
 * <p>Immutable once built; build one per filing.
 *
 * @since 0.1.0
 */
public final class OrderText {
  private static final DateRecognizer DATES = new DateRecognizer();
  private static final Pattern RELATIVE =
      Pattern.compile("(?i)\\b(earlier today|today|this morning|this afternoon|yesterday)\\b");

  private final String input;
  private final List<TextSpan> sentences;

  private OrderText(String input) {
    this.input = input;
    Document doc = Document.of(input);
    NormalizedText n = doc.normalized();
    List<TextSpan> out = new ArrayList<>();
    for (Range r : doc.layout.sentences()) {
      if (r.end() > r.start()) {
        out.add(n.toOriginal(r.start(), r.end()));
      }
    }
    this.sentences = List.copyOf(out);
  }

  /** Reads {@code input}. */
  public static OrderText of(String input) {
    return new OrderText(Objects.requireNonNull(input, "input"));
  }

  /** The input as given. */
  public String input() {
    return input;
  }

  /** The sentences that lie in input range {@code [from, to)} (cut to it), in order. */
  public List<TextSpan> sentences(int from, int to) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan s : sentences) {
      int a = Math.max(from, s.start());
      int b = Math.min(to, s.end());
      while (a < b && Character.isWhitespace(input.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(input.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        out.add(TextSpan.of(a, b));
      }
    }
    return out;
  }

  /**
   * A date written in the filing.
   *
   * @param span where it is written
   * @param date the date; a year left out is the latest that is not after the context date
   * @param yearInferred whether the year was left out
   * @param time a time of day written with it
   * @since 0.1.0
   */
  public record WrittenDate(
      TextSpan span, LocalDate date, boolean yearInferred, Optional<LocalTime> time) {}

  /**
   * The dates written in input range {@code [from, to)}, in order. A date without a year takes the
   * year that puts it last on or before {@code before} (a filing reports past events), and "today"
   * or "yesterday" is {@code before} or the day before; without {@code before} these are left out.
   * Dates that do not exist are left out.
   */
  public List<WrittenDate> dates(int from, int to, Optional<LocalDate> before) {
    List<WrittenDate> out = new ArrayList<>();
    if (before.isPresent()) {
      // "today", "yesterday": the filing's own day, or the day before it.
      Matcher r = RELATIVE.matcher(input).region(from, to);
      while (r.find()) {
        LocalDate d =
            r.group(1).equalsIgnoreCase("yesterday") ? before.get().minusDays(1) : before.get();
        out.add(new WrittenDate(TextSpan.of(r.start(), r.end()), d, true, Optional.empty()));
      }
    }
    for (DateMention m : DATES.find(input, from, to)) {
      if (m.kind() != DateMention.Kind.DATE || m.has(DateMention.Flag.INVALID_DATE)) {
        continue;
      }
      Optional<LocalDate> d =
          m.yearPresent()
              ? m.date()
              : before.flatMap(b -> DateRecognizer.resolveYear(m, b, YearPolicy.BACKWARD));
      d.ifPresent(
          x ->
              out.add(
                  new WrittenDate(TextSpan.of(m.start(), m.end()), x, !m.yearPresent(), m.time())));
    }
    out.sort(Comparator.comparingInt(w -> w.span().start()));
    return out;
  }
}
