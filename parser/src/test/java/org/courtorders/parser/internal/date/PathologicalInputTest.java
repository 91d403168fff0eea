package org.courtorders.parser.internal.date;

import org.courtorders.parser.testing.LinearTime;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs that would make a backtracking matcher blow up; each must scan in linear time,
 * shown by the time per character at 4 MB against 1 MB in one run ({@link LinearTime}), never by a
 * wall-clock limit.
 */
class PathologicalInputTest {
  private static final int MB = 1 << 20;

  private static void scanRepeated(String unit) {
    LinearTime.assertLinear(n -> LinearTime.repeat(unit, n), MB, PathologicalInputTest::scanAll);
  }

  private static void scanAll(String s) {
    new DateRecognizer().find(s);
    new PeriodRecognizer().find(s);
    new DatelessRecognizer().find(s);
  }

  @Test
  void digitsAndSlashes() {
    LinearTime.assertLinear(
        n -> {
          StringBuilder b = new StringBuilder(n);
          java.util.Random r = new java.util.Random(42);
          while (b.length() < n) {
            b.append(r.nextInt(10) < 7 ? (char) ('0' + r.nextInt(10)) : '/');
          }
          return b.toString();
        },
        MB,
        PathologicalInputTest::scanAll);
  }

  @Test
  void datesWithoutEnd() {
    scanRepeated("1/1/1");
  }

  @Test
  void julyJuly() {
    scanRepeated("July July ");
  }

  @Test
  void spaces() {
    scanRepeated(" ");
  }

  @Test
  void oneLongDigitRun() {
    scanRepeated("9");
  }

  @Test
  void withinWithin() {
    scanRepeated("within fourteen (14) ");
  }
}
