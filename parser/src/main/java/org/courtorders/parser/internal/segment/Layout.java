package org.courtorders.parser.internal.segment;

import java.util.List;
import java.util.Optional;

/**
 * The structure the segmenter found in a normalized text. All ranges are normalized offsets.
 *
 * @param lines every line, without its terminator, blank lines included
 * @param header the caption region: from the start to the first line of prose
 * @param sentences body sentences in order, header lines excluded
 * @param signature the signature block: from "SO ORDERED" (or the last "Dated:") to the end
 * @param endorsement a memo endorsement written on a letter: the court's text after the letter's
 *     closing, if the document is a letter
 * @param letter the letter's parts, if the document is a letter
 */
public record Layout(
    List<Range> lines,
    Range header,
    List<Range> sentences,
    Optional<Range> signature,
    Optional<Range> endorsement,
    Optional<LetterParts> letter) {

  /**
   * A letter's parts.
   *
   * @param letterhead the sender's block before the date or addressee
   * @param date the letter's own date line
   * @param addressee the "The Honorable ..." block
   * @param reLine the "Re:" line with the case name and number
   * @param closing "Respectfully submitted," and the signer
   */
  public record LetterParts(
      Optional<Range> letterhead,
      Optional<Range> date,
      Optional<Range> addressee,
      Optional<Range> reLine,
      Optional<Range> closing) {}
}
