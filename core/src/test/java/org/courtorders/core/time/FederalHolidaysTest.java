package org.courtorders.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FederalHolidaysTest {
  private static final FederalHolidays FEDERAL = FederalHolidays.calendar();

  @Test
  void year2021HasJuneteenthObservedAndNewYear2022OnDecember31() {
    List<Holiday> statutory =
        FEDERAL.holidaysIn(2021).stream().filter(h -> h.kind() == HolidayKind.STATUTORY).toList();
    assertEquals(
        List.of(
            "2021-01-01",
            "2021-01-18",
            "2021-02-15",
            "2021-05-31",
            "2021-06-18",
            "2021-07-05",
            "2021-09-06",
            "2021-10-11",
            "2021-11-11",
            "2021-11-25",
            "2021-12-24",
            "2021-12-31"),
        statutory.stream().map(h -> h.date().toString()).toList());
    Holiday newYear = FEDERAL.holiday(LocalDate.of(2021, 12, 31)).orElseThrow();
    assertEquals("New Year's Day", newYear.name());
    assertEquals(LocalDate.of(2022, 1, 1), newYear.actualDate());
    assertTrue(newYear.shifted());
    assertTrue(newYear.source().contains("6103(b)"));
    Holiday juneteenth = FEDERAL.holiday(LocalDate.of(2021, 6, 18)).orElseThrow();
    assertEquals("Juneteenth National Independence Day", juneteenth.name());
  }

  @Test
  void year2022HasNoNewYearsDayOfItsOwn() {
    assertFalse(FEDERAL.isHoliday(LocalDate.of(2022, 1, 1)));
    assertEquals(10, FEDERAL.holidaysIn(2022).size());
  }

  @Test
  void juneteenthStartsIn2021AndMlkDayIn1986() {
    assertFalse(FEDERAL.isHoliday(LocalDate.of(2020, 6, 19)));
    assertTrue(FEDERAL.isHoliday(LocalDate.of(2023, 6, 19)));
    assertFalse(FEDERAL.isHoliday(LocalDate.of(1985, 1, 21)));
    assertTrue(FEDERAL.isHoliday(LocalDate.of(1986, 1, 20)));
  }

  @Test
  void veteransDayMovedToOctoberFrom1971To1977() {
    assertTrue(FEDERAL.isHoliday(LocalDate.of(1975, 10, 27)));
    assertFalse(FEDERAL.isHoliday(LocalDate.of(1975, 11, 11)));
    assertTrue(FEDERAL.isHoliday(LocalDate.of(1978, 11, 10)));
  }

  @Test
  void declaredDaysAreListedWithTheirExecutiveOrders() {
    List<LocalDate> declared = FEDERAL.declaredDays().stream().map(Holiday::date).toList();
    for (String d :
        List.of(
            "2018-12-05",
            "2019-12-24",
            "2020-12-24",
            "2024-12-24",
            "2025-01-09",
            "2025-12-24",
            "2025-12-26")) {
      assertTrue(declared.contains(LocalDate.parse(d)), d);
    }
    FEDERAL
        .declaredDays()
        .forEach(
            h -> {
              assertEquals(HolidayKind.DECLARED, h.kind());
              assertTrue(h.source().startsWith("Executive Order"), h.source());
            });
  }

  @Test
  void holidaysInAYearAreSortedAndInThatYear() {
    for (int y = 1950; y <= 2040; y++) {
      List<Holiday> list = FEDERAL.holidaysIn(y);
      for (int i = 0; i < list.size(); i++) {
        assertEquals(y, list.get(i).date().getYear());
        if (i > 0) {
          assertTrue(list.get(i - 1).compareTo(list.get(i)) <= 0);
        }
      }
    }
  }

  @Test
  void dataVersionIsRecorded() {
    assertFalse(FEDERAL.dataVersion().isBlank());
  }

  @Test
  void customDataParses() {
    String json =
        "{\"header\":{\"what\":\"w\",\"source\":\"s\",\"version\":\"t\","
            + "\"observance\":{\"source\":\"s\",\"saturday\":-1,\"sunday\":1}},"
            + "\"entries\":[{\"kind\":\"RULE\",\"id\":\"X\",\"name\":\"X Day\",\"month\":3,\"weekday\":\"FRIDAY\","
            + "\"nth\":-1,\"from\":2000,\"source\":\"test\",\"examples\":[\"2024-03-29\"]}]}";
    FederalHolidays custom =
        FederalHolidays.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "2024-03-29",
        custom.holidaysIn(2024).stream()
            .map(h -> h.date().toString())
            .collect(Collectors.joining()));
  }

  @Test
  void composedCalendarsUnion() {
    HolidayCalendar closure =
        HolidayCalendar.of(
            List.of(Holiday.of(LocalDate.of(2024, 3, 5), "Snow", HolidayKind.COURT_CLOSURE)));
    HolidayCalendar both = FEDERAL.and(closure);
    assertTrue(both.isHoliday(LocalDate.of(2024, 3, 5)));
    assertTrue(both.isHoliday(LocalDate.of(2024, 7, 4)));
    assertEquals(FEDERAL.holidaysIn(2024).size() + 1, both.holidaysIn(2024).size());
    assertTrue(HolidayCalendar.none().holidaysIn(2024).isEmpty());
  }
}
