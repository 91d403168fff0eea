package org.courtorders.parser.internal.date;

import org.junit.jupiter.api.Test;

/** Hostile inputs that would make a backtracking matcher blow up; each must scan in linear time. */
class PathologicalInputTest {
  private static final int MB = 1 << 20;

  private static String repeat(String unit) {
    StringBuilder b = new StringBuilder(MB + unit.length());
    while (b.length() < MB) {
      b.append(unit);
    }
    return b.toString();
  }

  private static void scanAll(String s) {
    new DateRecognizer().find(s);
    new PeriodRecognizer().find(s);
    new DatelessRecognizer().find(s);
  }

  @Test
  void digitsAndSlashes() {
    StringBuilder b = new StringBuilder(MB);
    java.util.Random r = new java.util.Random(42);
    while (b.length() < MB) {
      b.append(r.nextInt(10) < 7 ? (char) ('0' + r.nextInt(10)) : '/');
    }
    scanAll(b.toString());
  }

  @Test
  void datesWithoutEnd() {
    scanAll(repeat("1/1/1"));
  }

  @Test
  void julyJuly() {
    scanAll(repeat("July July "));
  }

  @Test
  void spaces() {
    scanAll(repeat(" "));
  }

  @Test
  void oneLongDigitRun() {
    scanAll(repeat("9"));
  }

  @Test
  void withinWithin() {
    scanAll(repeat("within fourteen (14) "));
  }
}
