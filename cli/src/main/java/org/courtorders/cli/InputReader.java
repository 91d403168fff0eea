package org.courtorders.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input's bytes: a file or standard input, gzip-compressed inputs decompressed (by their
 * first bytes, whatever their name). Failures are {@link Refused} with an error code and a message
 * that names the input and the cause.
 */
final class InputReader {
  /** The most bytes a compressed input may expand to: far past the parser's own input limit. */
  static final int MAX_DECOMPRESSED = 256 << 20;

  /** An input that cannot be read, with the error record's code. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Refused(String code, String message, Throwable cause) {
      super(message, cause);
      this.code = code;
    }
  }

  private InputReader() {}

  static byte[] read(InputFiles.Input in, InputStream stdin) throws Refused {
    byte[] bytes;
    try {
      bytes = in.stdin() ? stdin.readAllBytes() : Files.readAllBytes(in.path());
    } catch (IOException e) {
      throw new Refused("UNREADABLE", "cannot read " + in.display() + ": " + Errors.reason(e), e);
    }
    if (Sniff.isGzip(bytes)) {
      try (InputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        bytes = readAtMost(z, MAX_DECOMPRESSED);
      } catch (IOException e) {
        throw new Refused(
            "UNREADABLE", "cannot decompress " + in.display() + ": " + Errors.reason(e), e);
      }
      if (bytes == null) {
        throw new Refused(
            "TOO_LARGE",
            in.display()
                + " decompresses to more than "
                + (MAX_DECOMPRESSED >> 20)
                + " MB; not read",
            null);
      }
    }
    return bytes;
  }

  /** The first {@link Sniff#HEAD} bytes, for the format checks. */
  static byte[] head(byte[] bytes) {
    return bytes.length <= Sniff.HEAD ? bytes : Arrays.copyOf(bytes, Sniff.HEAD);
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      if (out.size() + n > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
