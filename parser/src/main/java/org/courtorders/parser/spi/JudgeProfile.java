package org.courtorders.parser.spi;

import java.util.Objects;
import org.courtorders.core.JudgeTitle;

/**
 * One judge on a court's roster: the initials the court's case numbers carry, the name, the office,
 * and where the row's facts come from.
 *
 * @param initials case-number initials ("GWG")
 * @param name full name in natural case ("Gabriel W. Gorenstein")
 * @param title office
 * @param status "active", "senior", "former", as the source says
 * @param source where the row was verified, or a mark saying it was not ("UNVERIFIED: ...")
 * @param verified whether the initials are verified against a source that shows them with the name
 * @since 0.1.0
 */
public record JudgeProfile(
    String initials,
    String name,
    JudgeTitle title,
    String status,
    String source,
    boolean verified) {

  public JudgeProfile {
    Objects.requireNonNull(initials, "initials");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (initials.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("a judge needs initials and a name");
    }
  }

  /** The last word of the name, without a generational suffix. */
  public String lastName() {
    String[] words = name.replace(",", "").split("\\s+");
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i].replace(".", "");
      if (!w.equalsIgnoreCase("Jr") && !w.equalsIgnoreCase("Sr") && !w.matches("(?i)I{1,3}|IV")) {
        return words[i];
      }
    }
    return words[words.length - 1];
  }

  /** Whether the judge no longer sits on the court. */
  public boolean former() {
    return status.toLowerCase(java.util.Locale.ROOT).startsWith("former");
  }
}
