package org.courtorders.parser.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelessRecognizerTest {
  private static final DatelessRecognizer DATELESS = new DatelessRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Defendants shall immediately produce the documents. | immediately | IMMEDIATE
      Counsel shall forthwith serve this Order.            | forthwith | IMMEDIATE
      The parties shall promptly notify the Court.        | promptly | PROMPT
      respond as soon as possible.                        | as soon as possible | PROMPT
      respond as soon as practicable.                     | as soon as practicable | PROMPT
      comply without delay.                               | without delay | IMMEDIATE
      comply without undue delay.                         | without undue delay | PROMPT
      IMMEDIATELY notify                                  | IMMEDIATELY | IMMEDIATE
      """)
  void recognizes(String sentence, String quoted, DatelessKind kind) {
    List<DatelessMention> found = DATELESS.find(sentence);
    assertEquals(1, found.size(), found::toString);
    assertEquals(quoted, found.get(0).text(sentence));
    assertEquals(kind, found.get(0).kind());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"the immediate family", "as soon as", "a prompt response", "delay"})
  void ignores(String text) {
    assertEquals(List.of(), DATELESS.find(text));
  }
}
