package org.courtorders.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.CourtOrder;
import org.junit.jupiter.api.Test;

/**
 * Docket numbers: juriscraper's component tests (district and bankruptcy), the "Case #:" lines of
 * its PACER district fixtures, and CourtListener's docket-number cleaning tests. Each number goes
 * into the caption of a minimal order of the right court; a vector passes when the order's case
 * number has the expected office, year, type, number and judge initials.
 */
class DocketNumberConformanceTest {
  /**
   * "1:20-cv-00061", "02-00017", "10-01083-8": optional office, two-digit year, optional type,
   * number.
   */
  private static final Pattern EXPECTED =
      Pattern.compile("(?:(\\d):)?(\\d{2})-(?:([A-Za-z0-9~]{1,5})-)?(\\d{3,6})(?=$|-)");

  @Test
  void juriscraperUnitTests() {
    Vectors v = Vectors.load("juriscraper-unit.tsv");
    Tally t = new Tally("juriscraper-unit", v);
    for (Map<String, String> row : v.rows) {
      String docket = row.get("docket");
      if (docket.matches(".*-[A-Za-z]+-[A-Za-z]+-[A-Za-z]+$")) {
        t.decline(
            docket,
            "three sets of initials (a three-judge court): we list all three, juriscraper keeps two fields");
        continue;
      }
      if ("P1".equals(row.get("assigned"))) {
        t.decline(docket, "S.D.N.Y. \"P1\" is Part I, the emergency part, not a judge's initials");
        continue;
      }
      if ("N/A".equals(row.get("assigned"))) {
        t.decline(
            docket,
            "\"N/A\" says no judge is assigned; we give no initials rather than the text N/A");
        continue;
      }
      boolean bankruptcy = row.get("test").equals("bankruptcy");
      String heading =
          bankruptcy
              ? "UNITED STATES BANKRUPTCY COURT\nDISTRICT OF ALASKA"
              : "UNITED STATES DISTRICT COURT\nDISTRICT OF ALASKA";
      CourtOrder o = Orders.withCaseNumber(heading, "Case No. " + docket);
      compare(t, docket, o, docket, row);
    }
    t.finish();
  }

  @Test
  void juriscraperPacerFixtures() {
    Vectors v = Vectors.load("juriscraper-pacer.tsv");
    Tally t = new Tally("juriscraper-pacer", v);
    for (Map<String, String> row : v.rows) {
      String fixture = row.get("fixture");
      String court = fixture.replaceAll("_.*", "");
      String id = fixture + ": " + row.get("caseline");
      if ("P1".equals(row.get("assigned"))) {
        t.decline(id, "S.D.N.Y. \"P1\" is Part I, the emergency part, not a judge's initials");
        continue;
      }
      if (court.equals("jpml")) {
        t.decline(
            id,
            "Judicial Panel on Multidistrict Litigation: not a district court, outside the library's scope");
        continue;
      }
      String heading = Courts.heading(court);
      if (heading == null) {
        t.decline(id, "bankruptcy court docket");
        continue;
      }
      CourtOrder o = Orders.withCaseNumber(heading, "Case No. " + row.get("caseline"));
      compare(t, id, o, row.get("docket"), row);
    }
    t.finish();
  }

  @Test
  void courtListener() {
    Vectors v = Vectors.load("courtlistener.tsv");
    Tally t = new Tally("courtlistener", v);
    for (Map<String, String> row : v.rows) {
      String in = row.get("input");
      String exp = row.get("expected");
      String fn = row.get("function");
      String id = fn + "(" + in + ") = " + exp;
      if (in.isEmpty()) {
        t.decline(id, "no input: nothing to adapt into an order");
        continue;
      }
      CourtOrder o =
          Orders.withCaseNumber(
              "UNITED STATES DISTRICT COURT\nDISTRICT OF ALASKA",
              in.matches("(?i)(case|civil action|nos?\\.).*") ? in : "Case No. " + in);
      List<CaseNumber> got = Orders.caseNumbers(o);
      List<String> cores = new ArrayList<>();
      for (CaseNumber n : got) {
        if (n.year().isPresent() && n.number().isPresent()) {
          cores.add(String.format(Locale.ROOT, "%02d-%d", n.year().get() % 100, n.number().get()));
        }
      }
      switch (fn) {
        case "is_docket_number" ->
            t.check(id, exp.equals("True") == !cores.isEmpty(), "got " + cores);
        case "make_docket_number_core", "clean_docket_number" -> {
          String expCore = fn.equals("make_docket_number_core") ? fromCore(exp) : core(exp);
          if (expCore.isEmpty() && in.matches(".*\\d{2}-.*,.*\\d{2}-.*")) {
            t.decline(
                id,
                "several numbers (or one repeated): CourtListener keeps none; an order filed in several cases"
                    + " lists each");
          } else if (expCore.isEmpty()) {
            t.check(id, cores.isEmpty(), "got " + cores);
          } else {
            t.check(id, cores.equals(List.of(expCore)), "got " + cores);
          }
        }
        default -> throw new IllegalStateException(fn);
      }
    }
    t.finish();
  }

  /** "7:17-cv-00426" → "17-426", "12-213" → "12-213": year and number. */
  private static String core(String cleaned) {
    if (cleaned.isEmpty()) {
      return "";
    }
    Matcher m = EXPECTED.matcher(cleaned);
    if (!m.find()) {
      throw new IllegalStateException(cleaned);
    }
    return m.group(2) + "-" + Integer.parseInt(m.group(4));
  }

  /**
   * CourtListener's core number: two-digit year, then five digits (district) or six (bankruptcy).
   */
  private static String fromCore(String core) {
    if (core.isEmpty()) {
      return "";
    }
    return core.substring(0, 2) + "-" + Integer.parseInt(core.substring(2));
  }

  private static void compare(
      Tally t, String id, CourtOrder o, String docket, Map<String, String> row) {
    Matcher m = EXPECTED.matcher(docket);
    if (!m.find()) {
      t.decline(id, "not a numbered docket (" + docket + ")");
      return;
    }
    int year = Integer.parseInt(m.group(2));
    int number = Integer.parseInt(m.group(4));
    Optional<CaseNumber> hit =
        Orders.caseNumbers(o).stream()
            .filter(n -> n.number().orElse(-1) == number && n.year().orElse(-1) % 100 == year)
            .findFirst();
    if (hit.isEmpty()) {
      t.fail(
          id,
          "number not read; got " + Orders.caseNumbers(o).stream().map(CaseNumber::text).toList());
      return;
    }
    CaseNumber n = hit.get();
    List<String> problems = new ArrayList<>();
    String office = row.get("office");
    String gotOffice = n.office().map(String::valueOf).orElse("");
    if (!office.equals(gotOffice)) {
      problems.add("office " + gotOffice + " not " + office);
    }
    String type = row.get("type").toLowerCase(Locale.ROOT);
    String gotType = n.type().orElse("");
    if (!type.equals(gotType)) {
      problems.add("type " + gotType + " not " + type);
    }
    List<String> initials = new ArrayList<>();
    for (String k : List.of("assigned", "referred")) {
      if (!row.get(k).isEmpty()) {
        initials.add(row.get(k));
      }
    }
    if (!n.judgeInitials().equals(initials)) {
      problems.add("initials " + n.judgeInitials() + " not " + initials);
    }
    t.check(id, problems.isEmpty(), String.join("; ", problems));
  }
}
