package org.courtorders.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.courtorders.core.Actor;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.ComputationStep;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.core.Proceeding;
import org.courtorders.core.RelativePeriod;
import org.courtorders.core.TextSpan;

/**
 * Writes the deadlines and proceedings of orders as an RFC 5545 calendar with ical4j.
 *
 * <pre>{@code
 * CalendarExport.Result r = CalendarExport.builder().build().export(List.of(order));
 * Files.writeString(Path.of("deadlines.ics"), r.ics());
 * r.unscheduled().forEach(u -> System.err.println(u.reason() + ": " + u.text()));
 * }</pre>
 *
 * <ul>
 *   <li>A date without a time is an all-day event; a date with a time is a timed event in the
 *       court's own zone ({@link CourtZones}), with the zone's VTIMEZONE in the file. A time from
 *       an order whose court is unknown is written as floating local time and reported.
 *   <li>Every event has a UID made from the case, the kind of item, who must act and what, and its
 *       place among like items; not from the text or the date, so importing an amended order
 *       updates the events of the first instead of adding new ones. SEQUENCE is the order's docket
 *       entry number where its stamp gives one, so a later order wins.
 *   <li>The summary says who does what in plain words and names the case ("Defendants: submit their
 *       letter — 20-CV-8607 (JMF) (BCM)"); the description quotes the directive, the Rule 6(a)
 *       computation steps and where in the source the words are.
 *   <li>Items without a date (due "promptly", "within 14 days of" an unknown event) are not in the
 *       calendar; {@link Result#unscheduled()} lists them.
 * </ul>
 *
 * <p>Output is deterministic: DTSTAMP is the order's own date (signed, else filed), not the clock.
 * Thread-safe once built.
 *
 * @since 0.1.0
 */
public final class CalendarExport {
  /** What an export produced: the calendar text, the number of events, and the report. */
  public record Result(String ics, int events, List<Unscheduled> unscheduled) {
    public Result {
      unscheduled = List.copyOf(unscheduled);
    }

    /** Writes the calendar text. */
    public void write(Writer out) throws IOException {
      out.write(ics);
    }
  }

  static final String PRODUCT_ID = "-//Court Orders//courtorders 0.1.0//EN";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private final CourtZones zones;
  private final String uidDomain;

