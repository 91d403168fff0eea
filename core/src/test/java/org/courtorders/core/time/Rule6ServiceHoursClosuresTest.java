package org.courtorders.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11 / 12, Rule 6 bullets: Rule 6(d)'s three days for a service method given through the API,
 * periods in hours (Rule 6(a)(2)), and executive-order closures (the earlier date by default, the
 * later one named). Every expected date was checked by hand against a calendar.
 */
class Rule6ServiceHoursClosuresTest {
  private static final Rule6Calculator RULE6 = Rule6Calculator.federal();

  @ParameterizedTest(name = "{0} + {1} days, served by {2} = {3}: {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2025-10-09 | 5  | MAIL            | 2025-10-17 | ends Tue Oct 14 (Columbus Day Oct 13 passed), then 3 days
      2024-03-06 | 14 | MAIL            | 2024-03-25 | ends Wed Mar 20; +3 is Sat Mar 23, rolled to Mon
      2024-03-06 | 14 | CLERK           | 2024-03-25 | Rule 5(b)(2)(D) adds the same three days
      2024-03-06 | 14 | OTHER_CONSENTED | 2024-03-25 | Rule 5(b)(2)(F) too
      2024-03-06 | 14 | HAND            | 2024-03-20 | Rule 5(b)(2)(A) adds none
      2024-03-06 | 14 | LEAVING         | 2024-03-20 | Rule 5(b)(2)(B) adds none
      2015-06-01 | 14 | ELECTRONIC      | 2015-06-18 | before Dec 1, 2016 electronic service added 3 days
      2017-06-01 | 14 | ELECTRONIC      | 2017-06-15 | since Dec 1, 2016 it adds none
      2024-06-21 | 14 | MAIL            | 2024-07-08 | ends Fri Jul 5; +3 is Mon Jul 8
      2024-06-28 | 3  | MAIL            | 2024-07-05 | ends Mon Jul 1; +3 is Thu Jul 4 (Independence Day), rolled to Fri
      """)
  void ruleSixDAddsThreeDaysAfterThePeriodEnds(
      LocalDate trigger, int days, ServiceMethod service, LocalDate expected, String why) {
    Rule6Result r = RULE6.compute(trigger, days, TimeUnit.DAYS, CountDirection.FORWARD, service);
    assertEquals(expected, r.lastDay(), why);
    assertEquals(Optional.of(service), r.service());
    assertTrue(r.steps().stream().anyMatch(s -> s.rule().endsWith("6(d)")), why);
    assertEquals(expected, r.steps().get(r.steps().size() - 1).date());
  }

  @Test
  void ruleSixDCitesFormerSixEBeforeTheRestyling() {
    Rule6Result r =
        RULE6.compute(
            LocalDate.of(2006, 3, 1),
            20,
            TimeUnit.DAYS,
            CountDirection.FORWARD,
            ServiceMethod.MAIL);
    assertTrue(r.steps().stream().anyMatch(s -> s.rule().equals("former Fed. R. Civ. P. 6(e)")));
  }

  @Test
  void ruleSixDHasNoBackwardPeriods() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RULE6.compute(
                LocalDate.of(2024, 3, 6),
                7,
                TimeUnit.DAYS,
                CountDirection.BACKWARD,
                ServiceMethod.MAIL));
    assertThrows(
        NullPointerException.class,
        () ->
            RULE6.compute(
                LocalDate.of(2024, 3, 6), 7, TimeUnit.DAYS, CountDirection.FORWARD, null));
  }

  @ParameterizedTest(name = "{0} {2} {1} hours = {3} {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2024-03-01T10:00 | 24 | FORWARD  | 2024-03-04 | 10:00 | ends Sat 10:00, runs on to Mon at the same time
      2024-03-04T09:30 | 36 | FORWARD  | 2024-03-05 | 21:30 | every hour counts
      2024-07-03T16:00 | 24 | FORWARD  | 2024-07-05 | 16:00 | ends on Independence Day, runs on to Friday
      2024-03-04T10:00 | 48 | BACKWARD | 2024-03-01 | 10:00 | counted back to Sat, runs on back to Fri (6(a)(5))
      2024-03-08T22:00 | 6  | FORWARD  | 2024-03-11 | 04:00 | ends Sat 04:00, runs on to Mon 04:00
      """)
  void hoursCountFromTheEventsTime(
      LocalDateTime trigger,
      int hours,
      CountDirection direction,
      LocalDate day,
      LocalTime time,
      String why) {
    Rule6Result r = RULE6.computeHours(trigger, hours, direction);
    assertEquals(day, r.lastDay(), why);
    assertEquals(Optional.of(time), r.lastTime(), why);
    assertTrue(r.steps().stream().anyMatch(s -> s.rule().contains("6(a)(2)")), why);
  }

