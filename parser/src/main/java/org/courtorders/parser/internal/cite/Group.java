package org.courtorders.parser.internal.cite;

import java.util.List;
import org.courtorders.core.Citation;

/**
 * What one recognizer found at one place: the normalized range it consumed and the citations it
 * made there (several for a list or range, "ECF Nos. 6, 7, 8"). Overlaps are settled per group, so
 * a list is kept or dropped as a whole.
 *
 * @param start normalized start, inclusive
 * @param end normalized end, exclusive
 * @param citations the citations, in text order
 */
record Group(int start, int end, List<Citation> citations) {
  Group {
    citations = List.copyOf(citations);
  }

  static Group of(int start, int end, Citation c) {
    return new Group(start, end, List.of(c));
  }
}