  private CalendarExport(Builder b) {
    this.zones = b.zones;
    this.uidDomain = b.uidDomain;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The calendar of every dated deadline and proceeding in {@code orders}, and the report of the
   * rest.
   */
  public Result export(List<CourtOrder> orders) {
    Objects.requireNonNull(orders, "orders");
    Calendar cal = new Calendar();
    cal.add(new ProdId(PRODUCT_ID));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    cal.add(ImmutableMethod.PUBLISH);
    List<Unscheduled> report = new ArrayList<>();
    Set<String> zoneIds = new LinkedHashSet<>();
    // By UID: the same item from two orders of one case (an order and its amendment) is one
    // event, the later order's (higher docket number; on a tie, later in the input).
    Map<String, Placed> byUid = new java.util.LinkedHashMap<>();
    for (CourtOrder order : orders) {
      Optional<ZoneId> zone = order.court().flatMap(c -> zones.zoneOf(c.id()));
      Map<String, Integer> seen = new HashMap<>();
      String name = order.source().name().orElse("");
      for (Directive d : order.directives()) {
        if (d.deadline().isEmpty()) {
          continue;
        }
        Deadline dl = d.deadline().get();
        String key =
            "deadline|"
                + d.actor()
                + "|"
                + words(d.action())
                + "|"
                + d.object().map(CalendarExport::words).orElse("");
        String uid = uid(order, key, seen);
        if (dl.date().isEmpty()) {
          report.add(
              new Unscheduled(
                  name, "deadline", d.text(), d.span(), "no date: " + undatedReason(dl), false));
          continue;
        }
        VEvent e =
            event(
                order,
                uid,
                dl.date().get(),
                dl.time(),
                zone,
                zoneIds,
                report,
                "deadline",
                d.text(),
                d.span());
        e.add(new Summary(deadlineSummary(d) + caseSuffix(order)));
        e.add(new Description(deadlineDescription(order, d, dl)));
        e.add(new Categories("Deadline"));
        place(byUid, new Placed(uid, e, order, "deadline", d.text(), d.span()), report);
      }
      for (Proceeding p : order.proceedings()) {
        String uid = uid(order, "proceeding|" + p.type(), seen);
        if (p.date().isEmpty()) {
          report.add(
              new Unscheduled(name, "proceeding", p.text(), p.span(), "no date given", false));
          continue;
        }
        VEvent e =
            event(
                order,
                uid,
                p.date().get(),
                p.time(),
                zone,
                zoneIds,
                report,
                "proceeding",
                p.text(),
                p.span());
        e.add(new Summary(proceedingSummary(p) + caseSuffix(order)));
        e.add(new Description(proceedingDescription(order, p)));
        e.add(new Categories(capitalized(p.type().name().replace('_', ' '))));
        p.place().ifPresent(place -> e.add(new Location(place)));
        place(byUid, new Placed(uid, e, order, "proceeding", p.text(), p.span()), report);
      }
    }
    byUid.values().forEach(p -> cal.add(p.event()));
    int events = byUid.size();
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    for (String id : zoneIds) {
      TimeZone tz = registry.getTimeZone(id);
      if (tz != null) {
        cal.add(tz.getVTimeZone());
      }
    }
    StringWriter out = new StringWriter();
    try {
      // Validation off: an order without any dated item gives a calendar with no events, which
      // RFC 5545 allows but ical4j's validator rejects.
      new CalendarOutputter(false).output(cal, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out.toString(), events, report);
  }

  /** An event ready for the calendar, with what it came from. */
  private record Placed(
      String uid, VEvent event, CourtOrder order, String kind, String text, TextSpan span) {
    int sequence() {
      return order.source().documentNumber().orElse(0);
    }
  }

  private static void place(Map<String, Placed> byUid, Placed p, List<Unscheduled> report) {
    Placed old = byUid.get(p.uid());
    Placed loser = p;
    if (old == null || p.sequence() >= old.sequence()) {
      byUid.put(p.uid(), p);
      loser = old;
    }
    if (loser != null) {
      Placed winner = byUid.get(p.uid());
      report.add(
          new Unscheduled(
              loser.order().source().name().orElse(""),
              loser.kind(),
              loser.text(),
              loser.span(),
              "superseded: the same item in "
                  + winner.order().source().name().orElse("a later order")
                  + " is the calendar's event",
              false));
    }
  }

  private VEvent event(
      CourtOrder order,
      String uid,
      LocalDate date,
      Optional<LocalTime> time,
      Optional<ZoneId> zone,
      Set<String> zoneIds,
      List<Unscheduled> report,
      String kind,
      String text,
      TextSpan span) {
    VEvent e = new VEvent(false);
    e.add(new Uid(uid));
    e.add(new DtStamp(stamp(order)));
    if (time.isEmpty()) {
      // All-day: DTEND is the next day (exclusive), which every client reads as one day.
      e.add(new DtStart<>(date));
      e.add(new DtEnd<>(date.plusDays(1)));
      e.add(ImmutableTransp.TRANSPARENT);
    } else if (zone.isPresent()) {
      zoneIds.add(zone.get().getId());
      e.add(new DtStart<>(LocalDateTime.of(date, time.get()).atZone(zone.get())));
    } else {
      e.add(new DtStart<>(LocalDateTime.of(date, time.get())));
      report.add(
          new Unscheduled(
              order.source().name().orElse(""),
              kind,
              text,
              span,
              "court unknown: time written as floating local time",
              true));
    }
    e.add(new Sequence(order.source().documentNumber().orElse(0)));
    return e;
  }

  private static Instant stamp(CourtOrder order) {
    return order
        .signedDate()
        .or(order::filedDate)
        .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
        .orElse(Instant.EPOCH);
  }

  /**
   * A UID that survives amendment: the case (or, without one, the source name), the kind of item
   * and its key words, and how many like items came before it in the same order.
   */
  private String uid(CourtOrder order, String key, Map<String, Integer> seen) {
    int n = seen.merge(key, 1, Integer::sum);
    String scope =
        order
            .caption()
            .flatMap(c -> c.caseNumbers().stream().findFirst())
            .map(
                c ->
                    "case|"
                        + order.court().map(x -> x.id()).orElse("")
                        + "|"
                        + c.normalized().orElse(words(c.text())))
            .orElseGet(() -> "source|" + order.source().name().orElse(order.source().sha256()));
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (scope + "|" + key.toLowerCase(Locale.ROOT) + "|" + n)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16) + "@" + uidDomain;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String deadlineSummary(Directive d) {
    String who =
        d.actor() == Actor.OTHER
            ? d.actorText().map(CalendarExport::capitalized).orElse("Other")
            : capitalized(d.actor().name());
    String what = words(d.action()) + d.object().map(o -> " " + words(o)).orElse("");
    return who + ": " + what;
  }

  private static String proceedingSummary(Proceeding p) {
    String type = capitalized(words(p.type().name().replace('_', ' ')));
    return type
        + p.manner()
            .map(m -> " (" + words(m.name().replace('_', ' ')).toLowerCase(Locale.ROOT) + ")")
            .orElse("");
  }

  private static String caseSuffix(CourtOrder order) {
    return order
        .caption()
        .flatMap(c -> c.caseNumbers().stream().findFirst())
        .map(CaseNumber::text)
        .map(t -> " — " + words(t))
        .orElse("");
  }

  private static String deadlineDescription(CourtOrder order, Directive d, Deadline dl) {
    StringBuilder sb = new StringBuilder();
    sb.append(words(d.text())).append("\n\n");
    sb.append("Due: ").append(DATE.format(dl.date().get()));
    dl.time().ifPresent(t -> sb.append(" at ").append(t));
    if (dl.yearInferred()) {
      sb.append(" (year inferred from the order's date)");
    }
    sb.append('\n');
    dl.period().ifPresent(p -> sb.append("Period: ").append(period(p)).append('\n'));
    if (!dl.computation().isEmpty()) {
      sb.append("Computation (Fed. R. Civ. P. 6(a)):\n");
      for (ComputationStep s : dl.computation()) {
        sb.append("- ")
            .append(s.date())
            .append(": ")
            .append(s.explanation())
            .append(" [")
            .append(s.rule())
            .append("]\n");
      }
    }
    sb.append(source(order, d.span()));
    return sb.toString();
  }

  private static String proceedingDescription(CourtOrder order, Proceeding p) {
    StringBuilder sb = new StringBuilder();
    sb.append(words(p.text())).append("\n\n");
    p.manner()
        .ifPresent(
            m ->
                sb.append("Manner: ")
                    .append(m.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append('\n'));
    p.place().ifPresent(pl -> sb.append("Place: ").append(pl).append('\n'));
    sb.append(source(order, p.span()));
    return sb.toString();
  }

  private static String source(CourtOrder order, TextSpan span) {
    StringBuilder sb = new StringBuilder("Source: ").append(order.source().name().orElse("order"));
    order.source().documentNumber().ifPresent(n -> sb.append(" (ECF No. ").append(n).append(')'));
    sb.append(", characters ").append(span.start()).append('-').append(span.end());
    sb.append(" (sha256 ")
        .append(order.source().sha256(), 0, Math.min(12, order.source().sha256().length()))
        .append(')');
    return sb.toString();
  }

  private static String undatedReason(Deadline dl) {
    return switch (dl.kind()) {
      case IMMEDIATE -> "due immediately";
      case PROMPT -> "due promptly";
      case RELATIVE ->
          dl.period()
              .map(p -> period(p) + " (the trigger's date is unknown)")
              .orElse("relative to an event");
      default ->
          dl.monthDay()
              .map(md -> "month and day " + md + " given with no year to complete it")
              .orElse("the date could not be read");
    };
  }

  private static String period(RelativePeriod p) {
    return p.amount()
        + " "
        + p.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (p.direction() == org.courtorders.core.CountDirection.BACKWARD ? " before " : " after ")
        + p.trigger()
        + p.triggerDate().map(d -> " (" + DATE.format(d) + ")").orElse("");
  }

  /** Whitespace (line breaks from the page) folded to single spaces. */
  static String words(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String capitalized(String s) {
    String w = words(s).toLowerCase(Locale.ROOT);
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /**
   * Configures a {@link CalendarExport}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private CourtZones zones = CourtZones.bundled();
    private String uidDomain = "courtorders.org";

    private Builder() {}

    /** The courts' time zones (default: {@link CourtZones#bundled()}). */
    public Builder zones(CourtZones zones) {
      this.zones = Objects.requireNonNull(zones, "zones");
      return this;
    }

    /** The domain after "@" in every UID (default {@code courtorders.org}). */
    public Builder uidDomain(String domain) {
      Objects.requireNonNull(domain, "domain");
      if (domain.isBlank() || domain.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a UID domain has no spaces: '" + domain + "'");
      }
      this.uidDomain = domain;
      return this;
    }

    public CalendarExport build() {
      return new CalendarExport(this);
    }
  }
}
