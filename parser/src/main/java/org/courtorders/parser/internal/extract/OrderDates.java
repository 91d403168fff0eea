package org.courtorders.parser.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;

/**
 * Complete dates (with a year) as the date grammar finds them, for dating the order itself: a date
 * without a year cannot date an order.
 */
final class OrderDates {
  record Found(int start, int end, LocalDate date) {}

  private static final DateRecognizer RECOGNIZER = new DateRecognizer();

  private OrderDates() {}

  static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    for (DateMention m : RECOGNIZER.find(text, from, to)) {
      if (m.kind() == DateMention.Kind.DATE && m.yearPresent()) {
        m.date().ifPresent(d -> out.add(new Found(m.start(), m.end(), d)));
      }
    }
    return out;
  }
}
