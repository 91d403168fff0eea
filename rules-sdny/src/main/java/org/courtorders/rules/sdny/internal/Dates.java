package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.parser.spi.OrderText;

/**
 * The dates, times and durations a letter gives: dates ("June 29, 2023", "Aug. 16", "7/7/23",
 * "today") by the parser's date grammar through the SPI; here only a time of day ("2:30 p.m.") and
 * a duration ("approximately 20 minutes", "one hour").
 */
final class Dates {
  /** A date found in the text, with its offsets in the original input. */
  record Found(LocalDate date, int start, int end, boolean yearInferred) {}

  private static final Pattern TIME =
      Pattern.compile("(?i)\\b(\\d{1,2})(?::(\\d{2}))?[ ]?([ap])\\.?[ ]?m\\b\\.?");
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)\\b(\\d{1,3}|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[- ]five|forty|sixty|ninety|an|half an)"
              + "(?:[- ]plus)?[ -](minutes?|hours?|mins?|hrs?)\\b");

  private Dates() {}

  /**
   * The dates written in input {@code [from, to)}, by the parser's date grammar (through the SPI),
   * a year left out taken from the context looking back; with a context, "today" and "yesterday"
   * too.
   */
  static List<Found> find(OrderText text, int from, int to, Optional<LocalDate> context) {
    List<Found> out = new ArrayList<>();
    for (OrderText.WrittenDate d : text.dates(from, to, context)) {
      out.add(new Found(d.date(), d.span().start(), d.span().end(), d.yearInferred()));
    }
    return out;
  }

  static Optional<LocalTime> time(String s) {
    Matcher m = TIME.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h < 1 || h > 12 || min > 59) {
      return Optional.empty();
    }
    boolean pm = m.group(3).equalsIgnoreCase("p");
    return Optional.of(LocalTime.of(h % 12 + (pm ? 12 : 0), min));
  }

  /** A duration in minutes ("approximately 20 minutes" → 20, "one hour" → 60). */
  static Optional<Integer> minutes(String s) {
    Matcher m = DURATION.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String n = m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
    int amount =
        switch (n) {
          case "one", "an" -> 1;
          case "half an" -> 0;
          case "two" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          case "five" -> 5;
          case "ten" -> 10;
          case "fifteen" -> 15;
          case "twenty" -> 20;
          case "thirty" -> 30;
          case "forty" -> 40;
          case "forty five" -> 45;
          case "sixty" -> 60;
          case "ninety" -> 90;
          default -> Integer.parseInt(n);
        };
    boolean hours = m.group(2).toLowerCase(Locale.ROOT).startsWith("h");
    if (n.equals("half an")) {
      return Optional.of(30);
    }
    return Optional.of(hours ? amount * 60 : amount);
  }
}
