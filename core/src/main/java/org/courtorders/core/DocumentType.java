package org.courtorders.core;

/**
 * What kind of document an order is, as the JSON contract names it. {@code MEMO_ENDORSEMENT} is a
 * letter or motion on which the judge wrote the ruling; {@code LETTER} is one with no endorsement.
 *
 * @since 0.1.0
 */
public enum DocumentType {
  ORDER,
  OPINION_AND_ORDER,
  MEMO_ENDORSEMENT,
  SCHEDULING_ORDER,
  STIPULATION_AND_ORDER,
  JUDGMENT,
  LETTER,
  OTHER;
}
