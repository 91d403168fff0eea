package org.courtorders.parser.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as the command line does: UTF-8 with a byte-order mark dropped, and
 * where the bytes are not valid UTF-8, Windows-1252 (what PDF tools on Windows most often write).
 * Never a silent replacement character, never an exception.
 */
public final class Decoder {
  /** The decoded text and whether the Windows-1252 fallback was used. */
  public record Decoded(String text, boolean fallback) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Decoder() {}

  public static Decoded decode(byte[] bytes) {
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
