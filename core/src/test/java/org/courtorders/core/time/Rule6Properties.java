package org.courtorders.core.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;

class Rule6Properties {
  private static final Rule6Calculator RULE6 = Rule6Calculator.federal();
  private static final HolidayCalendar FEDERAL = FederalHolidays.calendar();
  private static final Rule6Calculator HOLIDAYS =
      Rule6Calculator.builder().executiveClosures(ExecutiveClosures.LEGAL_HOLIDAYS).build();

  @Property(tries = 2000)
  void lastDayIsNeverAWeekendOrLegalHoliday(
      @ForAll("triggers") LocalDate trigger,
      @ForAll @IntRange(min = 0, max = 400) int amount,
      @ForAll TimeUnit unit,
      @ForAll CountDirection direction) {
    if (unit == TimeUnit.HOURS) {
      return;
    }
    LocalDate last = RULE6.compute(trigger, amount, unit, direction).lastDay();
    assertFalse(
        last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY,
        () -> last + " is a weekend day");
    assertFalse(
        FEDERAL.holidaysOn(last).stream().anyMatch(h -> h.kind() != HolidayKind.DECLARED),
        () -> last + " is a legal holiday");
    LocalDate later = HOLIDAYS.compute(trigger, amount, unit, direction).lastDay();
    assertFalse(
        FEDERAL.isHoliday(later),
        () -> later + " is a legal holiday or an executive-order closure");
  }

  /**
   * By default an executive-order closure is a working day: the result is the earlier date, and
   * names the later one exactly when counting closures as holidays moves it (Rule 6(a)(6)(B)).
   */
  @Property(tries = 1000)
  void theLaterDateIsNamedExactlyWhenClosuresMoveIt(
      @ForAll("closureTriggers") LocalDate trigger,
      @ForAll @IntRange(min = 0, max = 40) int amount,
      @ForAll("calendarUnits") TimeUnit unit) {
    Rule6Result r = RULE6.compute(trigger, amount, unit, CountDirection.FORWARD);
    LocalDate later = HOLIDAYS.compute(trigger, amount, unit, CountDirection.FORWARD).lastDay();
    assertTrue(!later.isBefore(r.lastDay()), () -> later + " before " + r.lastDay());
    assertTrue(
        r.laterLastDay()
            .equals(
                later.equals(r.lastDay())
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(later)),
        () -> r.laterLastDay() + " vs " + later);
    r.laterLastDay()
        .ifPresent(
            x ->
                assertTrue(
                    r.steps().stream()
                        .anyMatch(
                            s ->
                                s.rule().endsWith("6(a)(6)(B)")
                                    && s.explanation().contains("executive order"))));
  }

  @Provide
  Arbitrary<LocalDate> closureTriggers() {
    // the weeks before the closures listed in federal-holidays.json (2001-2025)
    return Arbitraries.of(
            FederalHolidays.calendar().declaredDays().stream().map(Holiday::date).toList())
        .flatMap(d -> Arbitraries.integers().between(1, 45).map(d::minusDays));
  }

  /**
   * Holds since December 1, 2009. Under former Rule 6(a) a 10-day period can end after an 11-day
   * one (see Rule6CalculatorTest#formerRuleTenDaysCanOutlastEleven).
   */
  @Property(tries = 2000)
  void longerForwardPeriodNeverEndsEarlier(
      @ForAll("modernTriggers") LocalDate trigger,
      @ForAll @IntRange(min = 0, max = 400) int a,
      @ForAll @IntRange(min = 0, max = 60) int extra,
      @ForAll("calendarUnits") TimeUnit unit) {
    LocalDate shorter = RULE6.compute(trigger, a, unit, CountDirection.FORWARD).lastDay();
    LocalDate longer = RULE6.compute(trigger, a + extra, unit, CountDirection.FORWARD).lastDay();
    assertTrue(!longer.isBefore(shorter), () -> longer + " before " + shorter);
  }

  @Provide
  Arbitrary<LocalDate> triggers() {
    return Arbitraries.integers()
        .between(0, 365 * 45)
        .map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<LocalDate> modernTriggers() {
    return Arbitraries.integers()
        .between(0, 365 * 25)
        .map(n -> Rule6Version.AMENDED_2009.plusDays(n));
  }

  @Provide
  Arbitrary<TimeUnit> calendarUnits() {
    return Arbitraries.of(TimeUnit.DAYS, TimeUnit.WEEKS, TimeUnit.MONTHS, TimeUnit.BUSINESS_DAYS);
  }
}
