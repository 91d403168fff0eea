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
    assertFalse(last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY,
        () -> last + " is a weekend day");
    assertFalse(FEDERAL.isHoliday(last), () -> last + " is a legal holiday");
  }

  /**
   * Holds since December 1, 2009. Under former Rule 6(a) a 10-day period can end after an
   * 11-day one (see Rule6CalculatorTest#formerRuleTenDaysCanOutlastEleven).
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
    return Arbitraries.integers().between(0, 365 * 45).map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<LocalDate> modernTriggers() {
    return Arbitraries.integers().between(0, 365 * 25).map(n -> Rule6Version.AMENDED_2009.plusDays(n));
  }

  @Provide
  Arbitrary<TimeUnit> calendarUnits() {
    return Arbitraries.of(TimeUnit.DAYS, TimeUnit.WEEKS, TimeUnit.MONTHS, TimeUnit.BUSINESS_DAYS);
  }
}
