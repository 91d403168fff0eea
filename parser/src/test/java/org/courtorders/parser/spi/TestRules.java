package org.courtorders.parser.spi;

import java.time.LocalDate;
import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.JudgeTitle;
import org.courtorders.core.time.Holiday;
import org.courtorders.core.time.HolidayCalendar;
import org.courtorders.core.time.HolidayKind;

/**
 * Test-only court rules, so parser tests do not move when a real court's data does (as
 * libphonenumber keeps {@code PhoneNumberMetadataForTesting.xml}). Courts "zz-test" and "aa-test"
 * are advertised in this module's test {@code META-INF/services}, in that order.
 */
public final class TestRules {
  private TestRules() {}

  /** Court "zz-test": one judge, one phrase, one state holiday, one closure. */
  public static final class Zz implements CourtRules {
    @Override
    public String courtId() {
      return "zz-test";
    }

    @Override
    public List<JudgeProfile> judges() {
      return List.of(
          new JudgeProfile(
              "TJ", "Tess T. Judge", JudgeTitle.MAGISTRATE_JUDGE, "active", "test fixture", true));
    }

    @Override
    public List<CourtPhrase> phrases() {
      return List.of(
          new CourtPhrase(
              "zz.confer",
              "\\bmet and conferred\\b",
              "a conferral",
              "test fixture",
              List.of("the parties met and conferred")));
    }

    @Override
    public HolidayCalendar stateHolidays() {
      return HolidayCalendar.of(
          List.of(Holiday.of(LocalDate.of(2024, 2, 12), "Test Day", HolidayKind.STATE)));
    }

    @Override
    public HolidayCalendar courtClosures() {
      return HolidayCalendar.of(
          List.of(Holiday.of(LocalDate.of(2024, 3, 1), "Snow", HolidayKind.COURT_CLOSURE)));
    }

    @Override
    public ComplianceReport checkCompliance(
        CourtOrder order, String input, ComplianceRequest request) {
      return new ComplianceReport(
          courtId(),
          order.source().name(),
          request.judgeInitials(),
          "OTHER",
          List.of(
              new Finding(
                  "zz.length",
                  "Test Rule 1",
                  input.length() < 100 ? FindingStatus.MET : FindingStatus.NOT_MET,
                  "short enough",
                  List.of())));
    }
  }

  /** Court "aa-test", found only through a static {@code provider()} on the module path. */
  public static final class Aa implements CourtRules {
    @Override
    public String courtId() {
      return "aa-test";
    }
  }

  /** A second, different provider claiming court "zz-test". */
  public static final class ZzImpostor implements CourtRules {
    @Override
    public String courtId() {
      return "zz-test";
    }
  }
}
