package org.courtorders.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line breaks come back only in text that is plainly a page run together. */
class FlattenedTest {
  private static final String PROSE =
      "The parties have conferred about the schedule and ask the Court to move the "
          + "conference to a later date, because the witnesses are not available in the week now set for it. ";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Dear Judge Roe: " + "X" + " Respectfully, /s/ Ann Lee",
        "Re: Doe v. Roe, No. 1 Your Honor: X Sincerely, Ann Lee",
        "X SO ORDERED. Dated: May 2, 2025 JANE ROE United States District Judge Lee LLP",
      })
  void restoresBreaksInARunTogetherPage(String shape) {
    String in = shape.replace("X", PROSE + PROSE + PROSE + PROSE);
    String text = TextNormalizer.normalize(in).text();
    assertTrue(text.split("\n").length >= 3, text);
    for (String part :
        new String[] {"Respectfully,", "Sincerely,", "Dated:", "SO ORDERED.", "Your Honor:"}) {
      int at = text.indexOf(part);
      assertTrue(at < 0 || at == 0 || text.charAt(at - 1) == '\n', part + " in " + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The letter dated May 2 was received. Dated: the record shows the motion was filed late.",
        "Re: the schedule, the Court has read the letter and the parties shall confer.",
        "SO ORDERED is how the earlier order ended, and it binds both sides.",
      })
  void leavesAnOrdinaryParagraphWhole(String sentence) {
    String in = PROSE + PROSE + sentence + " " + PROSE + PROSE;
    assertEquals(0, Flattened.breaks(in, 0, in.length()).length);
    assertFalse(TextNormalizer.normalize(in).text().contains("\n"));
  }

  @Test
  void shortLinesAreNeverTouched() {
    String in = "Dear Judge Roe: thank you. Respectfully, Ann Lee";
    assertEquals(0, Flattened.breaks(in, 0, in.length()).length);
  }
}
