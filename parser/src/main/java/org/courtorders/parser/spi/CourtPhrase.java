package org.courtorders.parser.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A court-specific cue: a pattern, what it means, the rule or practice it comes from, and
 * examples it must match (as libphonenumber keeps an example number with every pattern).
 *
 * @param id stable identifier ("nysd.conferral.realTime")
 * @param regex a Java regular expression, linear-time: no nested quantifiers over free text
 * @param meaning what a match tells the reader, in plain words
 * @param source the rule or practice document, with its revision where known
 * @param examples texts the pattern must find; at least one
 * @since 0.1.0
 */
public record CourtPhrase(String id, String regex, String meaning, String source, List<String> examples) {
  public CourtPhrase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(source, "source");
    examples = List.copyOf(examples);
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("phrase " + id + " needs at least one example");
    }
    Pattern.compile(regex); // fail fast on a bad pattern
  }

  /** The compiled pattern, case-insensitive. */
  public Pattern pattern() {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
