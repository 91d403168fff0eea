package org.courtorders.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * Computes the last day of a period under Fed. R. Civ. P. 6(a) as in force on the trigger date,
 * and records each step with the rule behind it.
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
 * date, former Rule 6(a) also skipped intermediate Saturdays, Sundays and legal holidays in
 * periods of less than 11 days. {@link TimeUnit#BUSINESS_DAYS} is not a Rule 6 unit: orders that
 * use it are read as counting only days that are not Saturdays, Sundays or legal holidays. Periods
 * in {@link TimeUnit#HOURS} (Rule 6(a)(2)) are not supported. Immutable and thread-safe.
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

  private Rule6Calculator(Builder b) {
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
   * event on {@code trigger}.
   *
   * @throws IllegalArgumentException for {@link TimeUnit#HOURS} or an amount outside [0, {@value
   *     #MAX_AMOUNT}]
   */
  public Rule6Result compute(
      LocalDate trigger, int amount, TimeUnit unit, CountDirection direction) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    if (amount < 0 || amount > MAX_AMOUNT) {
      throw new IllegalArgumentException(
          "amount must be in [0, " + MAX_AMOUNT + "]: " + amount);
    }
    if (unit == TimeUnit.HOURS) {
      throw new IllegalArgumentException("periods in hours (Rule 6(a)(2)) are not supported");
    }
    Rule6Version version = fixedVersion != null ? fixedVersion : Rule6Version.inForceOn(trigger);
    return new Computation(trigger, amount, unit, direction, version).run();
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
      LocalDate date, CountDirection direction, Rule6Version version, boolean lastDay) {
    DayOfWeek dow = date.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return Optional.of(new Exclusion(version.cite("6(a)(1)(C)"), "a " + name(dow)));
    }
    Optional<Holiday> h = federal.holiday(date);
    if (h.isPresent()) {
      String sub = h.get().kind() == HolidayKind.DECLARED ? "6(a)(6)(B)" : "6(a)(6)(A)";
      return Optional.of(new Exclusion(version.cite(sub), "a legal holiday (" + label(h.get()) + ")"));
    }
    // Rule 6(a)(6)(C) (2009): state holidays count only for periods measured after an event.
    // Former Rule 6(a) counted them in every period.
    if (version == Rule6Version.BEFORE_2009 || direction == CountDirection.FORWARD) {
      Optional<Holiday> s = state.holiday(date);
      if (s.isPresent()) {
        return Optional.of(
            new Exclusion(version.cite("6(a)(6)(C)"), "a state legal holiday (" + label(s.get()) + ")"));
      }
    }
    if (lastDay) {
      Optional<Holiday> c = closures.holiday(date);
      if (c.isPresent()) {
        return Optional.of(
            new Exclusion(version.cite("6(a)(3)(A)"), "a day the clerk's office was inaccessible (" + c.get().name() + ")"));
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
    private final int amount;
    private final TimeUnit unit;
    private final CountDirection direction;
    private final Rule6Version version;
    private final int step;
    private final List<ComputationStep> steps = new ArrayList<>();

    Computation(
        LocalDate trigger, int amount, TimeUnit unit, CountDirection direction, Rule6Version version) {
      this.trigger = trigger;
      this.amount = amount;
      this.unit = unit;
      this.direction = direction;
      this.version = version;
      this.step = direction == CountDirection.FORWARD ? 1 : -1;
    }

    Rule6Result run() {
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
        end = countSkipping("business day", "the order counts business days only, so Saturdays,"
            + " Sundays and legal holidays are not counted");
      } else if (unit == TimeUnit.DAYS
          && version == Rule6Version.BEFORE_2009
          && amount < 11) {
        end = countSkipping("day", "the period is less than 11 days, so intermediate Saturdays,"
            + " Sundays and legal holidays are not counted");
      } else {
        end = countCalendar();
      }
      end = roll(end);
      steps.add(
          ComputationStep.of(
              end,
              version.cite(version == Rule6Version.SINCE_2009 ? "6(a)(1)(C)" : "6(a)"),
              "The last day of the period is " + day(end) + "."));
      return new Rule6Result.Builder()
          .trigger(trigger)
          .amount(amount)
          .unit(unit)
          .direction(direction)
          .version(version)
          .lastDay(end)
          .steps(steps)
          .build();
    }

    private LocalDate countCalendar() {
      String way = step > 0 ? "after" : "before";
      LocalDate end;
      String how;
      switch (unit) {
        case DAYS:
          end = trigger.plusDays((long) step * amount);
          how = "Count every day, including intermediate Saturdays, Sundays and legal holidays: day "
              + amount + " " + way + " the trigger is " + day(end) + ".";
          break;
        case WEEKS:
          end = trigger.plusDays((long) step * 7 * amount);
          how = "A week is 7 days; count every day: " + amount + (amount == 1 ? " week " : " weeks ")
              + way + " the trigger (" + 7L * amount + " days) is " + day(end) + ".";
          break;
        case MONTHS:
          end = trigger.plusMonths((long) step * amount);
          how = amount + (amount == 1 ? " month " : " months ") + way + " the trigger is "
              + day(end) + " (the same day of the month, or the month's last day if it has no"
              + " such day).";
          break;
        case YEARS:
          end = trigger.plusYears((long) step * amount);
          how = amount + (amount == 1 ? " year " : " years ") + way + " the trigger is "
              + day(end) + ".";
          break;
        default:
          throw new IllegalArgumentException("unsupported unit " + unit);
      }
      String rule = version == Rule6Version.SINCE_2009 ? version.cite("6(a)(1)(B)") : version.cite("6(a)");
      steps.add(ComputationStep.of(end, rule, how));
      return end;
    }

    private LocalDate countSkipping(String what, String why) {
      LocalDate d = trigger;
      List<String> skipped = new ArrayList<>();
      int counted = 0;
      while (counted < amount) {
        d = d.plusDays(step);
        Optional<Exclusion> ex = exclusion(d, direction, version, false);
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
              "Count " + amount + " " + what + (amount == 1 ? "" : "s") + "; " + why
                  + (skipped.isEmpty() ? "" : " (skipped: " + String.join("; ", skipped) + ")")
                  + ": the last counted day is " + day(d) + "."));
      return d;
    }

    private LocalDate roll(LocalDate end) {
      LocalDate d = end;
      for (int i = 0; i < MAX_ROLL; i++) {
        Optional<Exclusion> ex = exclusion(d, direction, version, true);
        if (ex.isEmpty()) {
          return d;
        }
        LocalDate next = d.plusDays(step);
        String rule = ex.get().rule();
        if (step < 0 && version == Rule6Version.SINCE_2009) {
          rule = rule + ", 6(a)(5)";
        }
        steps.add(
            ComputationStep.of(
                d,
                rule,
                day(d) + " is " + ex.get().reason() + ", so the period runs until the "
                    + (step > 0 ? "next" : "previous")
                    + " day that is not a Saturday, Sunday or legal holiday."));
        d = next;
      }
      throw new IllegalArgumentException(
          "calendars exclude more than " + MAX_ROLL + " days in a row from " + end);
    }
  }

  /**
   * Configures a {@link Rule6Calculator}. Defaults: the bundled {@link FederalHolidays}, no
   * state holidays, no closures, the rule version in force on each trigger date.
   */
  public static final class Builder {
    private HolidayCalendar federal = FederalHolidays.calendar();
    private HolidayCalendar state = HolidayCalendar.none();
    private HolidayCalendar closures = HolidayCalendar.none();
    private Rule6Version version;

    private Builder() {}

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

    /** Days the clerk's office was inaccessible (Rule 6(a)(3)); they matter only as the last day. */
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
