package org.courtorders.rules.sdny.internal;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.spi.OrderText;

/** The parser's sentences of a stretch of the input (through the SPI), each with its text. */
final class Sentences {
  /** A sentence: its text and where it sits in the original input. */
  record Sentence(int start, int end, String text) {}

  private Sentences() {}

  static List<Sentence> of(OrderText text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    for (TextSpan s : text.sentences(from, to)) {
      out.add(new Sentence(s.start(), s.end(), text.input().substring(s.start(), s.end())));
    }
    return out;
  }
}
