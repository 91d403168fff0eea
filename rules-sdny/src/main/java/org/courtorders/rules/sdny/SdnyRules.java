package org.courtorders.rules.sdny;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.time.HolidayCalendar;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.parser.spi.ComplianceReport;
import org.courtorders.parser.spi.ComplianceRequest;
import org.courtorders.parser.spi.CourtPhrase;
import org.courtorders.parser.spi.CourtRules;
import org.courtorders.parser.spi.JudgeProfile;
import org.courtorders.rules.sdny.internal.Briefing;
import org.courtorders.rules.sdny.internal.ConferralCheck;
import org.courtorders.rules.sdny.internal.JudgeRoster;
import org.courtorders.rules.sdny.internal.NewYorkCalendar;
import org.courtorders.rules.sdny.internal.Phrases;
import org.courtorders.rules.sdny.internal.RosterEnricher;
import org.courtorders.rules.sdny.internal.SettlementReader;

/**
 * The United States District Court for the Southern District of New York ({@code nysd}) as a court
 * plug-in: its judges (by case-number initials, and through OCR-damaged signatures), New York's
 * legal holidays and the court's closures, discovery-conferral and letter checks,
 * settlement-conference checklists and Local Civil Rule 6.1 briefing periods.
 *
 * <pre>{@code
 * SdnyRules nysd = SdnyRules.create();
 * CourtOrderParser parser = CourtOrderParser.builder().addRules(nysd).build();
 * CourtOrder letter = parser.parse(text);
 * ComplianceReport report = nysd.checkCompliance(letter, text, ComplianceRequest.none().withJudge("GWG"));
 * }</pre>
 *
 * <p>All data is read once, at construction; instances are immutable and thread-safe. Rule data
 * changes are recorded under the "Rules: nysd" heading of the CHANGELOG.
 *
 * @since 0.1.0
 */
public final class SdnyRules implements CourtRules {
  /** The court id, as public federal court data sets spell it. */
  public static final String COURT_ID = "nysd";

  private final JudgeRoster roster;
  private final NewYorkCalendar calendar;
  private final List<CourtPhrase> phrases;
  private final RosterEnricher enricher;
  private final ConferralCheck conferral;
  private final Rule6Calculator rule6;

  /**
   * Loads the bundled data. Public for {@link java.util.ServiceLoader}; prefer {@link #create()}.
   */
  public SdnyRules() {
    this.roster = JudgeRoster.load();
    this.calendar = NewYorkCalendar.load();
    this.phrases = Phrases.load();
    this.enricher = new RosterEnricher(roster);
    this.conferral = new ConferralCheck(roster);
    this.rule6 =
        Rule6Calculator.builder()
            .stateHolidays(calendar.stateHolidays())
            .courtClosures(calendar.courtClosures())
            .build();
  }

  /** The S.D.N.Y. rules with the bundled data. */
  public static SdnyRules create() {
    return Holder.INSTANCE;
  }

  /** The provider method {@link java.util.ServiceLoader} calls on the module path. */
  public static SdnyRules provider() {
    return create();
  }

  @Override
  public String courtId() {
    return COURT_ID;
  }

  /**
   * Every roster row, verified or not; {@link JudgeProfile#verified()} and its source say which.
   */
  @Override
  public List<JudgeProfile> judges() {
    return roster.judges();
  }

  @Override
  public List<CourtPhrase> phrases() {
    return phrases;
  }

  /** New York's public holidays (N.Y. Gen. Constr. Law § 24), for Fed. R. Civ. P. 6(a)(6)(C). */
  @Override
  public HolidayCalendar stateHolidays() {
    return calendar.stateHolidays();
  }

  /** Days the S.D.N.Y. clerk's office was closed, for Fed. R. Civ. P. 6(a)(3) only. */
  @Override
  public HolidayCalendar courtClosures() {
    return calendar.courtClosures();
  }

  /**
   * Fills assigned and referred judges' names and titles from the roster (with an {@code
   * UNKNOWN_JUDGE_INITIALS} diagnostic for initials it lacks) and reads an OCR-damaged signature as
   * the one roster judge it is close to ({@code OCR_CORRECTED}).
   */
  @Override
  public CourtOrder enrich(CourtOrder order, String input) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(input, "input");
    return enricher.enrich(order, input);
  }

  /**
   * Checks a letter or letter-motion: conferral (Local Civil Rule 37.2 and the judge's Individual
   * Practices), its timing against the dispute, required details, impasse notice, joint letter,
   * length. Findings carry spans into {@code input}.
   */
  @Override
  public ComplianceReport checkCompliance(
      CourtOrder order, String input, ComplianceRequest request) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(request, "request");
    return conferral.check(order, input, request);
  }

  /** The pre-conference steps a settlement-conference order requires, with due dates it gives. */
  public SettlementChecklist settlementChecklist(CourtOrder order, String input) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(input, "input");
    return SettlementReader.read(order, input);
  }

  /**
   * Opposition and reply due dates under Local Civil Rule 6.1 for papers served on {@code served}.
   *
   * @throws IllegalArgumentException never for a valid date; dates are computed, not checked
   */
  public BriefingSchedule briefingSchedule(
      MotionType type, LocalDate served, ServiceMethod method) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(served, "served");
    Objects.requireNonNull(method, "method");
    return new Briefing(rule6).schedule(type, served, method);
  }

  /** The Rule 6 calculator with New York holidays and S.D.N.Y. closures. */
  public Rule6Calculator rule6() {
    return rule6;
  }

  private static final class Holder {
    static final SdnyRules INSTANCE = new SdnyRules();
  }
}
