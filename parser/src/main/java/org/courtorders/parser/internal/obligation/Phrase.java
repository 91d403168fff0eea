package org.courtorders.parser.internal.obligation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the phrase book: a small bounded pattern, what it means, where the rule comes from
 * and the examples it must match (checked by {@code PhraseBookTest}, after libphonenumber's {@code
 * ExampleNumbersTest}).
 *
 * @param id stable identifier, "modal.shall"
 * @param category what the phrase marks
 * @param pattern compiled pattern; case-insensitive unless the entry says otherwise
 * @param value the enum constant name the phrase stands for (may be empty)
 * @param measure for IMPOSE entries, the measure the phrase itself implies (may be empty)
 * @param actorAfter for MODAL entries, whether the actor follows the cue ("ORDERS X to")
 * @param criminalOnly for ACTOR entries, whether the phrase names a side only in a criminal case
 * @param conditional for THREAT entries, whether the phrase counts only in a sentence that states a
 *     condition of non-compliance (a CONDITION phrase): "the Court will unseal" is a consequence
 *     only after "if plaintiff does not refile"
 * @param source where the rule comes from
 * @param examples texts the pattern must find a match in
 * @param cues lower-case words of three or more letters, one of which every match contains, or
 *     empty: the pattern is tried only on text that holds one, so a clause is not scanned by every
 *     regular expression
 */
record Phrase(
    String id,
    Category category,
    Pattern pattern,
    List<String> cues,
    String value,
    String measure,
    boolean actorAfter,
    boolean criminalOnly,
    boolean conditional,
    String source,
    List<String> examples) {

  /** What a phrase marks. */
  enum Category {
    MODAL,
    RECOUNT,
    REMINDER,
    DISPOSITION,
    THREAT,
    IMPOSE,
    MEASURE,
    ACTOR,
    PROCEEDING,
    MANNER,
    DATE_CUE,
    /** An order to show cause in the court's present voice; group {@code who} names the person. */
    SHOW_CAUSE,
    /** An earlier order to show cause recounted ("the order directing counsel to show cause"). */
    SHOW_CAUSE_RECOUNT,
    /** A condition of non-compliance ("if plaintiff fails to", "absent a request"). */
    CONDITION,
    /** A sentence pointing forward to a threat spelled out later ("as described below"). */
    PREVIEW
  }
}
