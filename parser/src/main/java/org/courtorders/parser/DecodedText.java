package org.courtorders.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file's bytes decoded as every reader of this library decodes them (the parser's {@code
 * parse(Path)}, the command line, the Spark job): UTF-8 with a byte-order mark dropped, UTF-16
 * where a byte-order mark says so (what Windows "Unicode" text files are), and where the bytes are
 * not valid UTF-8, Windows-1252 (what PDF tools on Windows most often write). Never a silent
 * replacement character, never an exception. Hand it to {@link CourtOrderParser#parse(DecodedText,
 * String)} so the fallback is reported on the order.
 */
public final class DecodedText {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String text;
  private final boolean fallback;

  private DecodedText(String text, boolean fallback) {
    this.text = text;
    this.fallback = fallback;
  }

  /**
   * Decodes {@code bytes}: UTF-16 after its byte-order mark, UTF-8 (byte-order mark dropped), else
   * Windows-1252.
   */
  public static DecodedText of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return new DecodedText(
          new String(bytes, StandardCharsets.UTF_16), false); // reads and drops the mark
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    try {
      CharBuffer cb =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new DecodedText(cb.toString(), false);
    } catch (CharacterCodingException e) {
      return new DecodedText(new String(bytes, WINDOWS_1252), true);
    }
  }

  /** The decoded text. */
  public String text() {
    return text;
  }

  /** Whether the bytes were not valid UTF-8 and were read as Windows-1252. */
  public boolean fallback() {
    return fallback;
  }
}
