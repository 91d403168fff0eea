package org.courtorders.rules.sdny.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.courtorders.core.time.Holiday;
import org.courtorders.core.time.HolidayCalendar;
import org.courtorders.core.time.HolidayKind;

/**
 * New York's public holidays under N.Y. General Construction Law § 24 (the days Fed. R. Civ. P.
 * 6(a)(6)(C) adds for periods measured after an event), and the S.D.N.Y. clerk's office closures
 * (Fed. R. Civ. P. 6(a)(3)), both from {@code calendar.json}. Kept apart: a closure is never a
 * legal holiday.
 */
public final class NewYorkCalendar {
  private record Rule(
      String id,
      String name,
      int month,
      int day,
      DayOfWeek weekday,
      int nth,
      boolean election,
      boolean noSundayShift,
      int fromYear,
      List<String> examples) {}

  private final List<Rule> rules;
  private final String source;
  private final HolidayCalendar closures;
  private final Map<Integer, List<Holiday>> cache = new ConcurrentHashMap<>();

  private NewYorkCalendar(List<Rule> rules, String source, HolidayCalendar closures) {
    this.rules = rules;
    this.source = source;
    this.closures = closures;
  }

  public static NewYorkCalendar load() {
    JsonNode root = Data.load("calendar.json");
    String source = root.get("header").get("stateSource").asText();
    List<Rule> rules = new ArrayList<>();
    for (JsonNode n : root.get("entries")) {
      if (!"STATE".equals(n.path("kind").asText())) {
        continue;
      }
      List<String> ex = new ArrayList<>();
      n.get("examples").forEach(e -> ex.add(e.asText()));
      rules.add(
          new Rule(
              n.get("id").asText(),
              n.get("name").asText(),
              n.get("month").asInt(),
              n.path("day").asInt(0),
              n.has("weekday") ? DayOfWeek.valueOf(n.get("weekday").asText()) : null,
              n.path("nth").asInt(0),
              n.path("electionDay").asBoolean(false),
              n.path("noSundayShift").asBoolean(false),
              n.path("fromYear").asInt(1900),
              List.copyOf(ex)));
    }
    List<Holiday> closed = new ArrayList<>();
    for (JsonNode n : root.get("entries")) {
      if (!"CLOSURE".equals(n.path("kind").asText())) {
        continue;
      }
      LocalDate from = LocalDate.parse(n.get("from").asText());
      LocalDate to = LocalDate.parse(n.get("to").asText());
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        closed.add(
            new Holiday.Builder()
                .date(d)
                .name(n.get("name").asText())
                .kind(HolidayKind.COURT_CLOSURE)
                .source(n.get("source").asText())
                .build());
      }
    }
    return new NewYorkCalendar(List.copyOf(rules), source, HolidayCalendar.of(closed));
  }

  /** State holidays, each on the day it is kept (a Sunday holiday on the Monday after). */
  public HolidayCalendar stateHolidays() {
    return year -> cache.computeIfAbsent(year, this::compute);
  }

  public HolidayCalendar courtClosures() {
    return closures;
  }

  /** Each rule's id with its example dates, for the data test. */
  public Map<String, List<String>> examples() {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    rules.forEach(r -> m.put(r.id(), r.examples()));
    return m;
  }

  private List<Holiday> compute(int year) {
    List<Holiday> out = new ArrayList<>();
    // Compute the neighbouring year too: a Sunday, Dec. 31 holiday would move into January.
    for (int y = year - 1; y <= year; y++) {
      for (Rule r : rules) {
        if (y < r.fromYear()) {
          continue;
        }
        LocalDate actual = actual(r, y);
        // GCL § 24: "if any of such days except Flag day is Sunday, the next day thereafter".
        LocalDate kept =
            actual.getDayOfWeek() == DayOfWeek.SUNDAY && !r.noSundayShift()
                ? actual.plusDays(1)
                : actual;
        if (kept.getYear() == year) {
          out.add(
              new Holiday.Builder()
                  .date(kept)
                  .actualDate(actual)
                  .name(r.name())
                  .kind(HolidayKind.STATE)
                  .source("N.Y. Gen. Constr. Law § 24 (" + source + ")")
                  .build());
        }
      }
    }
    out.sort(null);
    return List.copyOf(out);
  }

  private static LocalDate actual(Rule r, int year) {
    if (r.election()) {
      // The Tuesday after the first Monday in November.
      return YearMonth.of(year, 11)
          .atDay(1)
          .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
          .plusDays(1);
    }
    if (r.weekday() == null) {
      return LocalDate.of(year, r.month(), r.day());
    }
    YearMonth ym = YearMonth.of(year, r.month());
    return r.nth() < 0
        ? ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(r.weekday()))
        : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(r.nth(), r.weekday()));
  }
}
