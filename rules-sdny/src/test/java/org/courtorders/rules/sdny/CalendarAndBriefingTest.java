package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.courtorders.core.time.HolidayCalendar;
import org.courtorders.core.time.HolidayKind;
import org.courtorders.rules.sdny.internal.NewYorkCalendar;
import org.junit.jupiter.api.Test;

/** New York holidays (GCL § 24), S.D.N.Y. closures, and Local Civil Rule 6.1 periods. */
class CalendarAndBriefingTest {
  static final SdnyRules NYSD = SdnyRules.create();
  static final HolidayCalendar NY = NYSD.stateHolidays();

  @Test
  void everyDataExampleIsAHolidayOfItsRule() {
    Map<String, List<String>> examples = NewYorkCalendar.load().examples();
    examples.forEach(
        (id, dates) ->
            dates.forEach(d -> assertTrue(NY.isHoliday(LocalDate.parse(d)), id + " " + d)));
  }

  @Test
  void lincolnsBirthdayAndElectionDayAreStateHolidays() {
    assertEquals("Lincoln's Birthday", NY.holiday(LocalDate.of(2024, 2, 12)).orElseThrow().name());
    assertEquals(HolidayKind.STATE, NY.holiday(LocalDate.of(2024, 2, 12)).orElseThrow().kind());
    assertTrue(NY.isHoliday(LocalDate.of(2024, 11, 5)), "Election Day 2024");
    assertTrue(NY.isHoliday(LocalDate.of(2023, 11, 7)), "Election Day 2023");
  }

  @Test
  void sundayHolidaysMoveToMondaySaturdayOnesStay() {
    assertTrue(NY.isHoliday(LocalDate.of(2023, 2, 13)), "Feb 12, 2023 was a Sunday");
    assertFalse(
        NY.isHoliday(LocalDate.of(2022, 2, 11)), "Feb 12, 2022 was a Saturday: no Friday holiday");
    assertTrue(NY.isHoliday(LocalDate.of(2022, 2, 12)));
  }

  @Test
  void juneteenthOnlyFrom2020() {
    assertFalse(NY.isHoliday(LocalDate.of(2019, 6, 19)));
    assertTrue(NY.isHoliday(LocalDate.of(2023, 6, 19)));
  }

  @Test
  void closuresAreKeptApartFromHolidays() {
    LocalDate sandy = LocalDate.of(2012, 10, 30);
    assertTrue(NYSD.courtClosures().isHoliday(sandy));
    assertEquals(
        HolidayKind.COURT_CLOSURE, NYSD.courtClosures().holiday(sandy).orElseThrow().kind());
    assertFalse(NY.isHoliday(sandy));
  }

  @Test
  void stateHolidaysCountOnlyForwardUnderRule6() {
    // 14 days after Jan. 29, 2024 is Monday, Feb. 12 (Lincoln's Birthday): roll to Tuesday.
    assertEquals(
        LocalDate.of(2024, 2, 13),
        NYSD.rule6()
            .compute(LocalDate.of(2024, 1, 29), 14, TimeUnit.DAYS, CountDirection.FORWARD)
            .lastDay());
    // 7 days before Monday, Feb. 19, 2024 is Feb. 12: a state day does not move a backward period.
    assertEquals(
        LocalDate.of(2024, 2, 12),
        NYSD.rule6()
            .compute(LocalDate.of(2024, 2, 19), 7, TimeUnit.DAYS, CountDirection.BACKWARD)
            .lastDay());
  }

  @Test
  void otherCivilMotionOverLincolnsBirthday() {
    BriefingSchedule b =
        NYSD.briefingSchedule(
            MotionType.OTHER_CIVIL, LocalDate.of(2024, 1, 29), ServiceMethod.ELECTRONIC);
    assertEquals(LocalDate.of(2024, 2, 13), b.oppositionDue());
    assertEquals(LocalDate.of(2024, 2, 20), b.replyDue());
    assertTrue(b.citation().contains("6.1(b)"));
    assertFalse(b.steps().isEmpty());
  }

  @Test
  void electionDayRollsAnOpposition() {
    BriefingSchedule b =
        NYSD.briefingSchedule(
            MotionType.OTHER_CIVIL, LocalDate.of(2023, 10, 24), ServiceMethod.ELECTRONIC);
    assertEquals(LocalDate.of(2023, 11, 8), b.oppositionDue(), "Nov. 7, 2023 was Election Day");
  }

  @Test
  void mailServiceAddsThreeDays() {
    BriefingSchedule b =
        NYSD.briefingSchedule(
            MotionType.OTHER_CIVIL, LocalDate.of(2023, 10, 2), ServiceMethod.MAIL);
    // Oct. 16 + 3 = Oct. 19, 2023 (Thursday).
    assertEquals(LocalDate.of(2023, 10, 19), b.oppositionDue());
  }

  @Test
  void electronicServiceAddedThreeDaysBefore2016() {
    BriefingSchedule b =
        NYSD.briefingSchedule(
            MotionType.OTHER_CIVIL, LocalDate.of(2015, 3, 2), ServiceMethod.ELECTRONIC);
    assertEquals(LocalDate.of(2015, 3, 19), b.oppositionDue());
  }

  @Test
  void discoveryMotionsUseShortPeriodsAndSayTheyAreUncertain() {
    BriefingSchedule b =
        NYSD.briefingSchedule(
            MotionType.DISCOVERY, LocalDate.of(2023, 3, 1), ServiceMethod.ELECTRONIC);
    assertEquals(LocalDate.of(2023, 3, 8), b.oppositionDue());
    assertEquals(LocalDate.of(2023, 3, 10), b.replyDue());
    assertTrue(b.caveats().stream().anyMatch(c -> c.contains("2024")));
  }

  @Test
  void amendmentCaveatAfterJuly2024() {
    BriefingSchedule b =
        NYSD.briefingSchedule(
            MotionType.OTHER_CIVIL, LocalDate.of(2024, 9, 3), ServiceMethod.ELECTRONIC);
    assertTrue(
        b.caveats().stream().anyMatch(c -> c.contains("July 1, 2024")), b.caveats().toString());
  }
}
