package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A docket number as printed ("18-cv-4476 (LJL) (JW)", "1:23-cv-00048-GWG", "No. 20 Civ. 8607 (JMF)
 * (BCM)"), split into its parts. {@code year} has four digits.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseNumber.class)
@JsonDeserialize(as = ImmutableCaseNumber.class)
@JsonPropertyOrder({
  "text",
  "office",
  "year",
  "type",
  "number",
  "judgeInitials",
  "normalized",
  "span"
})
public interface CaseNumber extends Quoting {
  /** The divisional office digit before the colon ("1:" is Manhattan in S.D.N.Y.). */
  Optional<Integer> office();

  Optional<Integer> year();

  /** Lower-case type: {@code cv}, {@code cr}, {@code mc}, {@code mj}, ... */
  Optional<String> type();

  Optional<Integer> number();

  /** Judge initials attached to the number, in order. */
  List<String> judgeInitials();

  /** {@code yy-type-number} without leading zeros ("23-cv-48"), when all three are known. */
  @Value.Derived
  default Optional<String> normalized() {
    if (year().isEmpty() || type().isEmpty() || number().isEmpty()) {
      return Optional.empty();
    }
    int yy = year().get() % 100;
    // what String.format("%02d-%s-%d", ...) gave, without parsing a format for every case number
    // (issue #13: the format was 2 % of a whole parse)
    return Optional.of(
        (yy >= 0 && yy < 10 ? "0" : "") + yy + "-" + type().get() + "-" + number().get());
  }

  class Builder extends ImmutableCaseNumber.Builder {}
}
