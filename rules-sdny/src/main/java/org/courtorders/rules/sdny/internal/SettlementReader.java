package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.spi.OrderText;
import org.courtorders.rules.sdny.SettlementChecklist;
import org.courtorders.rules.sdny.SettlementChecklist.Item;
import org.courtorders.rules.sdny.SettlementChecklist.Step;

/**
 * Reads a settlement-conference order into a {@link SettlementChecklist}: which pre-conference
 * steps it mentions, who must take them, and by when. Each step is recognized by its words; its due
 * date is a date in the same sentence that is not before the order's own date.
 */
public final class SettlementReader {
  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final Map<Step, Pattern> CUES =
      new EnumMap<>(
          Map.of(
              Step.GOOD_FAITH_DISCUSSION,
                  Pattern.compile("\\bgood[- ]faith[ ]settlement[ ]discussion\\b", CI),
              Step.FRESH_DEMAND_OR_OFFER,
                  Pattern.compile(
                      "\\b(?:settlement[ ])?demand[ ]or[ ]offer\\b|\\bsettlement[ ]offer\\b"
                          + "|\\bresponse[ ]to[ ]plaintiff's[ ](?:pending|previously[ ]conveyed)[ ]settlement[ ]demand\\b",
                      CI),
              Step.CONFIDENTIAL_SETTLEMENT_LETTER,
                  Pattern.compile(
                      "\\b(?:confidential[ ](?:pre-)?settlement[ ]letters?"
                          + "|pre-settlement[ ]letters?|settlement[ ]letters?)\\b",
                      CI),
              Step.ACKNOWLEDGMENT_FORM, Pattern.compile("\\backnowledge?ment[ ]forms?\\b", CI),
              Step.ATTENDANCE_FORM, Pattern.compile("\\battendance[ ]forms?\\b", CI),
              Step.SETTLEMENT_CONFERENCE, Pattern.compile("\\bsettlement[ ]conference\\b", CI)));
  private static final Map<Step, String> REQUIREMENT =
      Map.of(
          Step.GOOD_FAITH_DISCUSSION,
              "Hold at least one good-faith settlement discussion, in person or by telephone, "
                  + "before the settlement letters are due; earlier negotiations do not count.",
          Step.FRESH_DEMAND_OR_OFFER,
              "Each side conveys a fresh good-faith settlement demand or offer in that discussion.",
          Step.CONFIDENTIAL_SETTLEMENT_LETTER,
              "Send the confidential settlement letter to chambers (by email, not ECF).",
          Step.ACKNOWLEDGMENT_FORM, "Submit and serve the signed acknowledgment form.",
          Step.ATTENDANCE_FORM,
              "Submit and serve the attendance form naming who will attend (with settlement authority).",
          Step.SETTLEMENT_CONFERENCE, "Attend the settlement conference with a decision-maker.");
  private static final Pattern DIRECTED =
      Pattern.compile(
          "\\b(plaintiffs?|defendants?|the[ ]parties|each[ ]party"
              + "|counsel|defendants'[ ]counsel|plaintiff's[ ]counsel)[ ](?:shall|must|are[ ]directed[ ]to|is[ ]directed[ ]to)\\b",
          CI);

  /**
   * A date is a due date only in words that set one; "the conference scheduled for" dates the
   * conference.
   */
  private static final Pattern DUE =
      Pattern.compile(
          "\\b(?:no[ ]later[ ]than|on[ ]or[ ]before|(?:is|are|be)[ ]due"
              + "|by[ ][*]{0,2}(?:Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August"
              + "|September|October|November|December))\\b",
          CI);

  private static final Pattern PARAGRAPH = Pattern.compile("¶[ ]?(\\d{1,2})");

  private SettlementReader() {}

  public static SettlementChecklist read(CourtOrder order, String input) {
    OrderText text = OrderText.of(input);
    List<Sentences.Sentence> sentences = Sentences.of(text, 0, input.length());
    Optional<LocalDate> orderDate = order.signedDate().or(order::filedDate);
    Map<Step, Item> found = new EnumMap<>(Step.class);
    for (Sentences.Sentence s : sentences) {
      for (Map.Entry<Step, Pattern> e : CUES.entrySet()) {
        Matcher m = e.getValue().matcher(s.text());
        if (!m.find()) {
          continue;
        }
        Item prior = found.get(e.getKey());
        boolean sets = e.getKey() == Step.SETTLEMENT_CONFERENCE || DUE.matcher(s.text()).find();
        Optional<LocalDate> due = sets ? due(text, s, orderDate) : Optional.empty();
        Optional<LocalTime> time = due.isPresent() ? Dates.time(s.text()) : Optional.empty();
        Optional<String> who = who(s.text());
        if (prior != null && (prior.dueDate().isPresent() || due.isEmpty())) {
          List<TextSpan> ev = new ArrayList<>(prior.evidence());
          if (ev.size() < 4) {
            ev.add(TextSpan.of(s.start(), s.end()));
          }
          found.put(
              e.getKey(),
              new Item(
                  prior.step(),
                  prior.requirement(),
                  prior.who().or(() -> who),
                  prior.dueDate(),
                  prior.dueTime(),
                  prior.source(),
                  ev));
          continue;
        }
        List<TextSpan> ev = new ArrayList<>(prior == null ? List.of() : prior.evidence());
        ev.add(0, TextSpan.of(s.start(), s.end()));
        found.put(
            e.getKey(),
            new Item(
                e.getKey(),
                REQUIREMENT.get(e.getKey()),
                who.or(() -> prior == null ? Optional.empty() : prior.who()),
                due,
                time,
                source(s.text(), e.getKey()),
                ev.subList(0, Math.min(4, ev.size()))));
      }
    }
    return new SettlementChecklist(new ArrayList<>(found.values()));
  }

  private static Optional<LocalDate> due(
      OrderText text, Sentences.Sentence s, Optional<LocalDate> orderDate) {
    for (Dates.Found f : Dates.find(text, s.start(), s.end(), orderDate)) {
      // A date before the order is history ("This Court's May 5, 2023 Order"), not a due date.
      if (orderDate.isEmpty() || !f.date().isBefore(orderDate.get())) {
        return Optional.of(f.date());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> who(String sentence) {
    Matcher m = DIRECTED.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static String source(String sentence, Step step) {
    Matcher m = PARAGRAPH.matcher(sentence);
    if (m.find()) {
      return "Order Scheduling Settlement Conference ¶ " + m.group(1) + " (as the order cites it)";
    }
    return switch (step) {
      case GOOD_FAITH_DISCUSSION, FRESH_DEMAND_OR_OFFER ->
          "Moses Order Scheduling Settlement Conference ¶ 2";
      case CONFIDENTIAL_SETTLEMENT_LETTER, ACKNOWLEDGMENT_FORM, ATTENDANCE_FORM ->
          "Moses Order Scheduling Settlement Conference ¶ 4 (as cited in 20-CV-8607 (JMF) (BCM), Feb. 18, 2021)";
      case SETTLEMENT_CONFERENCE -> "this order";
    };
  }
}
