package org.courtorders.parser.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A court-specific cue: a pattern, what it means, the rule or practice it comes from, examples it
 * must match (as libphonenumber keeps an example number with every pattern), and how the parser
 * uses it.
 *
 * @param id stable identifier ("nysd.conferral.realTime")
 * @param regex a Java regular expression, linear-time: no nested quantifiers over free text
 * @param meaning what a match tells the reader, in plain words
 * @param source the rule or practice document, with its revision where known
 * @param examples texts the pattern must find; at least one
 * @param use how the parser reads it: {@link Use#CHECK} (the court's own checks only) or a cue the
 *     parser's readers add to their phrase book for orders of this court
 * @since 0.1.0
 */
public record CourtPhrase(
    String id, String regex, String meaning, String source, List<String> examples, Use use) {
  /**
   * How the parser uses a court phrase. Every use but {@link #CHECK} adds the phrase to the phrase
   * book the obligation readers consult, for orders of this court only.
   *
   * @since 0.1.0
   */
  public enum Use {
    /** Read only by the court plug-in's own checks. */
    CHECK,
    /** A modal that makes a clause an obligation ("is hereby directed to"). */
    MODAL,
    /** Words that make the date after them a due date ("no later than"). */
    DATE_CUE,
    /** A recounted earlier order, not a new obligation ("the Court previously ordered"). */
    RECOUNT,
    /**
     * A reminder of a standing obligation, not a new one ("attention is directed to Local Rule").
     */
    REMINDER,
    /** A warning of consequences ("failure to comply may result in"). */
    THREAT
  }

  public CourtPhrase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(use, "use");
    examples = List.copyOf(examples);
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("phrase " + id + " needs at least one example");
    }
    Pattern.compile(regex); // fail fast on a bad pattern
  }

  /** A phrase for the court's own checks ({@link Use#CHECK}). */
  public CourtPhrase(
      String id, String regex, String meaning, String source, List<String> examples) {
    this(id, regex, meaning, source, examples, Use.CHECK);
  }

  /** The compiled pattern, case-insensitive. */
  public Pattern pattern() {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
