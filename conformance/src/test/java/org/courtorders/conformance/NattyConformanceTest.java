package org.courtorders.conformance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.junit.jupiter.api.Test;

/**
 * joestelmach/natty's date and date-time tests, the court-order forms among them: each date is the
 * deadline of a one-sentence order dated on the test's reference day ("the parties shall file a
 * joint status report by 28-Feb-2010"). Forms an order does not use are declined with the reason:
 * dates relative to the day they are read ("next monday", "3 days ago"), a month without a day, the
 * nth weekday of a month.
 */
class NattyConformanceTest {
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i)\\b(ago|next|last|this|tomorrow|yesterday|today|tonight|tmr|"
              + "now|weeks?|weekend|months?|after|before|coming|upcoming|past|final|morning|evening|afternoon|night|in \\d+|in an?)\\b");
  private static final Pattern NTH_WEEKDAY =
      Pattern.compile(
          "(?i)\\b(first|second|third|fourth|fifth|last|final|\\d(st|nd|rd|th))\\s+(mon|tue|wed|thu|fri|sat|sun)");

  /** A day of the month: a number up to 31 that is not a year, or a written ordinal. */
  private static final Pattern DAY =
      Pattern.compile(
          "(?i)(?<!['\\d])(0?[1-9]|[12]\\d|3[01])(?!\\d)(st|nd|rd|th)?(?![:\\d])"
              + "|\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth)\\b");

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  @Test
  void courtOrderForms() {
    Vectors v = Vectors.load("natty.tsv");
    Tally t = new Tally("natty", v);
    for (Map<String, String> row : v.rows) {
      String text = row.get("text").strip();
      String id = row.get("test") + ": " + text;
      if (RELATIVE.matcher(text).find()) {
        t.decline(id, "relative to the day it is read; an order states its dates absolutely");
        continue;
      }
      if (text.toLowerCase(Locale.ROOT).contains("in the year")) {
        t.decline(
            id,
            "\"in the year 1980\": a literary form; orders write the year as a number after the day");
        continue;
      }
      if (NTH_WEEKDAY.matcher(text).find()) {
        t.decline(id, "the nth weekday of a month: not a form orders set deadlines in");
        continue;
      }
      String withoutYears =
          text.replaceAll(
              "\\b(19|20)\\d{2}\\b|'\\d{2}\\b|\\d{1,2}:\\d{2}(:\\d{2})?|\\d+\\s*(am|pm|a\\.m\\.|p\\.m\\.)",
              " ");
      if (!DAY.matcher(withoutYears).find()
          && !text.matches("\\d{1,4}[-/]\\d{1,2}[-/]\\d{1,4}.*")) {
        t.decline(id, "a month without a day names no deadline");
        continue;
      }
      LocalDate reference = reference(row.get("reference"));
      String[] md = row.get("monthDay").split("-");
      int year =
          row.get("year").equals("now") ? reference.getYear() : Integer.parseInt(row.get("year"));
      LocalDate expected = LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
      if (!row.get("year").equals("now")
          && !row.get("reference").isEmpty()
          && year == reference.getYear()
          && expected.isBefore(reference)
          && !hasYear(text)) {
        t.decline(
            id,
            "no year written and the date falls before the order: natty keeps the reference year, a deadline"
                + " comes after the order, so we take the next year");
        continue;
      }
      LocalTime time = row.get("time").isEmpty() ? null : LocalTime.parse(row.get("time"));
      // A deadline comes after its order: an order is dated on the reference day when the text has
      // no
      // year (the year comes from the order's date), else a month before the deadline.
      LocalDate dated =
          row.get("year").equals("now") || row.get("reference").isEmpty() && !hasYear(text)
              ? reference
              : expected.minusMonths(1);
      String order =
          "UNITED STATES DISTRICT COURT\nDISTRICT OF ALASKA\n\nORDER\n\n"
              + "IT IS ORDERED that the parties shall file a joint status report by "
              + text
              + ".\n\n"
              + "Dated: "
              + LONG.format(dated)
              + "\n\n/s/ Jane Roe\nUnited States District Judge\n";
      CourtOrder o = Orders.PARSER.parse(order, "natty");
      List<String> got = new ArrayList<>();
      boolean ok = false;
      for (Directive d : o.directives()) {
        for (Deadline dl : d.deadline().stream().toList()) {
          got.add(
              dl.date().map(Object::toString).orElse("?") + dl.time().map(x -> " " + x).orElse(""));
          if (dl.date().filter(expected::equals).isPresent()
              && (time == null
                  || dl.time()
                      .filter(
                          x -> x.getHour() == time.getHour() && x.getMinute() == time.getMinute())
                      .isPresent())) {
            ok = true;
          }
        }
      }
      t.check(id, ok, "expected " + expected + (time == null ? "" : " " + time) + ", got " + got);
    }
    t.finish();
  }

  private static boolean hasYear(String text) {
    return text.matches(
        ".*\\b(19|20)\\d{2}\\b.*|.*'\\d{2}\\b.*|\\d{1,2}/\\d{1,2}/\\d{2,4}.*|.*\\d{4}-.*");
  }

  /**
   * The test's reference day ("2/28/2011"); natty's "now" when it has none, fixed here to January
   * 1, 2013.
   */
  private static LocalDate reference(String mdY) {
    if (mdY.isEmpty()) {
      return LocalDate.of(2013, 1, 1);
    }
    String[] p = mdY.split("/");
    return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }
}
