package org.courtorders.cli;

import java.nio.charset.StandardCharsets;

/**
 * Tells text from the binary files people hand a text parser by mistake, by their first bytes (the
 * "magic numbers" of file(1)): images, archives, office documents, executables; and otherwise by
 * NUL bytes, which text in UTF-8 or Windows-1252 never holds. PDFs never get here: {@link
 * OrderLoader} reads them.
 */
final class Sniff {
  /** How many leading bytes the checks look at. */
  static final int HEAD = 8192;

  private Sniff() {}

  static boolean isGzip(byte[] b) {
    return starts(b, 0x1F, 0x8B);
  }

  /** A description of a binary format ("a PDF document"), or null when the bytes may be text. */
  static String binaryKind(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsAscii(b, "GIF87a") || startsAscii(b, "GIF89a")) {
      return "a GIF image";
    }
    if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
      return "a TIFF image";
    }
    if (startsAscii(b, "RIFF") && b.length >= 12 && ascii(b, 8, "WEBP")) {
      return "a WebP image";
    }
    if (starts(b, 'P', 'K', 0x03, 0x04) || starts(b, 'P', 'K', 0x05, 0x06)) {
      return "a ZIP archive (or a Word/OpenDocument file)";
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "a Microsoft Office (OLE) document";
    }
    if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "a 7-Zip archive";
    }
    if (startsAscii(b, "Rar!")) {
      return "a RAR archive";
    }
    if (startsAscii(b, "BZh")) {
      return "a bzip2 file";
    }
    if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return "an xz file";
    }
    if (starts(b, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "a Zstandard file";
    }
    if (b.length > 262 && ascii(b, 257, "ustar")) {
      return "a tar archive";
    }
    if (starts(b, 0x7F, 'E', 'L', 'F')) {
      return "an executable (ELF)";
    }
    if (starts(b, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE)) {
      return null; // UTF-16 with a byte-order mark: text, and full of NULs
    }
    int n = Math.min(b.length, HEAD);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return "binary data (it holds NUL bytes)";
      }
    }
    return null;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsAscii(byte[] b, String prefix) {
    return ascii(b, 0, prefix);
  }

  private static boolean ascii(byte[] b, int at, String s) {
    byte[] p = s.getBytes(StandardCharsets.US_ASCII);
    if (b.length < at + p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[at + i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
