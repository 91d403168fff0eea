package org.courtorders.parser.internal.cite;

import java.util.List;
import org.courtorders.parser.internal.text.NormalizedText;

/** One kind of citation: scans the whole normalized text once, left to right. */
interface Recognizer {
  /** Every group found, in any order; must run in time linear in the text. */
  List<Group> find(NormalizedText text);
}
