package org.courtorders.parser.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The parser's sentence splitter and date grammar as a court plug-in sees them: spans in the input.
 */
class OrderTextTest {
  @Test
  void sentencesKeepInitialsAndTitlesTogether() {
    String input =
        "Dear Judge Gorenstein:\n\nOn June 29, 2023, counsel for Plaintiff C.K. Lee, Esq. and Francis "
            + "Lee, Esq. met and conferred by telephone. Defendants refused.\n\nRespectfully submitted,\n";
    OrderText text = OrderText.of(input);
    List<TextSpan> s = text.sentences(input.indexOf("On June"), input.indexOf("Respectfully"));
    assertEquals(2, s.size(), () -> s.toString());
    assertTrue(
        s.get(0).slice(input).startsWith("On June 29, 2023, counsel for Plaintiff C.K. Lee"));
    assertTrue(s.get(0).slice(input).endsWith("by telephone."));
    assertEquals("Defendants refused.", s.get(1).slice(input));
  }

  @Test
  void datesInTheInputWithYearsLookingBack() {
    String input =
        "Plainti\uFB00s wrote on March 3 and again on 7/7/23; yesterday they called; the letter of June 1, 2024.";
    OrderText text = OrderText.of(input);
    List<OrderText.WrittenDate> ds =
        text.dates(0, input.length(), Optional.of(LocalDate.of(2024, 2, 1)));
    assertEquals(
        List.of(
            LocalDate.of(2023, 3, 3),
            LocalDate.of(2023, 7, 7),
            LocalDate.of(2024, 1, 31),
            LocalDate.of(2024, 6, 1)),
        ds.stream().map(OrderText.WrittenDate::date).toList());
    assertEquals("March 3", ds.get(0).span().slice(input));
    assertTrue(ds.get(0).yearInferred());
    assertEquals("yesterday", ds.get(2).span().slice(input));
    assertEquals(
        2,
        text.dates(0, input.length(), Optional.empty()).size(),
        "without a context only written years");
  }
}
