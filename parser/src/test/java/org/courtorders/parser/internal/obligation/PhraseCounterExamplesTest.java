package org.courtorders.parser.internal.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.courtorders.core.data.DataFile;
import org.junit.jupiter.api.Test;

/**
 * A phrase's {@code counterExamples} are the wordings it must not match: "Rule 11 imposes a duty"
 * is not a sanction (FAILURE-CLASSES C28), "if so" is not a condition of non-compliance (C9e).
 */
class PhraseCounterExamplesTest {
  @Test
  void noPhraseMatchesItsCounterExamples() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (DataFile.Entry e :
        DataFile.load(PhraseBook.class, "/org/courtorders/parser/internal/obligation/phrases.json")
            .entries()) {
      int flags = e.flag("caseSensitive", false) ? 0 : Pattern.CASE_INSENSITIVE;
      Pattern p = Pattern.compile(e.text("pattern"), flags);
      for (String counter : e.texts("counterExamples")) {
        checked++;
        if (p.matcher(counter).find()) {
          failures.add(e.where() + " matches its counter-example: " + counter);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(checked >= 8, "counter-examples checked: " + checked);
  }
}
