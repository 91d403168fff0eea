package org.courtorders.parser.spi;

import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.time.HolidayCalendar;

/**
 * One court's practice as a plug-in: its id, its judges, its phrases, its calendar and its
 * compliance checks. The parser applies the rules of the court an order comes from, and only those.
 *
 * <pre>{@code
 * CourtOrderParser parser = CourtOrderParser.builder()
 *     .addRules(SdnyRules.create())
 *     .build();
 * CourtRules nysd = parser.rules().get(0);
 * ComplianceReport report = nysd.checkCompliance(parser.parse(letter), letter, ComplianceRequest.none());
 * }</pre>
 *
 * <p>Every method but {@link #courtId()} has a default, so a new district can start with an id and
 * a roster and add the rest as its data is verified. Implementations are immutable and thread-safe.
 * A provider found by {@link java.util.ServiceLoader} needs a public no-argument constructor or a
 * static {@code provider()} method; advertise it both in {@code
 * META-INF/services/org.courtorders.parser.spi.CourtRules} and with {@code provides} in {@code
 * module-info.java}.
 *
 * @since 0.1.0
 */
public interface CourtRules {
  /** The court's lower-case id ("nysd"), as {@link org.courtorders.core.Court#id()} spells it. */
  String courtId();

  /**
   * The court's judges, for case-number initials and signatures. The parser fills an assigned or
   * referred judge's name and title from the row whose initials match; a court's {@link #enrich}
   * may do more (OCR-damaged signatures).
   */
  default List<JudgeProfile> judges() {
    return List.of();
  }

  /**
   * Court-specific cues (a local rule's wording, a judge's conferral formula) with the sources they
   * come from. Each carries examples that its own pattern must match.
   */
  default List<CourtPhrase> phrases() {
    return List.of();
  }

  /**
   * Holidays of the state where the court sits. Under Fed. R. Civ. P. 6(a)(6)(C) they are legal
   * holidays only for periods measured forward from an event; the Rule 6 calculator applies that
   * limit, so return every state holiday here. None by default.
   */
  default HolidayCalendar stateHolidays() {
    return HolidayCalendar.none();
  }

  /**
   * Days the clerk's office was closed or inaccessible (weather, emergencies), kept apart from
   * legal holidays: they extend a last day only under Fed. R. Civ. P. 6(a)(3), never count as a
   * holiday under 6(a)(6). None by default.
   */
  default HolidayCalendar courtClosures() {
    return HolidayCalendar.none();
  }

  /**
   * A last pass over a parsed order of this court: fill in what the court's own data knows (judge
   * names from initials, OCR-damaged signatures) and add diagnostics. The default returns the order
   * unchanged.
   *
   * @param order the order as the generic parser read it
   * @param input the original input text
   * @return the order, possibly enriched
   */
  default CourtOrder enrich(CourtOrder order, String input) {
    return order;
  }

  /** Diagnostics this court's checks raise on an order; none by default. */
  default List<Diagnostic> check(CourtOrder order, String input) {
    return List.of();
  }

  /**
   * Checks a filing (a letter, a letter-motion, a memo-endorsed letter) against this court's rules
   * and its judges' practices. Never throws on content: what cannot be decided becomes an {@link
   * FindingStatus#UNCLEAR} finding. The default report has no findings.
   *
   * @param order the filing as parsed (document type, judges, dates)
   * @param input the original text, which evidence spans index
   * @param request who the filing is addressed to and what earlier orders required, if known
   */
  default ComplianceReport checkCompliance(
      CourtOrder order, String input, ComplianceRequest request) {
    return ComplianceReport.empty(courtId(), order.source().name());
  }
}
