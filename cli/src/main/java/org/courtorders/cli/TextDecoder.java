package org.courtorders.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an input file: UTF-8 (a byte-order mark dropped), UTF-16 where a byte-order mark says
 * so, and where the bytes are not valid UTF-8, Windows-1252, the encoding PDF tools on Windows
 * most often write. Never mojibake from a silent replacement, never an exception.
 */
final class TextDecoder {
  /** The decoded text and whether the fallback was used. */
  record Decoded(String text, boolean fallback) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      String s = new String(bytes, StandardCharsets.UTF_16); // reads and drops the mark
      return new Decoded(s, false);
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new Decoded(cb.toString(), false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), true);
    }
  }
}
