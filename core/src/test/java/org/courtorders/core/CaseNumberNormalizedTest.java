package org.courtorders.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link CaseNumber#normalized()}: {@code yy-type-number}, two-digit year, no leading zeros. */
class CaseNumberNormalizedTest {
  private static CaseNumber of(int year, String type, int number) {
    return new CaseNumber.Builder()
        .text(year + "-" + type + "-" + number)
        .year(year)
        .type(type)
        .number(number)
        .span(TextSpan.of(0, 12))
        .build();
  }

  @Test
  void examples() {
    assertEquals(Optional.of("23-cv-48"), of(2023, "cv", 48).normalized());
    assertEquals(Optional.of("03-cr-7"), of(2003, "cr", 7).normalized());
    assertEquals(Optional.of("00-mc-100"), of(2000, "mc", 100).normalized());
    assertEquals(Optional.of("99-cv-1"), of(1999, "cv", 1).normalized());
  }

  @Test
  void anUnknownPartHasNoNormalForm() {
    CaseNumber n =
        new CaseNumber.Builder()
            .text("1:23-cv")
            .year(2023)
            .type("cv")
            .span(TextSpan.of(0, 7))
            .build();
    assertEquals(Optional.empty(), n.normalized());
  }

  /** The same text as the format it replaced, in the root locale (ASCII digits). */
  @Property(tries = 300)
  void sameAsTheFormat(
      @ForAll @IntRange(min = 0, max = 2999) int year,
      @ForAll @IntRange(min = 0, max = 999_999) int number) {
    assertEquals(
        Optional.of(String.format(java.util.Locale.ROOT, "%02d-%s-%d", year % 100, "cv", number)),
        of(year, "cv", number).normalized());
  }
}
