package org.courtorders.parser.internal.date;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void digitsAndSlashes() {
    StringBuilder b = new StringBuilder(MB);
    java.util.Random r = new java.util.Random(42);
    while (b.length() < MB) {
      b.append(r.nextInt(10) < 7 ? (char) ('0' + r.nextInt(10)) : '/');
    }
    scanAll(b.toString());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void datesWithoutEnd() {
    scanAll(repeat("1/1/1"));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void julyJuly() {
    scanAll(repeat("July July "));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void spaces() {
    scanAll(repeat(" "));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void oneLongDigitRun() {
    scanAll(repeat("9"));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void withinWithin() {
    scanAll(repeat("within fourteen (14) "));
  }
}
