package org.courtorders.cli;

import java.io.IOException;
import java.util.List;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;

/**
 * A reader for a binary document format (PDF) that turns an input's bytes into an order. A
 * registered format takes over every input whose first bytes it {@linkplain #accepts accepts},
 * before the text path and before such bytes are refused as "not text"; its file endings join the
 * folder walk. Register one in {@link InputFormats#INSTALLED}.
 */
interface InputFormat {
  /** What the format is called in messages ("PDF"). */
  String name();

  /** File-name endings a folder walk takes for this format, lower case ({@code ".pdf"}). */
  List<String> extensions();

  /** Whether this format reads bytes that begin with {@code head} (at most the first 8 KB). */
  boolean accepts(byte[] head);

  /**
   * Reads the whole input and parses it.
   *
   * @param bytes the input, already decompressed if it came gzipped
   * @param name the input's {@code source.name}
   * @throws IOException with a message that says what is wrong with the document
   */
  CourtOrder parse(byte[] bytes, String name, CourtOrderParser parser) throws IOException;
}
