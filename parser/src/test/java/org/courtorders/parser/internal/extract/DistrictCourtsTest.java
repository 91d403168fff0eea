package org.courtorders.parser.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every court in district-courts.json is found from each of its own examples, as libphonenumber
 * tests its regions.
 */
class DistrictCourtsTest {
  private static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  static Stream<DistrictCourts.Entry> courts() {
    return DistrictCourts.all().stream();
  }

  @Test
  void holdsAll94DistrictCourtsOnce() {
    List<DistrictCourts.Entry> all = DistrictCourts.all();
    assertEquals(94, all.size());
    Set<String> ids = new HashSet<>();
    all.forEach(e -> assertEquals(true, ids.add(e.id()), e.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("courts")
  void everyExampleNamesItsCourt(DistrictCourts.Entry court) {
    for (String example :
        List.of(
            "UNITED STATES DISTRICT COURT\n" + court.heading(),
            "United States District Court, " + court.shortForm() + "\nJan 5, 2024",
            "The hearing will be held at the United States District Court for the "
                + titleCase(court.heading())
                + ".")) {
      CourtOrder order = PARSER.parse(example + "\n\nORDER\n");
      assertEquals(court.id(), order.court().map(c -> c.id()).orElse(null), example);
      assertEquals(court.name(), order.requireCourt().name());
    }
  }

  @Test
  void citationsToOtherCourtsDoNotNameThisCourt() {
    CourtOrder order =
        PARSER.parse(
            "ORDER\n\nSee Smith v. Jones, 123 F. Supp. 3d 456 (S.D.N.Y. 2015); "
                + "Doe v. Roe, 2020 WL 1 (N.D. Cal. 2020).\n");
    assertFalse(order.court().isPresent());
  }

  @Test
  void courtWebDomainsNameTheirCourt() {
    assertEquals(
        "cand", PARSER.parse("ORDER\nSee https://cand.uscourts.gov/judges.\n").requireCourt().id());
  }

  private static String titleCase(String heading) {
    return DistrictCourts.titleCase(heading);
  }
}
