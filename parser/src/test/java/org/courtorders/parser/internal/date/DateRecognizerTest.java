package org.courtorders.parser.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {
  private static final DateRecognizer DATES = new DateRecognizer();

  private static DateMention only(String text) {
    List<DateMention> found = DATES.find(text);
    assertEquals(1, found.size(), () -> "in \"" + text + "\": " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # sentence                                            | quoted             | date
      The conference is on July 17, 2023.                    | July 17, 2023      | 2023-07-17
      Filed Jan 5, 2024 by counsel                           | Jan 5, 2024        | 2024-01-05
      Filed Jan. 5, 2024 by counsel                          | Jan. 5, 2024       | 2024-01-05
      due Sept. 1, 2022 at the latest                        | Sept. 1, 2022      | 2022-09-01
      due February 19th, 2021.                               | February 19th, 2021 | 2021-02-19
      SO ORDERED this 26th day of February, 2026.            | 26th day of February, 2026 | 2026-02-26
      Dated the 17th day of July, 2023                       | 17th day of July, 2023 | 2023-07-17
      on the seventeenth day of July, 2023                   | seventeenth day of July, 2023 | 2023-07-17
      this twenty-sixth day of February, 2026                | twenty-sixth day of February, 2026 | 2026-02-26
      the thirty-first day of May 2024                       | thirty-first day of May 2024 | 2024-05-31
      hearing held 17 July 2023 in Part 1                    | 17 July 2023       | 2023-07-17
      entered 7/17/23 on the docket                          | 7/17/23            | 2023-07-17
      entered 07/17/2023 on the docket                       | 07/17/2023         | 2023-07-17
      entered 2023-07-17 on the docket                       | 2023-07-17         | 2023-07-17
      entered 10-13-2023 on the docket                       | 10-13-2023         | 2023-10-13
      (filed 12/31/99)                                       | 12/31/99           | 1999-12-31
      MAY 5, 2023                                            | MAY 5, 2023        | 2023-05-05
      """)
  void recognizesFullDates(String sentence, String quoted, LocalDate date) {
    DateMention m = only(sentence);
    assertEquals(quoted, m.text(sentence));
    assertEquals(Optional.of(date), m.date());
    assertEquals(DateMention.Kind.DATE, m.kind());
    assertFalse(m.has(DateMention.Flag.YEAR_ABSENT));
  }

  @Test
  void dateAcrossALineBreak() {
    String s = "no later than July\n17, 2023, the parties";
    DateMention m = only(s);
    assertEquals("July\n17, 2023", m.text(s));
    assertEquals(Optional.of(LocalDate.of(2023, 7, 17)), m.date());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      by July 17th, the parties     | July 17th | 7 | 17
      by July 17 the parties        | July 17   | 7 | 17
      by Sept. 1 the parties        | Sept. 1   | 9 | 1
      by Sept 1 the parties         | Sept 1    | 9 | 1
      on the 3rd day of March       | 3rd day of March | 3 | 3
      """)
  void yearlessDatesSayTheYearIsAbsent(String sentence, String quoted, int month, int day) {
    DateMention m = only(sentence);
    assertEquals(quoted, m.text(sentence));
    assertTrue(m.has(DateMention.Flag.YEAR_ABSENT));
    assertFalse(m.yearPresent());
    assertEquals(Optional.empty(), m.date());
    assertEquals(month, m.month());
    assertEquals(day, m.day());
  }

  @Test
  void weekdayIsRecordedAndAMismatchFlaggedNotFixed() {
    String ok = "on Friday, February 19, 2021, the Court";
    DateMention m = only(ok);
    assertEquals("Friday, February 19, 2021", m.text(ok));
    assertEquals(Optional.of(DayOfWeek.FRIDAY), m.weekday());
    assertFalse(m.has(DateMention.Flag.WEEKDAY_MISMATCH));

    String wrong = "on Thursday, February 19, 2021, the Court";
    DateMention w = only(wrong);
    assertEquals(Optional.of(DayOfWeek.THURSDAY), w.weekday());
    assertTrue(w.has(DateMention.Flag.WEEKDAY_MISMATCH));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 19)), w.date());
  }

  @Test
  void monthYearIsNotAFullDate() {
    String s = "In February 2021, Plaintiff moved";
    DateMention m = only(s);
    assertEquals("February 2021", m.text(s));
    assertEquals(DateMention.Kind.MONTH_YEAR, m.kind());
    assertEquals(2, m.month());
    assertEquals(2021, m.year());
    assertEquals(0, m.day());
    assertEquals(Optional.empty(), m.date());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      by February 30, 2021 | February 30, 2021
      by 2/29/2023 at the latest | 2/29/2023
      by April 31 the parties | April 31
      """)
  void invalidDatesAreFlaggedNotThrown(String sentence, String quoted) {
    DateMention m = only(sentence);
    assertEquals(quoted, m.text(sentence));
    assertTrue(m.has(DateMention.Flag.INVALID_DATE));
    assertEquals(Optional.empty(), m.date());
  }

  @Test
  void februaryTwentyNinthWithoutYearIsNotInvalid() {
    DateMention m = only("by February 29 the parties");
    assertFalse(m.has(DateMention.Flag.INVALID_DATE));
    assertEquals(
        Optional.of(LocalDate.of(2024, 2, 29)),
        DateRecognizer.resolveYear(m, LocalDate.of(2023, 11, 1), YearPolicy.FORWARD));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Call chambers at 212-465-1180.",
        "Case No. 18-cv-4476 (LJL) (JW)",
        "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24x Page 1 of 2",
        "See Dkt. No. 564 at 13.",
        "Page 1 of 2",
        "a 7/7 split",
        "In 2023 the parties met.",
        "the parties may 5 times confer",
        "24/7/365 support",
        "Tel. (212) 805-0100",
        "the 1/2/3/4 sequence",
        "version 1.2.3",
        "ECF No. 12-1, at 3",
        "13/07/2023",
        "No. 2023-1234",
        "Dated: March\n\n\n1\nThe parties",
      })
  void notDates(String text) {
    assertEquals(List.of(), DATES.find(text), text);
  }

  @Test
  void stampDateIsFoundWithoutItsNeighbors() {
    String s = "Case 1:18-cv-04476-LJL-JW Document 565 Filed 06/28/24 Page 1 of 2";
    DateMention m = only(s);
    assertEquals("06/28/24", m.text(s));
    assertEquals(Optional.of(LocalDate.of(2024, 6, 28)), m.date());
    assertTrue(m.has(DateMention.Flag.TWO_DIGIT_YEAR));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      at 2:00 p.m. the Court       | 2:00 p.m.  | 14:00 |
      at 2 p.m. the Court          | 2 p.m.     | 14:00 |
      at 2pm the Court             | 2pm        | 14:00 |
      at noon the Court            | noon       | 12:00 |
      at 12:00 noon the Court      | 12:00 noon | 12:00 |
      by 5:00 PM ET the parties    | 5:00 PM ET | 17:00 | ET
      by 11:59 p.m. the parties    | 11:59 p.m. | 23:59 |
      at 10:30 a.m. the Court      | 10:30 a.m. | 10:30 |
      at 12:15 a.m. the Court      | 12:15 a.m. | 00:15 |
      at 14:00 the Court           | 14:00      | 14:00 |
      """)
  void timesAlone(String sentence, String quoted, LocalTime time, String zone) {
    DateMention m = only(sentence);
    assertEquals(DateMention.Kind.TIME, m.kind());
    assertEquals(quoted, m.text(sentence));
    assertEquals(Optional.of(time), m.time());
    assertEquals(Optional.ofNullable(zone), m.zone());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      conference on February 19, 2021 at 2:00 p.m. in Courtroom 5 | February 19, 2021 at 2:00 p.m. | 14:00
      conference on February 19, 2021, at 2:00 p.m. in Courtroom 5 | February 19, 2021, at 2:00 p.m. | 14:00
      conference at 2:00 p.m. on February 19, 2021 in Courtroom 5 | 2:00 p.m. on February 19, 2021 | 14:00
      due by 5:00 PM ET on July 5, 2024.                         | 5:00 PM ET on July 5, 2024 | 17:00
      due July 5, 2024 at noon.                                  | July 5, 2024 at noon | 12:00
      on Friday, February 19, 2021 at 10:30 a.m., counsel        | Friday, February 19, 2021 at 10:30 a.m. | 10:30
      """)
  void timesAttachToAdjacentDates(String sentence, String quoted, LocalTime time) {
    DateMention m = only(sentence);
    assertEquals(DateMention.Kind.DATE, m.kind());
    assertEquals(quoted, m.text(sentence));
    assertEquals(Optional.of(time), m.time());
  }

  @Test
  void timeNotNextToADateStaysAlone() {
    List<DateMention> found =
        DATES.find("on July 5, 2024. The Court will call at 2:00 p.m. sharp.");
    assertEquals(2, found.size());
    assertEquals(Optional.empty(), found.get(0).time());
    assertEquals(DateMention.Kind.TIME, found.get(1).kind());
  }

  @Test
  void offsetsAreIntoTheWholeTextWithinTheRegion() {
    String s = "July 1, 2020. Then by July 17, 2023 file. And August 2, 2024.";
    int from = s.indexOf("Then");
    int to = s.indexOf("And");
    List<DateMention> found = DATES.find(s, from, to);
    assertEquals(1, found.size());
    assertEquals("July 17, 2023", found.get(0).text(s));
    assertEquals(s.indexOf("July 17"), found.get(0).start());
  }

  @Test
  void severalDatesInOrder() {
    String s = "Opposition by 7/1/2024; reply by July 8, 2024; conference 2024-07-15.";
    List<LocalDate> dates = DATES.find(s).stream().map(m -> m.date().orElseThrow()).toList();
    assertEquals(
        List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 15)),
        dates);
  }

  @Test
  void resolveYearForwardRollsIntoNextYear() {
    DateMention jan5 = only("by January 5 the parties");
    LocalDate december = LocalDate.of(2023, 12, 18);
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 5)),
        DateRecognizer.resolveYear(jan5, december, YearPolicy.FORWARD));
    assertEquals(
        Optional.of(LocalDate.of(2024, 1, 5)),
        DateRecognizer.resolveYear(jan5, december, YearPolicy.NEAREST));
  }

  @Test
  void resolveYearNearestKeepsRecentPastDates() {
    DateMention march3 = only("the conference held on March 3 went well");
    LocalDate anchor = LocalDate.of(2024, 3, 20);
    assertEquals(
        Optional.of(LocalDate.of(2024, 3, 3)),
        DateRecognizer.resolveYear(march3, anchor, YearPolicy.NEAREST));
    assertEquals(
        Optional.of(LocalDate.of(2025, 3, 3)),
        DateRecognizer.resolveYear(march3, anchor, YearPolicy.FORWARD));
    DateMention dec20 = only("on December 20 the parties");
    assertEquals(
        Optional.of(LocalDate.of(2023, 12, 20)),
        DateRecognizer.resolveYear(dec20, LocalDate.of(2024, 1, 10), YearPolicy.NEAREST));
  }

  @Test
  void resolveYearLeavesWrittenYearsAndMonthYearsAlone() {
    LocalDate anchor = LocalDate.of(2030, 1, 1);
    assertEquals(
        Optional.of(LocalDate.of(2021, 2, 19)),
        DateRecognizer.resolveYear(only("February 19, 2021"), anchor, YearPolicy.FORWARD));
    assertEquals(
        Optional.empty(),
        DateRecognizer.resolveYear(only("February 2021"), anchor, YearPolicy.FORWARD));
    assertEquals(
        Optional.empty(),
        DateRecognizer.resolveYear(only("February 30"), anchor, YearPolicy.FORWARD));
  }
}
