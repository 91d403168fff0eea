package org.courtorders.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.courtorders.core.ComputationStep;
import org.courtorders.core.CountDirection;
import org.courtorders.core.RelativePeriod;
import org.courtorders.core.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class Rule6CalculatorTest {
  private static final Rule6Calculator RULE6 = Rule6Calculator.federal();

  @ParameterizedTest(name = "{0} + {1} {2} {3} = {4}: {5}")
  @CsvFileSource(resources = "rule6-cases.csv")
  void handCheckedCases(
      LocalDate trigger,
      int amount,
      TimeUnit unit,
      CountDirection direction,
      LocalDate expected,
      String why) {
    Rule6Result r = RULE6.compute(trigger, amount, unit, direction);
    assertEquals(expected, r.lastDay(), () -> why + "\n" + describe(r.steps()));
    assertEquals(expected, r.steps().get(r.steps().size() - 1).date());
  }

  @Test
  void stepsExplainTheRollPastAWeekend() {
    Rule6Result r =
        RULE6.compute(LocalDate.of(2026, 5, 6), 60, TimeUnit.DAYS, CountDirection.FORWARD);
    List<ComputationStep> s = r.steps();
    assertEquals(Rule6Version.SINCE_2009, r.version());
    assertEquals("Fed. R. Civ. P. 6(a)(1)(A)", s.get(0).rule());
    assertEquals(LocalDate.of(2026, 5, 6), s.get(0).date());
    assertEquals("Fed. R. Civ. P. 6(a)(1)(B)", s.get(1).rule());
    assertEquals(LocalDate.of(2026, 7, 5), s.get(1).date());
    assertEquals(LocalDate.of(2026, 7, 5), s.get(2).date());
    assertTrue(s.get(2).explanation().contains("is a Sunday"), s.get(2).explanation());
    assertEquals("Fed. R. Civ. P. 6(a)(1)(C)", s.get(3).rule());
    assertEquals(4, s.size());
  }

  @Test
  void holidayStepNamesTheObservedHolidayAndItsRule() {
    Rule6Result r =
        RULE6.compute(LocalDate.of(2021, 12, 17), 14, TimeUnit.DAYS, CountDirection.FORWARD);
    ComputationStep holiday = r.steps().get(2);
    assertEquals(LocalDate.of(2021, 12, 31), holiday.date());
    assertEquals("Fed. R. Civ. P. 6(a)(6)(A)", holiday.rule());
    assertTrue(holiday.explanation().contains("New Year's Day, observed"), holiday.explanation());
  }

  @Test
  void declaredClosureCitesRule6a6B() {
    Rule6Result r =
        Rule6Calculator.builder()
            .executiveClosures(ExecutiveClosures.LEGAL_HOLIDAYS)
            .build()
            .compute(LocalDate.of(2024, 12, 26), 14, TimeUnit.DAYS, CountDirection.FORWARD);
    assertEquals("Fed. R. Civ. P. 6(a)(6)(B)", r.steps().get(2).rule());
    assertEquals(LocalDate.of(2025, 1, 10), r.lastDay());
    assertTrue(r.laterLastDay().isEmpty());
  }

  @Test
  void backwardRollCitesRule6a5() {
    Rule6Result r =
        RULE6.compute(LocalDate.of(2023, 10, 30), 15, TimeUnit.DAYS, CountDirection.BACKWARD);
    assertTrue(r.steps().get(2).rule().endsWith("6(a)(5)"), r.steps().get(2).rule());
    assertTrue(r.steps().get(2).explanation().contains("previous day"));
  }

  @Test
  void formerRuleCitationsSayFormer() {
    Rule6Result r =
        RULE6.compute(LocalDate.of(2007, 6, 8), 10, TimeUnit.DAYS, CountDirection.FORWARD);
    assertEquals(Rule6Version.BEFORE_2009, r.version());
    r.steps()
        .forEach(s -> assertTrue(s.rule().startsWith("former Fed. R. Civ. P. 6(a)"), s.rule()));
    assertTrue(r.steps().get(1).explanation().contains("less than 11 days"));
  }

  /**
   * Under former Rule 6(a) a 10-day period could end after an 11-day one, because only periods
   * under 11 days skipped intermediate weekends (Rosman, Counting the Days Gone By, 159 U. Pa. L.
   * Rev. 635 (2011)). The calculator reproduces the anomaly rather than smoothing it.
   */
  @Test
  void formerRuleTenDaysCanOutlastEleven() {
    LocalDate friday = LocalDate.of(2007, 6, 8);
    LocalDate ten = RULE6.compute(friday, 10, TimeUnit.DAYS, CountDirection.FORWARD).lastDay();
    LocalDate eleven = RULE6.compute(friday, 11, TimeUnit.DAYS, CountDirection.FORWARD).lastDay();
    assertTrue(eleven.isBefore(ten));
  }

  @Test
  void versionCanBeFixed() {
    Rule6Calculator modern = Rule6Calculator.builder().version(Rule6Version.SINCE_2009).build();
    assertEquals(
        LocalDate.of(2007, 6, 18),
        modern
            .compute(LocalDate.of(2007, 6, 8), 10, TimeUnit.DAYS, CountDirection.FORWARD)
            .lastDay());
  }

  @Test
  void stateHolidaysCountForwardOnlySince2009() {
    // Lincoln's Birthday, a New York public holiday (N.Y. Gen. Constr. Law 24), Mon 2024-02-12.
    HolidayCalendar ny =
        HolidayCalendar.of(
            List.of(
                Holiday.of(LocalDate.of(2024, 2, 12), "Lincoln's Birthday", HolidayKind.STATE)));
    Rule6Calculator nysd = Rule6Calculator.builder().stateHolidays(ny).build();
    assertEquals(
        LocalDate.of(2024, 2, 13),
        nysd.compute(LocalDate.of(2024, 1, 29), 14, TimeUnit.DAYS, CountDirection.FORWARD)
            .lastDay());
    assertEquals(
        "Fed. R. Civ. P. 6(a)(6)(C)",
        nysd.compute(LocalDate.of(2024, 1, 29), 14, TimeUnit.DAYS, CountDirection.FORWARD)
            .steps()
            .get(2)
            .rule());
    // Rule 6(a)(6)(C): "for periods that are measured after an event" only.
    assertEquals(
        LocalDate.of(2024, 2, 12),
        nysd.compute(LocalDate.of(2024, 2, 26), 14, TimeUnit.DAYS, CountDirection.BACKWARD)
            .lastDay());
  }

  @Test
  void stateHolidaysCountBothWaysBefore2009() {
    // Lincoln's Birthday, Tue 2008-02-12.
    HolidayCalendar ny =
        HolidayCalendar.of(
            List.of(
                Holiday.of(LocalDate.of(2008, 2, 12), "Lincoln's Birthday", HolidayKind.STATE)));
    Rule6Calculator nysd = Rule6Calculator.builder().stateHolidays(ny).build();
    assertEquals(
        LocalDate.of(2008, 2, 11),
        nysd.compute(LocalDate.of(2008, 2, 26), 14, TimeUnit.DAYS, CountDirection.BACKWARD)
            .lastDay());
  }

  @Test
  void courtClosureExtendsOnlyTheLastDay() {
    HolidayCalendar closed =
        HolidayCalendar.of(
            List.of(
                Holiday.of(
                    LocalDate.of(2023, 10, 27),
                    "Clerk's office closed",
                    HolidayKind.COURT_CLOSURE)));
    Rule6Calculator c = Rule6Calculator.builder().courtClosures(closed).build();
    Rule6Result r =
        c.compute(LocalDate.of(2023, 10, 13), 14, TimeUnit.DAYS, CountDirection.FORWARD);
    assertEquals(LocalDate.of(2023, 10, 30), r.lastDay());
    assertEquals("Fed. R. Civ. P. 6(a)(3)(A)", r.steps().get(2).rule());
    assertEquals(
        LocalDate.of(2023, 10, 30),
        c.compute(LocalDate.of(2023, 10, 20), 10, TimeUnit.DAYS, CountDirection.FORWARD).lastDay());
  }

  @Test
  void relativePeriodOverload() {
    RelativePeriod p =
        new RelativePeriod.Builder()
            .amount(21)
            .unit(TimeUnit.DAYS)
            .direction(CountDirection.FORWARD)
            .trigger("this Order")
            .triggerDate(LocalDate.of(2026, 6, 2))
            .build();
    assertEquals(LocalDate.of(2026, 6, 23), RULE6.compute(p).lastDay());
    RelativePeriod unknown =
        new RelativePeriod.Builder()
            .amount(21)
            .unit(TimeUnit.DAYS)
            .direction(CountDirection.FORWARD)
            .trigger("service")
            .build();
    assertThrows(IllegalArgumentException.class, () -> RULE6.compute(unknown));
  }

  @Test
  void misuseFailsFast() {
    LocalDate d = LocalDate.of(2024, 1, 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> RULE6.compute(d, 25, TimeUnit.HOURS, CountDirection.FORWARD));
    assertThrows(
        IllegalArgumentException.class,
        () -> RULE6.compute(d, -1, TimeUnit.DAYS, CountDirection.FORWARD));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RULE6.compute(
                d, Rule6Calculator.MAX_AMOUNT + 1, TimeUnit.DAYS, CountDirection.FORWARD));
    assertThrows(
        NullPointerException.class,
        () -> RULE6.compute(null, 1, TimeUnit.DAYS, CountDirection.FORWARD));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Rule6Calculator.builder()
                .courtClosures(year -> everyDay(year))
                .build()
                .compute(d, 1, TimeUnit.DAYS, CountDirection.FORWARD));
  }

  private static List<Holiday> everyDay(int year) {
    return LocalDate.of(year, 1, 1)
        .datesUntil(LocalDate.of(year + 1, 1, 1))
        .map(x -> Holiday.of(x, "closed", HolidayKind.COURT_CLOSURE))
        .toList();
  }

  private static String describe(List<ComputationStep> steps) {
    StringBuilder b = new StringBuilder();
    steps.forEach(
        s ->
            b.append(s.date())
                .append(' ')
                .append(s.rule())
                .append(": ")
                .append(s.explanation())
                .append('\n'));
    return b.toString();
  }
}
