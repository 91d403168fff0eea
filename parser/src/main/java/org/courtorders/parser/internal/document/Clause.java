package org.courtorders.parser.internal.document;

/**
 * A stretch of court text that can carry one obligation: a sentence, or a part of one split at a
 * semicolon ("...; and it is further ORDERED that ..."). Offsets are normalized, end exclusive.
 *
 * @param start first offset
 * @param end offset past the clause
 * @param sentenceStart the start of the sentence the clause belongs to
 * @param sentenceEnd the end of that sentence
 */
public record Clause(int start, int end, int sentenceStart, int sentenceEnd) {
  public String of(String text) {
    return text.substring(start, end);
  }

  public String sentence(String text) {
    return text.substring(sentenceStart, sentenceEnd);
  }
}
