package org.courtorders.parser.spi;

/**
 * The outcome of one compliance check. {@code UNCLEAR} means the text does not let a reader decide
 * (an undated conferral, a limit in pages for a text without page breaks); it is not a soft {@code
 * NOT_MET}.
 *
 * @since 0.1.0
 */
public enum FindingStatus {
  MET,
  NOT_MET,
  UNCLEAR
}
