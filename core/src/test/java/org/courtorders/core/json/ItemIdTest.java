package org.courtorders.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.courtorders.core.TextSpan;

/**
 * {@link CourtOrderJson#itemId} is a stable identity users store: it must stay what it was when the
 * id was published (SHA-256 of document, kind, span and the value's folded words; ten bytes in
 * lower-case hex), whatever the implementation.
 */
class ItemIdTest {
  /** The published definition, written the plain way. */
  private static String reference(String doc, String kind, TextSpan span, String value)
      throws Exception {
    String normalized = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String key = doc + "\n" + kind + "\n" + span.start() + "\n" + span.end() + "\n" + normalized;
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder(kind).append('-');
    for (int i = 0; i < 10; i++) {
      out.append(String.format(Locale.ROOT, "%02x", hash[i] & 0xFF));
    }
    return out.toString();
  }

  @Property(tries = 300)
  void sameAsThePublishedDefinition(
      @ForAll String value, @ForAll @IntRange(min = 0, max = 10_000) int start) throws Exception {
    TextSpan span = TextSpan.of(start, start + 7);
    assertEquals(
        reference("e3b0c442", "deadline", span, value),
        CourtOrderJson.itemId("e3b0c442", "deadline", span, value));
  }

  @Property(tries = 50)
  void blanksOfAnyKindFoldToOne(@ForAll @IntRange(min = 1, max = 5) int n) throws Exception {
    String blanks = " \t\n\u000B\f\r".substring(0, n);
    TextSpan span = TextSpan.of(3, 9);
    assertEquals(
        CourtOrderJson.itemId("abc", "deadline", span, "by July 1"),
        CourtOrderJson.itemId("abc", "deadline", span, " BY" + blanks + "July 1 "));
  }
}
