package org.courtorders.parser.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** STYLE.md property 4: a rendered date embedded in text comes back exactly, with its offsets. */
class DateRoundTripProperties {
  private static final DateRecognizer DATES = new DateRecognizer();
  private static final String[] ORDINAL = {"th", "st", "nd", "rd"};

  @Property(tries = 1000)
  void renderedDatesComeBack(
      @ForAll("dates") LocalDate date,
      @ForAll("renderings") int form,
      @ForAll("prose") String before,
      @ForAll("prose") String after) {
    String rendered = render(date, form);
    String text = before + rendered + after;
    List<DateMention> found = DATES.find(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    DateMention m = found.get(0);
    assertEquals(Optional.of(date), m.date(), text);
    assertEquals(before.length(), m.start(), text);
    assertEquals(before.length() + rendered.length(), m.end(), text);
  }

  static String render(LocalDate d, int form) {
    switch (form) {
      case 0:
        return DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US).format(d);
      case 1:
        return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
      case 2:
        return DateTimeFormatter.ofPattern("MM/dd/yy", Locale.US).format(d);
      case 3:
        return d.toString();
      default:
        int day = d.getDayOfMonth();
        String suffix =
            day % 100 >= 11 && day % 100 <= 13 ? "th" : ORDINAL[day % 10 < 4 ? day % 10 : 0];
        return day
            + suffix
            + " day of "
            + DateTimeFormatter.ofPattern("MMMM, uuuu", Locale.US).format(d);
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    LocalDate from = LocalDate.of(1990, 1, 1);
    return Arbitraries.longs()
        .between(0, from.until(LocalDate.of(2040, 12, 31)).toTotalMonths() * 31)
        .map(from::plusDays)
        .filter(d -> d.getYear() <= 2040);
  }

  @Provide
  Arbitrary<Integer> renderings() {
    return Arbitraries.integers().between(0, 4);
  }

  /** Sentence-like text that ends or starts at a word boundary; no capitals, so no month names. */
  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
            Arbitraries.of(
                "the", "this", "on", "by", "of", "day", "within", "filed", "dkt.", "no.", "(", ")",
                ",", ";", "\n"));
    return word.list()
        .ofMaxSize(12)
        .map(ws -> String.join(" ", ws))
        .map(s -> s.isEmpty() ? "" : " " + s + " ");
  }
}
