package org.courtorders.parser.internal.cite;

import java.util.List;

/**
 * One case-law reporter from {@code reporters.json}.
 *
 * @param abbreviation the standard abbreviation ("F. Supp. 2d")
 * @param name the reporter's full name
 * @param volumeIsYear whether the "volume" is a year (WL, LEXIS)
 * @param variants other spellings seen in orders
 * @param source where the abbreviation and variants come from
 * @param example a citation that must parse to this reporter
 */
record Reporter(
    String abbreviation,
    String name,
    boolean volumeIsYear,
    List<String> variants,
    String source,
    String example) {
  Reporter {
    variants = List.copyOf(variants);
  }
}
