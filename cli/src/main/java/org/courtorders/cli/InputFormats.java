package org.courtorders.cli;

import java.util.ArrayList;
import java.util.List;

/** The binary formats the command line reads besides text. */
final class InputFormats {
  /**
   * Installed formats, tried in order. The PDF module (issue 15) adds its reader here; until then
   * a PDF gets an error record that says it is a PDF.
   */
  static final List<InputFormat> INSTALLED = List.of();

  private InputFormats() {}

  /** The format that reads bytes beginning with {@code head}, or null. */
  static InputFormat forHead(byte[] head) {
    for (InputFormat f : INSTALLED) {
      if (f.accepts(head)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Endings a folder walk takes besides {@code .txt}: every installed format's, and {@code .pdf}
   * always, so a folder's PDFs get an error record rather than being skipped in silence.
   */
  static List<String> extensionsInFolders() {
    List<String> out = new ArrayList<>(List.of(".pdf"));
    for (InputFormat f : INSTALLED) {
      for (String e : f.extensions()) {
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }
}
