package org.courtorders.rules.sdny.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an earlier order in the case requires of the next letter: that it be joint ("they shall file
 * a jointly-composed letter") and how long it may be ("may not exceed four pages"). Orders bind the
 * parties beyond the Individual Practices (Fed. R. Civ. P. 16(f)(1)(C)).
 */
record PriorOrder(boolean jointLetter, OptionalInt pageLimit, OptionalInt wordLimit, String quote) {
  private static final Pattern JOINT =
      Pattern.compile(
          "\\b(?:shall|must|should|are[ ]directed[ ]to|is[ ]directed[ ]to)[ ](?:[a-z,]{1,20}[ ]){0,4}"
              + "(?:file|submit)[ ](?:a[ ]|one[ ])?(?:confidential,[ ])?joint(?:ly)?(?:[- ]composed)?[ ](?:status[ ])?letter",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LIMIT =
      Pattern.compile(
          "\\b(?:not[ ](?:to[ ])?exceed|no[ ](?:longer|more)[ ]than"
              + "|limited[ ]to|up[ ]to)[ ](\\d{1,4}|one|two|three|four|five|six|seven|eight|ten)[ ](?:\\(\\d{1,4}\\)[ ])?"
              + "(?:single-spaced[ ]|double-spaced[ ])?(pages|words)\\b",
          Pattern.CASE_INSENSITIVE);

  static PriorOrder read(String text) {
    Matcher j = JOINT.matcher(text);
    boolean joint = j.find();
    String quote = joint ? j.group() : "";
    OptionalInt pages = OptionalInt.empty();
    OptionalInt words = OptionalInt.empty();
    Matcher l = LIMIT.matcher(text);
    while (l.find()) {
      int n = number(l.group(1));
      if (l.group(2).toLowerCase(Locale.ROOT).startsWith("page")) {
        pages = OptionalInt.of(n);
      } else {
        words = OptionalInt.of(n);
      }
      quote = quote.isEmpty() ? l.group() : quote + "; " + l.group();
    }
    return new PriorOrder(joint, pages, words, quote);
  }

  static Optional<PriorOrder> read(Optional<String> text) {
    return text.map(PriorOrder::read);
  }

  private static int number(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "ten" -> 10;
      default -> Integer.parseInt(s);
    };
  }
}
