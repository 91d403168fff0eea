package org.courtorders.parser.internal.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as orders print them next to a signature or in a header: "July 12, 2023",
 * "Aug. 18, 2023", "07/12/2023", "05-26-2022", "26th day of February, 2026". Only complete
 * dates: a date without a year cannot date an order.
 */
final class OrderDates {
  record Found(int start, int end, LocalDate date) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH = "(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\\.?";
  private static final Pattern WRITTEN = Pattern.compile(
      "\\b" + MONTH + "[ \\n]{1,2}(?<day>\\d{1,2})(?:st|nd|rd|th)?,?[ \\n]{1,2}(?<year>(?:19|20)\\d{2})\\b");
  private static final Pattern DAY_OF = Pattern.compile(
      "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?[ ]day[ ]of[ \\n]" + MONTH + ",?[ \\n](?<year>(?:19|20)\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d/.-])(?<month>\\d{1,2})(?<sep>[/-])(?<day>\\d{1,2})\\k<sep>(?<year>(?:19|20)?\\d{2})(?![\\d/-])");

  private OrderDates() {}

  static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    collect(WRITTEN.matcher(text).region(from, to), true, out);
    collect(DAY_OF.matcher(text).region(from, to), true, out);
    collect(NUMERIC.matcher(text).region(from, to), false, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void collect(Matcher m, boolean named, List<Found> out) {
    while (m.find()) {
      try {
        int month = named ? MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT))
            : Integer.parseInt(m.group("month"));
        String y = m.group("year");
        int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        out.add(new Found(m.start(), m.end(), LocalDate.of(year, month, Integer.parseInt(m.group("day")))));
      } catch (DateTimeException | NullPointerException e) {
        // not a real date ("13/45/20"): not a date at all
      }
    }
  }
}
