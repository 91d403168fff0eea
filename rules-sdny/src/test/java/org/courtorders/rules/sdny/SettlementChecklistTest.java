package org.courtorders.rules.sdny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.courtorders.rules.sdny.SettlementChecklist.Step;
import org.junit.jupiter.api.Test;

/** Settlement-conference checklists from Magistrate Judge Moses's orders (seeds 001 and 003). */
class SettlementChecklistTest {
  static final SdnyRules NYSD = SdnyRules.create();
  static final CourtOrderParser PARSER = CourtOrderParser.builder().addRules(NYSD).build();

  @Test
  void seed003() {
    String text = Resources.read("corpus/003_1815541e702f4645.txt");
    CourtOrder order = PARSER.parse(text);
    SettlementChecklist list = NYSD.settlementChecklist(order, text);
    SettlementChecklist.Item letter = list.item(Step.CONFIDENTIAL_SETTLEMENT_LETTER).orElseThrow();
    assertEquals(LocalDate.of(2021, 2, 19), letter.dueDate().orElseThrow());
    assertEquals(LocalTime.of(14, 0), letter.dueTime().orElseThrow());
    assertEquals("defendants", letter.who().orElseThrow());
    assertTrue(list.item(Step.GOOD_FAITH_DISCUSSION).isPresent());
    assertTrue(list.item(Step.FRESH_DEMAND_OR_OFFER).isPresent());
    assertTrue(list.item(Step.ACKNOWLEDGMENT_FORM).isPresent());
    assertTrue(list.item(Step.ATTENDANCE_FORM).isPresent());
    assertEquals(
        LocalDate.of(2021, 2, 22),
        list.item(Step.SETTLEMENT_CONFERENCE).orElseThrow().dueDate().orElseThrow());
    assertTrue(list.item(Step.ACKNOWLEDGMENT_FORM).orElseThrow().source().contains("¶ 4"));
    // Steps come in the order they must be taken.
    assertEquals(Step.GOOD_FAITH_DISCUSSION, list.items().get(0).step());
    list.items().forEach(i -> i.evidence().forEach(s -> assertTrue(s.end() <= text.length())));
  }

  @Test
  void seed001() {
    String text = Resources.read("corpus/001_4605a35f981fe682.txt");
    SettlementChecklist list = NYSD.settlementChecklist(PARSER.parse(text), text);
    SettlementChecklist.Item letter = list.item(Step.CONFIDENTIAL_SETTLEMENT_LETTER).orElseThrow();
    assertEquals(LocalDate.of(2023, 7, 17), letter.dueDate().orElseThrow());
    assertEquals("defendants", letter.who().orElseThrow());
    assertTrue(list.item(Step.GOOD_FAITH_DISCUSSION).isPresent());
    assertTrue(list.item(Step.FRESH_DEMAND_OR_OFFER).isPresent());
    // "This Court's May 5, 2023 Order" is history, not a due date.
    assertTrue(list.item(Step.GOOD_FAITH_DISCUSSION).orElseThrow().dueDate().isEmpty());
  }

  @Test
  void anOrderWithoutSettlementStepsGivesAnEmptyList() {
    String text = Resources.read("corpus/sdny_lopez_v_nelson_mgmt_2021-08-23.txt");
    assertTrue(NYSD.settlementChecklist(PARSER.parse(text), text).isEmpty());
  }
}
