package org.courtorders.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The one decoding of file bytes: UTF-8 (with or without a mark), UTF-16 by its mark, else
 * Windows-1252.
 */
class DecodedTextTest {
  private static final String TEXT = "SO ORDERED. \u00a7 1927 \u2014 Judge Jos\u00e9";

  @Test
  void utf8WithAndWithoutItsMark() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, DecodedText.of(plain).text());
    byte[] marked = new byte[plain.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, marked, 3, plain.length);
    DecodedText d = DecodedText.of(marked);
    assertEquals(TEXT, d.text());
    assertFalse(d.fallback());
  }

  @Test
  void utf16ByItsMarkInEitherByteOrder() {
    // Charset UTF-16 writes a big-endian mark; UTF-16LE needs one added, as Notepad writes it.
    assertEquals(TEXT, DecodedText.of(TEXT.getBytes(StandardCharsets.UTF_16)).text());
    byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    DecodedText d = DecodedText.of(le);
    assertEquals(TEXT, d.text());
    assertFalse(d.fallback());
  }

  @Test
  void notUtf8IsReadAsWindows1252AndSaysSo() {
    DecodedText d =
        DecodedText.of(
            "Jos\u00e9 \u2014 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252")));
    assertEquals("Jos\u00e9 \u2014 \u201cquoted\u201d", d.text());
    assertTrue(d.fallback());
  }
}
