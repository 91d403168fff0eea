package org.courtorders.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the bundled federal holidays against Jollyday's United States calendar, an
 * independent source, for 2000 through 2035. Jollyday is a test-scope oracle only.
 */
class JollydayOracleTest {
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate TO = LocalDate.of(2035, 12, 31);

  @Test
  void federalHolidaysMatchJollydayExceptDocumentedDifferences() {
    HolidayManager us =
        HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_STATES));
    Set<LocalDate> theirs = new TreeSet<>();
    Set<LocalDate> ours = new TreeSet<>();
    Set<LocalDate> columbusDays = new TreeSet<>();
    Set<LocalDate> declared = new TreeSet<>();
    // One year either side: New Year's Day on a Saturday is observed on the prior December 31.
    for (int y = FROM.getYear() - 1; y <= TO.getYear() + 1; y++) {
      us.getHolidays(Year.of(y)).forEach(h -> theirs.add(h.getDate()));
      for (Holiday h : FederalHolidays.calendar().holidaysIn(y)) {
        ours.add(h.date());
        if (h.name().equals("Columbus Day")) {
          columbusDays.add(h.date());
        }
        if (h.kind() == HolidayKind.DECLARED) {
          declared.add(h.date());
        }
      }
    }
    theirs.removeIf(d -> d.isBefore(FROM) || d.isAfter(TO));
    ours.removeIf(d -> d.isBefore(FROM) || d.isAfter(TO));
    columbusDays.removeIf(d -> d.isBefore(FROM) || d.isAfter(TO));
    declared.removeIf(d -> d.isBefore(FROM) || d.isAfter(TO));

    Set<LocalDate> onlyTheirs = new TreeSet<>(theirs);
    onlyTheirs.removeAll(ours);
    Set<LocalDate> onlyOurs = new TreeSet<>(ours);
    onlyOurs.removeAll(theirs);

    // Agreement on every observed day, including Juneteenth from 2021 (observed Fri 2021-06-18)
    // and New Year's Day 2022 observed Fri 2021-12-31: Jollyday applies the same
    // Saturday-to-Friday (5 U.S.C. 6103(b)) and Sunday-to-Monday (EO 11582) moves.
    assertEquals(Set.of(), onlyTheirs, "holidays only Jollyday has");

    // Difference 1: Jollyday 2.19.0 lists Columbus Day only in some states' sub-calendars, not
    // nationally. 5 U.S.C. 6103(a) names "Columbus Day, the second Monday in October" as a legal
    // public holiday, so it is a legal holiday under Rule 6(a)(6)(A); ours is right.
    // Difference 2: Jollyday has no days closed by executive order. Rule 6(a)(6)(B) counts "any
    // day declared a holiday by the President", so ours lists them (sources in the data file).
    Set<LocalDate> expected = new TreeSet<>(columbusDays);
    expected.addAll(declared);
    assertEquals(
        expected,
        onlyOurs,
        () ->
            "unexplained: "
                + onlyOurs.stream()
                    .filter(d -> !expected.contains(d))
                    .map(LocalDate::toString)
                    .collect(Collectors.joining(", ")));
    assertEquals(36, columbusDays.size());
  }
}
