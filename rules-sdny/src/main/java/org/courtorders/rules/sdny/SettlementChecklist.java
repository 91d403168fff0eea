package org.courtorders.rules.sdny;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.courtorders.core.TextSpan;

/**
 * What a settlement-conference order requires of the parties before the conference, in the order it
 * must happen, as Magistrate Judge Moses's orders set it out: a good-faith settlement discussion
 * with a fresh demand or offer (¶ 2), then the confidential settlement letter and the
 * acknowledgment and attendance forms (¶ 4), then the conference.
 *
 * <pre>{@code
 * SettlementChecklist list = SdnyRules.create().settlementChecklist(order, text);
 * list.item(SettlementChecklist.Step.CONFIDENTIAL_SETTLEMENT_LETTER)
 *     .flatMap(SettlementChecklist.Item::dueDate).ifPresent(System.out::println);
 * }</pre>
 *
 * @param items the steps the order mentions, in {@link Step} order
 * @since 0.1.0
 */
public record SettlementChecklist(List<Item> items) {
  public SettlementChecklist {
    items = List.copyOf(items);
  }

  /** The steps, in the order they must be taken. */
  public enum Step {
    GOOD_FAITH_DISCUSSION,
    FRESH_DEMAND_OR_OFFER,
    CONFIDENTIAL_SETTLEMENT_LETTER,
    ACKNOWLEDGMENT_FORM,
    ATTENDANCE_FORM,
    SETTLEMENT_CONFERENCE
  }

  /**
   * One step as the order gives it.
   *
   * @param step which step
   * @param requirement the requirement in plain words
   * @param who the party the order directs ("defendants"), if it names one
   * @param dueDate when it is due (for the conference: when it is held), if the order says
   * @param dueTime the time of day, if the order says
   * @param source the paragraph of the scheduling order the order cites, or the order itself
   * @param evidence where the order says so, as spans into the original input
   */
  public record Item(
      Step step,
      String requirement,
      Optional<String> who,
      Optional<LocalDate> dueDate,
      Optional<LocalTime> dueTime,
      String source,
      List<TextSpan> evidence) {
    public Item {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(requirement, "requirement");
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(dueTime, "dueTime");
      Objects.requireNonNull(source, "source");
      evidence = List.copyOf(evidence);
    }
  }

  public Optional<Item> item(Step step) {
    return items.stream().filter(i -> i.step() == step).findFirst();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
