package org.courtorders.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.courtorders.core.ComputationStep;
import org.courtorders.core.CountDirection;
import org.courtorders.core.RelativePeriod;
import org.courtorders.core.TimeUnit;

/**
 * Computes the last day of a period under Fed. R. Civ. P. 6(a) as in force on the trigger date, and
 * records each step with the rule behind it.
 *
 * <pre>{@code
 * Rule6Calculator rule6 = Rule6Calculator.builder()
 *     .stateHolidays(newYorkHolidays)          // Rule 6(a)(6)(C); optional
 *     .build();
 * LocalDate due = rule6.compute(LocalDate.of(2023, 10, 13), 14, TimeUnit.DAYS,
 *     CountDirection.FORWARD).lastDay();       // 2023-10-27
 * }</pre>
 *
 * <p>Since December 1, 2009 (Rule 6(a)(1)): exclude the trigger day, count every day, and if the
 * last day is a Saturday, Sunday or legal holiday continue to the next day that is not; for a
 * period measured before an event the "next day" is the one before (Rule 6(a)(5)). Before that
 * date, former Rule 6(a) also skipped intermediate Saturdays, Sundays and legal holidays in periods
 * of less than 11 days. {@link TimeUnit#BUSINESS_DAYS} is not a Rule 6 unit: orders that use it are
 * read as counting only days that are not Saturdays, Sundays or legal holidays.
 *
 * <p>Periods in {@link TimeUnit#HOURS} follow Rule 6(a)(2): counting starts at the event, every
 * hour counts, and a period ending on a Saturday, Sunday or legal holiday runs on to the same time
 * of the next day that is not ({@link #computeHours}); without the event's time only a whole number
 * of days (24, 48, 72 hours) has a known last day. A service method ({@link ServiceMethod}) adds
 * Rule 6(d)'s three days after the period would otherwise end. Days the President closed federal
 * offices by executive order are not legal holidays unless the builder says so ({@link
 * ExecutiveClosures}); the result then names the later date ({@link Rule6Result#laterLastDay()}).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Rule6Calculator {
  /** Larger periods are not plausible court deadlines and would make day-by-day counting slow. */
  public static final int MAX_AMOUNT = 100_000;

  /** No calendar closes this many days in a row; more means the calendar is broken. */
  private static final int MAX_ROLL = 400;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);

  private final HolidayCalendar federal;
  private final HolidayCalendar state;
  private final HolidayCalendar closures;
  private final Rule6Version fixedVersion;
  private final ExecutiveClosures executiveClosures;

  private Rule6Calculator(Builder b) {
    this.executiveClosures = b.executiveClosures;
    this.federal = b.federal;
    this.state = b.state;
    this.closures = b.closures;
    this.fixedVersion = b.version;
  }

  /** A calculator with the bundled federal holidays and no state holidays or closures. */
  public static Rule6Calculator federal() {
    return Default.INSTANCE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The last day of a period of {@code amount} {@code unit}s counted {@code direction} from the
   * event on {@code trigger}. A period in hours needs a whole number of days here (the event's time
   * is not known); use {@link #computeHours} when it is.
   *
   * @throws IllegalArgumentException for an amount outside [0, {@value #MAX_AMOUNT}], or hours that
   *     are not a multiple of 24 or counted from before December 1, 2009
   */
  public Rule6Result compute(
      LocalDate trigger, int amount, TimeUnit unit, CountDirection direction) {
    Objects.requireNonNull(trigger, "trigger");
    return run(trigger, null, amount, unit, direction, null);
  }

  /**
   * As {@link #compute(LocalDate, int, TimeUnit, CountDirection)} for a period that runs from
   * service made as {@code service}: Rule 6(d) adds three days after the period would otherwise end
   * for service by mail, by leaving with the clerk, by other consented means, and (before December
   * 1, 2016) by electronic means; the last of them rolls past a weekend or holiday.
   *
   * @throws IllegalArgumentException also for a period counted backward (Rule 6(d) extends time to
   *     act after being served)
   * @since 0.2.0
   */
  public Rule6Result compute(
      LocalDate trigger,
      int amount,
      TimeUnit unit,
      CountDirection direction,
      ServiceMethod service) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(service, "service");
    if (direction == CountDirection.BACKWARD) {
      throw new IllegalArgumentException(
          "Rule 6(d) adds time after service; a period counted backward has none");
    }
    return run(trigger, null, amount, unit, direction, service);
  }

  /**
   * The end of a period of {@code hours} hours counted {@code direction} from the event at {@code
   * trigger} (Rule 6(a)(2), since December 1, 2009): the result has {@link Rule6Result#lastTime()}.
   *
   * @throws IllegalArgumentException for an amount outside [0, {@value #MAX_AMOUNT}] or a trigger
   *     before December 1, 2009 (former Rule 6(a) had no rule for hours)
   * @since 0.2.0
   */
  public Rule6Result computeHours(LocalDateTime trigger, int hours, CountDirection direction) {
    Objects.requireNonNull(trigger, "trigger");
    return run(
        trigger.toLocalDate(), trigger.toLocalTime(), hours, TimeUnit.HOURS, direction, null);
  }

  private Rule6Result run(
      LocalDate trigger,
      LocalTime time,
      int amount,
      TimeUnit unit,
      CountDirection direction,
      ServiceMethod service) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    if (amount < 0 || amount > MAX_AMOUNT) {
      throw new IllegalArgumentException("amount must be in [0, " + MAX_AMOUNT + "]: " + amount);
    }
    Rule6Version version = fixedVersion != null ? fixedVersion : Rule6Version.inForceOn(trigger);
    if (unit == TimeUnit.HOURS) {
      if (version == Rule6Version.BEFORE_2009) {
        throw new IllegalArgumentException("former Rule 6(a) had no rule for periods in hours");
      }
      if (time == null && amount % 24 != 0) {
        throw new IllegalArgumentException(
            "a period of " + amount + " hours ends on a day that depends on the event's time");
      }
    }
    boolean declared = executiveClosures == ExecutiveClosures.LEGAL_HOLIDAYS;
    Rule6Result r =
        new Computation(trigger, time, amount, unit, direction, version, service, declared).run();
    if (declared) {
      return r;
    }
    Rule6Result later =
        new Computation(trigger, time, amount, unit, direction, version, service, true).run();
    if (later.lastDay().equals(r.lastDay())) {
      return r;
    }
    List<String> closed = new ArrayList<>();
    LocalDate from = r.lastDay().isBefore(later.lastDay()) ? r.lastDay() : later.lastDay();
    LocalDate to = r.lastDay().isBefore(later.lastDay()) ? later.lastDay() : r.lastDay();
    LocalDate lo = trigger.isBefore(from) ? trigger : from;
    for (LocalDate d = lo; !d.isAfter(to) && closed.size() < 5; d = d.plusDays(1)) {
      for (Holiday h : federal.holidaysOn(d)) {
        if (h.kind() == HolidayKind.DECLARED) {
          closed.add(day(d) + " (" + h.name() + "; " + h.source() + ")");
        }
      }
    }
    List<ComputationStep> steps = new ArrayList<>(r.steps());
    steps.add(
        steps.size() - 1,
        ComputationStep.of(
            later.lastDay(),
            version.cite("6(a)(6)(B)"),
            "Federal offices were closed by executive order on "
                + String.join(", ", closed)
                + ". This computation counts the closure as a working day; if the court treats it as a"
                + " day declared a holiday by the President, the last day is "
                + day(later.lastDay())
                + "."));
    return new Rule6Result.Builder().from(r).steps(steps).laterLastDay(later.lastDay()).build();
  }

  /**
   * The last day of {@code period}, counted from its trigger date.
   *
   * @throws IllegalArgumentException if the period has no trigger date, or as {@link
   *     #compute(LocalDate, int, TimeUnit, CountDirection)}
   */
  public Rule6Result compute(RelativePeriod period) {
    Objects.requireNonNull(period, "period");
    LocalDate trigger =
        period
            .triggerDate()
            .orElseThrow(
                () -> new IllegalArgumentException("period has no trigger date: " + period));
    return compute(trigger, period.amount(), period.unit(), period.direction());
  }

  /**
   * Why {@code date} is not a day a period may end on under {@code version}, counting {@code
   * direction}; empty if it may end on it. Court closures count only for the last day (Rule
   * 6(a)(3)).
   */
  Optional<Exclusion> exclusion(
      LocalDate date,
      CountDirection direction,
      Rule6Version version,
      boolean lastDay,
      boolean declared) {
    DayOfWeek dow = date.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return Optional.of(new Exclusion(version.cite("6(a)(1)(C)"), "a " + name(dow)));
    }
    Optional<Holiday> h =
        federal.holidaysOn(date).stream()
            .filter(x -> declared || x.kind() != HolidayKind.DECLARED)
            .findFirst();
    if (h.isPresent()) {
      String sub = h.get().kind() == HolidayKind.DECLARED ? "6(a)(6)(B)" : "6(a)(6)(A)";
      return Optional.of(
          new Exclusion(version.cite(sub), "a legal holiday (" + label(h.get()) + ")"));
    }
    // Rule 6(a)(6)(C) (2009): state holidays count only for periods measured after an event.
    // Former Rule 6(a) counted them in every period.
    if (version == Rule6Version.BEFORE_2009 || direction == CountDirection.FORWARD) {
      Optional<Holiday> s = state.holiday(date);
      if (s.isPresent()) {
        return Optional.of(
            new Exclusion(
                version.cite("6(a)(6)(C)"), "a state legal holiday (" + label(s.get()) + ")"));
      }
    }
    if (lastDay) {
      Optional<Holiday> c = closures.holiday(date);
      if (c.isPresent()) {
        return Optional.of(
            new Exclusion(
                version.cite("6(a)(3)(A)"),
                "a day the clerk's office was inaccessible (" + c.get().name() + ")"));
      }
    }
    return Optional.empty();
  }

  private static String label(Holiday h) {
    return h.shifted() ? h.name() + ", observed" : h.name();
  }

  private static String name(DayOfWeek dow) {
    return dow == DayOfWeek.SATURDAY ? "Saturday" : "Sunday";
  }

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** Why a day is skipped, and under which rule. */
  record Exclusion(String rule, String reason) {}

  /** One computation's state; not shared between threads. */
  private final class Computation {
    private final LocalDate trigger;
    private final LocalTime time;
    private final ServiceMethod service;
    private final boolean declared;
    private LocalTime endTime;
    private final int amount;
    private final TimeUnit unit;
    private final CountDirection direction;
    private final Rule6Version version;
    private final int step;
    private final List<ComputationStep> steps = new ArrayList<>();

    Computation(
        LocalDate trigger,
        LocalTime time,
        int amount,
        TimeUnit unit,
        CountDirection direction,
        Rule6Version version,
        ServiceMethod service,
        boolean declared) {
      this.trigger = trigger;
      this.time = time;
      this.service = service;
      this.declared = declared;
      this.amount = amount;
      this.unit = unit;
      this.direction = direction;
      this.version = version;
      this.step = direction == CountDirection.FORWARD ? 1 : -1;
    }

    Rule6Result run() {
      if (unit == TimeUnit.HOURS) {
        return hours();
      }
      steps.add(
          ComputationStep.of(
              trigger,
              version.cite("6(a)(1)(A)"),
              "Exclude the day of the event that triggers the period ("
                  + day(trigger)
                  + "); counting starts "
                  + (step > 0 ? "the day after." : "the day before.")));
      LocalDate end;
      if (unit == TimeUnit.BUSINESS_DAYS) {
        end =
            countSkipping(
                "business day",
                "the order counts business days only, so Saturdays,"
                    + " Sundays and legal holidays are not counted");
      } else if (unit == TimeUnit.DAYS && version == Rule6Version.BEFORE_2009 && amount < 11) {
        end =
            countSkipping(
                "day",
                "the period is less than 11 days, so intermediate Saturdays,"
                    + " Sundays and legal holidays are not counted");
      } else {
        end = countCalendar();
      }
      end = roll(end, null);
      end = serviceDays(end);
      steps.add(
          ComputationStep.of(
              end,
              version.cite(version == Rule6Version.SINCE_2009 ? "6(a)(1)(C)" : "6(a)"),
              "The last day of the period is " + day(end) + "."));
      return result(end);
    }

    private Rule6Result result(LocalDate end) {
      Rule6Result.Builder b =
          new Rule6Result.Builder()
              .trigger(trigger)
              .amount(amount)
              .unit(unit)
              .direction(direction)
              .version(version)
              .lastDay(end)
              .steps(steps);
      if (endTime != null) {
        b.lastTime(endTime);
      }
      if (service != null) {
        b.service(service);
      }
      return b.build();
    }

    /**
     * Rule 6(a)(2): count every hour from the event; a last day that is closed runs on to the same
     * time.
     */
    private Rule6Result hours() {
      String rule = version.cite("6(a)(2)");
      LocalDate end;
      if (time != null) {
        LocalDateTime e = trigger.atTime(time).plusHours((long) step * amount);
        end = e.toLocalDate();
        endTime = e.toLocalTime();
        steps.add(
            ComputationStep.of(
                end,
                version.cite("6(a)(2)(A)-(B)"),
                "Begin counting immediately on the event ("
                    + day(trigger)
                    + " at "
                    + time
                    + ") and count every hour,"
                    + " including hours of Saturdays, Sundays and legal holidays: "
                    + amount
                    + " hours "
                    + (step > 0 ? "after" : "before")
                    + " it is "
                    + day(end)
                    + " at "
                    + endTime
                    + "."));
      } else {
        end = trigger.plusDays((long) step * (amount / 24));
        steps.add(
            ComputationStep.of(
                end,
                version.cite("6(a)(2)(A)-(B)"),
                "Begin counting immediately on the event and count every hour: "
                    + amount
                    + " hours is "
                    + amount / 24
                    + (amount == 24 ? " day" : " days")
                    + ", so the period ends on "
                    + day(end)
                    + " at the time of day of the event, which the text does not give."));
      }
      end = roll(end, version.cite("6(a)(2)(C)"));
      end = serviceDays(end);
      steps.add(
          ComputationStep.of(
              end,
              rule,
              "The period ends on " + day(end) + (endTime != null ? " at " + endTime : "") + "."));
      return result(end);
    }

    /** Rule 6(d): three days after the period would otherwise end, for service that adds them. */
    private LocalDate serviceDays(LocalDate end) {
      if (service == null) {
        return end;
      }
      String rule =
          trigger.isBefore(LocalDate.of(2007, 12, 1))
              ? "former Fed. R. Civ. P. 6(e)"
              : "Fed. R. Civ. P. 6(d)";
      String how = service.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (!service.addsThreeDays(trigger)) {
        steps.add(
            ComputationStep.of(
                end,
                rule,
                "Service by "
                    + how
                    + " ("
                    + service.rule()
                    + ") adds no days"
                    + (service == ServiceMethod.ELECTRONIC
                        ? " since the amendment of December 1, 2016."
                        : ".")));
        return end;
      }
      LocalDate plus = end.plusDays(3);
      steps.add(
          ComputationStep.of(
              plus,
              rule,
              "Service by "
                  + how
                  + " ("
                  + service.rule()
                  + "): 3 days are added after the period would otherwise expire ("
                  + day(end)
                  + "), to "
                  + day(plus)
                  + "."));
      return roll(plus, null);
    }

    private LocalDate countCalendar() {
      String way = step > 0 ? "after" : "before";
      LocalDate end;
      String how;
      switch (unit) {
        case DAYS:
          end = trigger.plusDays((long) step * amount);
          how =
              "Count every day, including intermediate Saturdays, Sundays and legal holidays: day "
                  + amount
                  + " "
                  + way
                  + " the trigger is "
                  + day(end)
                  + ".";
          break;
        case WEEKS:
          end = trigger.plusDays((long) step * 7 * amount);
          how =
              "A week is 7 days; count every day: "
                  + amount
                  + (amount == 1 ? " week " : " weeks ")
                  + way
                  + " the trigger ("
                  + 7L * amount
                  + " days) is "
                  + day(end)
                  + ".";
          break;
        case MONTHS:
          end = trigger.plusMonths((long) step * amount);
          how =
              amount
                  + (amount == 1 ? " month " : " months ")
                  + way
                  + " the trigger is "
                  + day(end)
                  + " (the same day of the month, or the month's last day if it has no"
                  + " such day).";
          break;
        case YEARS:
          end = trigger.plusYears((long) step * amount);
          how =
              amount
                  + (amount == 1 ? " year " : " years ")
                  + way
                  + " the trigger is "
                  + day(end)
                  + ".";
          break;
        default:
          throw new IllegalArgumentException("unsupported unit " + unit);
      }
      String rule =
          version == Rule6Version.SINCE_2009 ? version.cite("6(a)(1)(B)") : version.cite("6(a)");
      steps.add(ComputationStep.of(end, rule, how));
      return end;
    }

    private LocalDate countSkipping(String what, String why) {
      LocalDate d = trigger;
      List<String> skipped = new ArrayList<>();
      int counted = 0;
      while (counted < amount) {
        d = d.plusDays(step);
        Optional<Exclusion> ex = exclusion(d, direction, version, false, declared);
        if (ex.isPresent()) {
          if (skipped.size() < 20) {
            skipped.add(day(d) + " (" + ex.get().reason() + ")");
          }
        } else {
          counted++;
        }
      }
      String rule = unit == TimeUnit.BUSINESS_DAYS ? version.cite("6(a)(6)") : version.cite("6(a)");
      steps.add(
          ComputationStep.of(
              d,
              rule,
              "Count "
                  + amount
                  + " "
                  + what
                  + (amount == 1 ? "" : "s")
                  + "; "
                  + why
                  + (skipped.isEmpty() ? "" : " (skipped: " + String.join("; ", skipped) + ")")
                  + ": the last counted day is "
                  + day(d)
                  + "."));
      return d;
    }

    private LocalDate roll(LocalDate end, String hoursRule) {
      LocalDate d = end;
      for (int i = 0; i < MAX_ROLL; i++) {
        Optional<Exclusion> ex = exclusion(d, direction, version, true, declared);
        if (ex.isEmpty()) {
          return d;
        }
        LocalDate next = d.plusDays(step);
        String rule = hoursRule != null ? hoursRule + "; " + ex.get().rule() : ex.get().rule();
        if (step < 0 && version == Rule6Version.SINCE_2009) {
          rule = rule + ", 6(a)(5)";
        }
        steps.add(
            ComputationStep.of(
                d,
                rule,
                day(d)
                    + " is "
                    + ex.get().reason()
                    + ", so the period runs until the "
                    + (step > 0 ? "next" : "previous")
                    + " day that is not a Saturday, Sunday or legal holiday."));
        d = next;
      }
      throw new IllegalArgumentException(
          "calendars exclude more than " + MAX_ROLL + " days in a row from " + end);
    }
  }

  /**
   * Configures a {@link Rule6Calculator}. Defaults: the bundled {@link FederalHolidays}, no state
   * holidays, no closures, the rule version in force on each trigger date.
   */
  public static final class Builder {
    private HolidayCalendar federal = FederalHolidays.calendar();
    private HolidayCalendar state = HolidayCalendar.none();
    private HolidayCalendar closures = HolidayCalendar.none();
    private Rule6Version version;
    private ExecutiveClosures executiveClosures = ExecutiveClosures.EARLIER_DATE;

    private Builder() {}

    /**
     * Whether days the President closed federal offices by executive order are legal holidays (Rule
     * 6(a)(6)(B)). Default {@link ExecutiveClosures#EARLIER_DATE}: they are not, and a result they
     * would move names the later date.
     *
     * @since 0.2.0
     */
    public Builder executiveClosures(ExecutiveClosures closures) {
      this.executiveClosures = Objects.requireNonNull(closures, "closures");
      return this;
    }

    /** Replaces the federal calendar of Rule 6(a)(6)(A)-(B). */
    public Builder federalHolidays(HolidayCalendar calendar) {
      this.federal = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Holidays of the state where the district court sits (Rule 6(a)(6)(C)). Since 2009 they count
     * only for periods measured after an event.
     */
    public Builder stateHolidays(HolidayCalendar calendar) {
      this.state = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Days the clerk's office was inaccessible (Rule 6(a)(3)); they matter only as the last day.
     */
    public Builder courtClosures(HolidayCalendar calendar) {
      this.closures = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** Applies one version of Rule 6(a) to every trigger date, instead of the one then in force. */
    public Builder version(Rule6Version version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    public Rule6Calculator build() {
      return new Rule6Calculator(this);
    }
  }

  private static final class Default {
    static final Rule6Calculator INSTANCE = builder().build();
  }
}
