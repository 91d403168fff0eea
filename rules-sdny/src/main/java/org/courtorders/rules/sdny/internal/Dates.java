package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small recognizers for the dates, times and durations a letter gives: "June 29, 2023",
 * "Aug. 16", "7/7/23", "today"; "2:30 p.m."; "approximately 20 minutes", "one hour". Every
 * pattern is a fixed sequence of bounded parts, so matching is linear in the text.
 */
final class Dates {
  /** A date found in the text, with its offsets in the original input. */
  record Found(LocalDate date, int start, int end, boolean yearInferred) {}

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern WORDY = Pattern.compile(
      "\\b" + MONTH + "[ \\t]{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?[ \\t]{1,3}(\\d{4})\\b)?");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(earlier today|today|this morning|this afternoon|yesterday)\\b");
  private static final Pattern TIME = Pattern.compile("(?i)\\b(\\d{1,2})(?::(\\d{2}))?[ ]?([ap])\\.?[ ]?m\\b\\.?");
  private static final Pattern DURATION = Pattern.compile(
      "(?i)\\b(\\d{1,3}|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[- ]five|forty|sixty|ninety|an|half an)"
          + "(?:[- ]plus)?[ -](minutes?|hours?|mins?|hrs?)\\b");

  private Dates() {}

  /** Every date in {@code [from, to)}; a year left out is taken from {@code context}, if any. */
  static List<Found> find(String input, int from, int to, Optional<LocalDate> context) {
    List<Found> out = new ArrayList<>();
    Matcher m = WORDY.matcher(input).region(from, to);
    while (m.find()) {
      int month = month(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (m.group(3) != null) {
        of(Integer.parseInt(m.group(3)), month, day).ifPresent(d -> out.add(new Found(d, m.start(), m.end(), false)));
      } else if (context.isPresent()) {
        int y = context.get().getYear();
        Optional<LocalDate> d = of(y, month, day);
        // An event a letter mentions without a year happened before the letter.
        if (d.isPresent() && d.get().isAfter(context.get())) {
          d = of(y - 1, month, day);
        }
        d.ifPresent(x -> out.add(new Found(x, m.start(), m.end(), true)));
      }
    }
    Matcher n = NUMERIC.matcher(input).region(from, to);
    while (n.find()) {
      int y = Integer.parseInt(n.group(3));
      if (y < 100) {
        y += 2000;
      }
      int yy = y;
      of(yy, Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)))
          .ifPresent(d -> out.add(new Found(d, n.start(), n.end(), false)));
    }
    if (context.isPresent()) {
      Matcher r = RELATIVE.matcher(input).region(from, to);
      while (r.find()) {
        LocalDate d = r.group(1).equalsIgnoreCase("yesterday") ? context.get().minusDays(1) : context.get();
        out.add(new Found(d, r.start(), r.end(), true));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
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
    int amount = switch (n) {
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

  private static Optional<LocalDate> of(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int month(String s) {
    String k = s.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (k) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