  @Test
  void wholeDaysOfHoursNeedNoTime() {
    Rule6Result r =
        RULE6.compute(LocalDate.of(2024, 3, 6), 48, TimeUnit.HOURS, CountDirection.FORWARD);
    assertEquals(LocalDate.of(2024, 3, 8), r.lastDay());
    assertTrue(r.lastTime().isEmpty());
    Rule6Result sat =
        RULE6.compute(LocalDate.of(2024, 3, 8), 24, TimeUnit.HOURS, CountDirection.FORWARD);
    assertEquals(LocalDate.of(2024, 3, 11), sat.lastDay());
    assertThrows(
        IllegalArgumentException.class,
        () -> RULE6.compute(LocalDate.of(2024, 3, 6), 36, TimeUnit.HOURS, CountDirection.FORWARD));
    assertThrows(
        IllegalArgumentException.class,
        () -> RULE6.computeHours(LocalDateTime.of(2008, 3, 6, 9, 0), 24, CountDirection.FORWARD));
  }

  @ParameterizedTest(name = "{0} + {1} days = {2}, or {3} if closures are holidays")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2018-11-21 | 14 | 2018-12-05 | 2018-12-06 | EO 13852: Dec 5, 2018 (President G.H.W. Bush)
      2024-12-10 | 14 | 2024-12-24 | 2024-12-26 | EO 14129: Dec 24, 2024, then Christmas
      2024-12-26 | 14 | 2025-01-09 | 2025-01-10 | EO 14133: Jan 9, 2025 (President Carter)
      2025-12-10 | 14 | 2025-12-24 | 2025-12-29 | EO 14371: Dec 24 and 26, 2025, around Christmas and a weekend
      """)
  void executiveClosuresGiveTheEarlierDateAndNameTheLater(
      LocalDate trigger, int days, LocalDate earlier, LocalDate later, String why) {
    Rule6Result r = RULE6.compute(trigger, days, TimeUnit.DAYS, CountDirection.FORWARD);
    assertEquals(earlier, r.lastDay(), why);
    assertEquals(Optional.of(later), r.laterLastDay(), why);
    assertTrue(
        r.steps().stream()
            .anyMatch(
                s ->
                    s.rule().equals("Fed. R. Civ. P. 6(a)(6)(B)")
                        && s.explanation().contains(Rule6Calculator.day(later))),
        why);
    assertEquals(earlier, r.steps().get(r.steps().size() - 1).date());
    Rule6Result h =
        Rule6Calculator.builder()
            .executiveClosures(ExecutiveClosures.LEGAL_HOLIDAYS)
            .build()
            .compute(trigger, days, TimeUnit.DAYS, CountDirection.FORWARD);
    assertEquals(later, h.lastDay(), why);
    assertTrue(h.laterLastDay().isEmpty());
  }

  @Test
  void aPeriodClearOfClosuresNamesNoLaterDate() {
    Rule6Result r =
        RULE6.compute(LocalDate.of(2023, 10, 13), 14, TimeUnit.DAYS, CountDirection.FORWARD);
    assertEquals(LocalDate.of(2023, 10, 27), r.lastDay());
    assertTrue(r.laterLastDay().isEmpty());
  }
}
