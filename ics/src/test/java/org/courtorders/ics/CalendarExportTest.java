package org.courtorders.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;

/** Calendars written from real and invented orders read back with ical4j as they were meant. */
class CalendarExportTest {
  static final CourtOrderParser PARSER = CourtOrderParser.builder().discoverRules().build();
  static final CalendarExport EXPORT = CalendarExport.builder().build();
  static final String HEADER =
      "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n"
          + "JANE DOE,\n\nPlaintiff,\n\n-against-\n\nACME CORP.,\n\nDefendant.\n\n24-cv-1234 (ABC)\n\nORDER\n\n";

  static List<CourtOrder> samples() throws IOException {
    List<CourtOrder> orders = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        orders.add(PARSER.parse(Files.readString(p), p.getFileName().toString()));
      }
    }
    return orders;
  }

  static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static List<VEvent> events(Calendar cal) {
    return cal.getComponents(Component.VEVENT).stream().map(c -> (VEvent) c).toList();
  }

  static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }

  @Test
  void samplesGiveOneEventPerDatedItemAndReportTheRest() throws Exception {
    List<CourtOrder> orders = samples();
    CalendarExport.Result r = EXPORT.export(orders);
    Calendar cal = parse(r.ics());
    List<VEvent> events = events(cal);
    long dated =
        orders.stream()
                .flatMap(o -> o.directives().stream())
                .flatMap(d -> d.deadline().stream())
                .filter(d -> d.date().isPresent())
                .count()
            + orders.stream()
                .flatMap(o -> o.proceedings().stream())
                .filter(p -> p.date().isPresent())
                .count();
    long undated =
        orders.stream()
                .flatMap(o -> o.directives().stream())
                .flatMap(d -> d.deadline().stream())
                .filter(d -> d.date().isEmpty())
                .count()
            + orders.stream()
                .flatMap(o -> o.proceedings().stream())
                .filter(p -> p.date().isEmpty())
                .count();
    assertTrue(dated > 0 && undated > 0);
    assertEquals(dated, events.size());
    assertEquals(dated, r.events());
    assertEquals(undated, r.unscheduled().stream().filter(u -> !u.inCalendar()).count());
    assertTrue(
        r.unscheduled().stream().anyMatch(u -> u.reason().contains("promptly")),
        r.unscheduled().toString());
    Set<String> uids = new HashSet<>();
    for (VEvent e : events) {
      assertTrue(uids.add(prop(e, Property.UID)), "UIDs are unique");
      assertTrue(prop(e, Property.SUMMARY).contains(" — "), prop(e, Property.SUMMARY));
      assertTrue(prop(e, Property.DESCRIPTION).contains("Source: "), prop(e, Property.DESCRIPTION));
      assertTrue(e.getProperty(Property.DTSTAMP).isPresent());
    }
  }

  @Test
  void timedDeadlineIsInTheCourtsZoneAndDateOnlyIsAllDay() throws Exception {
    CourtOrder order =
        PARSER.parse(Files.readString(Path.of("../samples/003_1815541e702f4645.txt")), "003.txt");
    Calendar cal = parse(EXPORT.export(List.of(order)).ics());
    VEvent letter =
        events(cal).stream()
            .filter(e -> prop(e, Property.SUMMARY).startsWith("Defendants: submit"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Defendants: submit their confidential settlement letter — 20-CV-8607 (JMF) (BCM)",
        prop(letter, Property.SUMMARY));
    DtStart<?> start = letter.getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
    assertEquals("America/New_York", start.getParameter("TZID").orElseThrow().getValue());
    Temporal t = start.getDate();
    // 2 p.m. in New York on February 19, 2021 (standard time) is 19:00 UTC.
    assertEquals(Instant.parse("2021-02-19T19:00:00Z"), ((ZonedDateTime) t).toInstant());
    assertTrue(
        cal.getComponent(Component.VTIMEZONE).isPresent(), "the zone's VTIMEZONE is in the file");
    VEvent conference =
        events(cal).stream()
            .filter(e -> prop(e, Property.SUMMARY).startsWith("Conference"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        LocalDate.of(2021, 2, 22),
        conference
            .getProperty(Property.DTSTART)
            .map(p -> ((DtStart<?>) p).getDate())
            .orElseThrow());
    assertEquals("20210223", prop(conference, Property.DTEND));
    assertEquals("TRANSPARENT", prop(conference, Property.TRANSP));
  }

  @Test
  void amendedOrderKeepsItsUidsAndRaisesTheSequence() throws Exception {
    String first =
        "Case 1:24-cv-01234-ABC Document 17 Filed 03/03/25 Page 1 of 1\n"
            + HEADER
            + "Defendant shall answer the complaint by April 1, 2025. The parties shall appear for a status "
            + "conference on May 5, 2025 at 10:00 a.m.\n\nSO ORDERED.\n";
    String amended =
        first
            .replace("Document 17", "Document 23")
            .replace("April 1, 2025", "April 15, 2025")
            .replace("May 5, 2025", "May 12, 2025");
    List<VEvent> a = events(parse(EXPORT.export(List.of(PARSER.parse(first, "doc17.txt"))).ics()));
    List<VEvent> b =
        events(parse(EXPORT.export(List.of(PARSER.parse(amended, "doc23.txt"))).ics()));
    assertEquals(2, a.size(), a.toString());
    assertEquals(
        a.stream().map(e -> prop(e, Property.UID)).sorted().toList(),
        b.stream().map(e -> prop(e, Property.UID)).sorted().toList());
    assertNotEquals(
        a.stream().map(e -> prop(e, Property.DTSTART)).sorted().toList(),
        b.stream().map(e -> prop(e, Property.DTSTART)).sorted().toList());
    assertEquals("17", prop(a.get(0), Property.SEQUENCE));
    assertEquals("23", prop(b.get(0), Property.SEQUENCE));
    // Both in one batch, in either order: one event per item, the later order's, and the
    // earlier order's items reported as superseded.
    for (List<String> names :
        List.of(List.of("doc17.txt", "doc23.txt"), List.of("doc23.txt", "doc17.txt"))) {
      List<CourtOrder> batch =
          names.stream()
              .map(n -> PARSER.parse(n.equals("doc17.txt") ? first : amended, n))
              .toList();
      CalendarExport.Result both = EXPORT.export(batch);
      List<VEvent> events = events(parse(both.ics()));
      assertEquals(2, events.size());
      assertEquals(
          b.stream().map(e -> prop(e, Property.DTSTART)).sorted().toList(),
          events.stream().map(e -> prop(e, Property.DTSTART)).sorted().toList());
      assertEquals(
          2,
          both.unscheduled().stream()
              .filter(
                  u -> u.reason().startsWith("superseded") && u.sourceName().equals("doc17.txt"))
              .count(),
          both.unscheduled().toString());
    }
  }

  @Test
  void descriptionQuotesTheDirectiveTheRule6StepsAndTheSpan() throws Exception {
    String text =
        HEADER
            + "Plaintiff shall file an amended complaint within 14 days of the date of this Order.\n\n"
            + "SO ORDERED.\n\nDated: March 3, 2025\nNew York, New York\n";
    CourtOrder order = PARSER.parse(text, "x.txt");
    Directive d =
        order.directives().stream()
            .filter(x -> x.deadline().flatMap(Deadline::date).isPresent())
            .findFirst()
            .orElseThrow(() -> new AssertionError(order.directives().toString()));
    VEvent e = events(parse(EXPORT.export(List.of(order)).ics())).get(0);
    String desc = prop(e, Property.DESCRIPTION);
    assertTrue(desc.contains("Plaintiff shall file an amended complaint"), desc);
    assertTrue(desc.contains("characters " + d.span().start() + "-" + d.span().end()), desc);
    if (!d.deadline().get().computation().isEmpty()) {
      assertTrue(desc.contains("Computation (Fed. R. Civ. P. 6(a))"), desc);
      assertTrue(desc.contains(d.deadline().get().computation().get(0).rule()), desc);
    }
  }

  @Test
  void timeFromAnUnknownCourtIsFloatingAndReported() throws Exception {
    CourtOrder order =
        PARSER.parse(
            "ORDER\n\nThe parties shall appear for a status conference on May 5, 2025 "
                + "at 10:00 a.m.\n\nSO ORDERED.\n",
            "nocourt.txt");
    CalendarExport.Result r = EXPORT.export(List.of(order));
    List<VEvent> events = events(parse(r.ics()));
    if (events.isEmpty()) {
      return; // nothing dated was read: nothing to place
    }
    DtStart<?> start =
        events.get(0).getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
    if (start.getDate() instanceof LocalDateTime) {
      assertFalse(start.getParameter("TZID").isPresent());
      assertTrue(
          r.unscheduled().stream()
              .anyMatch(u -> u.inCalendar() && u.reason().contains("floating")));
    }
  }

  @Test
  void emptyExportIsStillACalendar() throws Exception {
    CalendarExport.Result r = EXPORT.export(List.of());
    assertEquals(0, r.events());
    Calendar cal = parse(r.ics());
    assertEquals(
        CalendarExport.PRODUCT_ID, cal.getProperty(Property.PRODID).orElseThrow().getValue());
  }
}
