package org.courtorders.core.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The federal legal holidays of Fed. R. Civ. P. 6(a)(6)(A) and (B): the legal public holidays of 5
 * U.S.C. 6103(a) on the days set aside to observe them, plus days the President closed the
 * executive departments. The rules are data, in the versioned resource {@code
 * org/courtorders/core/time/federal-holidays.json}, each with its statute and first year.
 *
 * <pre>{@code
 * HolidayCalendar federal = FederalHolidays.calendar();
 * federal.holiday(LocalDate.of(2021, 12, 31));   // New Year's Day 2022, observed
 * federal.isHoliday(LocalDate.of(2021, 6, 18));  // true: Juneteenth 2021, observed
 * }</pre>
 *
 * <p>Rule 6(a)(6)(A) counts "the day set aside by statute for observing" a holiday, so a holiday on
 * a Saturday is observed the Friday before (5 U.S.C. 6103(b)) and one on a Sunday the Monday after
 * (Executive Order 11582); the nominal weekend day needs no listing, being a weekend day anyway.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FederalHolidays implements HolidayCalendar {
  private static final String RESOURCE = "federal-holidays.json";

  private final String version;
  private final List<HolidayRule> rules;
  private final List<Holiday> declared;
  private final int saturdayShift;
  private final int sundayShift;
  private final String observanceSource;
  private final Map<Integer, List<Holiday>> cache = new ConcurrentHashMap<>();

  private FederalHolidays(
      String version,
      List<HolidayRule> rules,
      List<Holiday> declared,
      int saturdayShift,
      int sundayShift,
      String observanceSource) {
    this.version = version;
    this.rules = List.copyOf(rules);
    this.declared = List.copyOf(declared);
    this.saturdayShift = saturdayShift;
    this.sundayShift = sundayShift;
    this.observanceSource = observanceSource;
  }

  /** The calendar built from the bundled data. */
  public static FederalHolidays calendar() {
    return Bundled.INSTANCE;
  }

  /**
   * A calendar read from data in the bundled file's format, for callers who track executive orders
   * more closely than this library's releases.
   *
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalArgumentException if the data is malformed
   */
  public static FederalHolidays fromJson(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return parse(new ObjectMapper().readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data version of the rules this calendar was built from. */
  public String dataVersion() {
    return version;
  }

  /** The days declared by the President or Congress, as listed in the data. */
  public List<Holiday> declaredDays() {
    return declared;
  }

  @Override
  public List<Holiday> holidaysIn(int year) {
    return cache.computeIfAbsent(year, this::compute);
  }

  private List<Holiday> compute(int year) {
    List<Holiday> out = new ArrayList<>();
    // A New Year's Day on Saturday is observed on December 31 of the year before.
    for (int y = year - 1; y <= year + 1; y++) {
      for (HolidayRule rule : rules) {
        int ruleYear = y;
        rule.actualDateIn(ruleYear)
            .ifPresent(
                actual -> {
                  LocalDate observed = observe(actual);
                  if (observed.getYear() == year) {
                    out.add(
                        new Holiday.Builder()
                            .date(observed)
                            .actualDate(actual)
                            .name(rule.name())
                            .kind(HolidayKind.STATUTORY)
                            .source(
                                observed.equals(actual)
                                    ? rule.source()
                                    : rule.source() + "; observed under " + observanceSource)
                            .build());
                  }
                });
      }
    }
    for (Holiday h : declared) {
      if (h.date().getYear() == year) {
        out.add(h);
      }
    }
    Collections.sort(out);
    return List.copyOf(out);
  }

  private LocalDate observe(LocalDate actual) {
    DayOfWeek dow = actual.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY) {
      return actual.plusDays(saturdayShift);
    }
    if (dow == DayOfWeek.SUNDAY) {
      return actual.plusDays(sundayShift);
    }
    return actual;
  }

  private static FederalHolidays parse(JsonNode root) {
    // The one data format (org.courtorders.core.data.DataFile): a header, then entries of two
    // kinds, RULE (a recurring holiday) and DECLARED (one day).
    JsonNode header = required(root, "header");
    JsonNode observance = required(header, "observance");
    List<HolidayRule> rules = new ArrayList<>();
    for (JsonNode r : required(root, "entries")) {
      if (!"RULE".equals(required(r, "kind").asText())) {
        continue;
      }
      boolean weekdayRule = r.hasNonNull("weekday");
      rules.add(
          new HolidayRule(
              required(r, "id").asText(),
              required(r, "name").asText(),
              required(r, "month").asInt(),
              weekdayRule ? 0 : required(r, "day").asInt(),
              weekdayRule ? DayOfWeek.valueOf(r.get("weekday").asText()) : null,
              weekdayRule ? required(r, "nth").asInt() : 0,
              required(r, "from").asInt(),
              r.path("to").asInt(Integer.MAX_VALUE),
              required(r, "source").asText()));
    }
    List<Holiday> declared = new ArrayList<>();
    for (JsonNode d : root.path("entries")) {
      if (!"DECLARED".equals(required(d, "kind").asText())) {
        continue;
      }
      declared.add(
          new Holiday.Builder()
              .date(LocalDate.parse(required(d, "date").asText()))
              .name(required(d, "name").asText())
              .kind(HolidayKind.DECLARED)
              .source(required(d, "source").asText())
              .build());
    }
    return new FederalHolidays(
        required(header, "version").asText(),
        rules,
        declared,
        required(observance, "saturday").asInt(),
        required(observance, "sunday").asInt(),
        required(observance, "source").asText());
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(
          "federal holiday data: missing \"" + field + "\" in " + node);
    }
    return v;
  }

  /** Lazily loaded bundled data, read once. */
  private static final class Bundled {
    static final FederalHolidays INSTANCE = load();

    private static FederalHolidays load() {
      try (InputStream in = FederalHolidays.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
