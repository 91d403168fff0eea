package org.courtorders.parser.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courtorders.core.CountDirection;
import org.courtorders.core.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodRecognizerTest {
  private static final PeriodRecognizer PERIODS = new PeriodRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # sentence | quoted | amount | unit | direction | trigger | kind
      Plaintiff shall respond within 14 days of this Order. | within 14 days of this Order | 14 | DAYS | FORWARD | this Order | THIS_ORDER
      Defendants shall answer within fourteen (14) days. | within fourteen (14) days | 14 | DAYS | FORWARD | - | IMPLICIT
      file a letter within two weeks of the date of this Order. | within two weeks of the date of this Order | 2 | WEEKS | FORWARD | the date of this Order | THIS_ORDER
      pay within ten days of the e-filing of this Order, failing which | within ten days of the e-filing of this Order | 10 | DAYS | FORWARD | the e-filing of this Order | THIS_ORDER
      answer no later than 30 days after service. | no later than 30 days after service | 30 | DAYS | FORWARD | service | EVENT
      submit within 21 days of the date of this order; | within 21 days of the date of this order | 21 | DAYS | FORWARD | the date of this order | THIS_ORDER
      exchange statements three business days before the settlement conference. | three business days before the settlement conference | 3 | BUSINESS_DAYS | BACKWARD | the settlement conference | EVENT
      confer within one week of receipt and report | within one week of receipt | 1 | WEEKS | FORWARD | receipt | EVENT
      The Clerk shall mail a copy within 30 days. | within 30 days | 30 | DAYS | FORWARD | - | IMPLICIT
      Plaintiff is afforded 45 days to file an amended complaint. | 45 days to file | 45 | DAYS | FORWARD | - | IMPLICIT
      move by 10 days after the close of discovery. | by 10 days after the close of discovery | 10 | DAYS | FORWARD | the close of discovery | EVENT
      serve at least seven (7) days prior to the hearing. | at least seven (7) days prior to the hearing | 7 | DAYS | BACKWARD | the hearing | EVENT
      within twenty-one days of entry of this Order | within twenty-one days of entry of this Order | 21 | DAYS | FORWARD | entry of this Order | THIS_ORDER
      within sixty (60) calendar days from the date hereof. | within sixty (60) calendar days from the date hereof | 60 | DAYS | FORWARD | the date hereof | THIS_ORDER
      within a week of the Court's ruling | within a week of the Court's ruling | 1 | WEEKS | FORWARD | the Court's ruling | EVENT
      within 6 months of the date of this Opinion and Order | within 6 months of the date of this Opinion and Order | 6 | MONTHS | FORWARD | the date of this Opinion and Order | THIS_ORDER
      within 48 hours of the conference | within 48 hours of the conference | 48 | HOURS | FORWARD | the conference | EVENT
      """)
  void recognizesPeriods(
      String sentence,
      String quoted,
      int amount,
      TimeUnit unit,
      CountDirection direction,
      String trigger,
      PeriodMention.TriggerKind kind) {
    List<PeriodMention> found = PERIODS.find(sentence);
    assertEquals(1, found.size(), () -> found.toString());
    PeriodMention p = found.get(0);
    assertEquals(quoted, p.text(sentence));
    assertEquals(amount, p.amount());
    assertEquals(unit, p.unit());
    assertEquals(direction, p.direction());
    assertEquals(trigger == null ? "" : trigger, p.trigger());
    assertEquals(kind, p.triggerKind());
    if (trigger != null) {
      assertEquals(trigger, sentence.substring(p.triggerStart(), p.triggerEnd()));
    }
  }

  @Test
  void implicitAndOrderTriggersRunFromTheOrder() {
    assertTrue(PERIODS.find("within 30 days").get(0).runsFromOrder());
    assertTrue(PERIODS.find("within 30 days of this Order").get(0).runsFromOrder());
    assertTrue(!PERIODS.find("within 30 days of service").get(0).runsFromOrder());
  }

  @Test
  void triggerAcrossALineBreak() {
    String s = "within 14 days of this\nOrder.";
    PeriodMention p = PERIODS.find(s).get(0);
    assertEquals("this Order", p.trigger());
    assertEquals(PeriodMention.TriggerKind.THIS_ORDER, p.triggerKind());
  }

  @Test
  void triggerEndsWithTheOrdersTitle() {
    String s = "within two weeks of the date of this order file on ECF a joint letter";
    PeriodMention p = PERIODS.find(s).get(0);
    assertEquals("the date of this order", p.trigger());
    assertEquals("within two weeks of the date of this order", p.text(s));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the 30 days that have passed",
        "Plaintiff waited 14 days.",
        "within a reasonable time",
        "Case No. 18-cv-4476",
        "during the 2023 days of trial",
        "within the next several days",
        "the deadline is extended by 10 days.",
        "extended by a day",
        "allot at least one hour for the conference",
        "no more than 25 pages",
      })
  void notPeriods(String text) {
    assertEquals(List.of(), PERIODS.find(text), text);
  }
}
