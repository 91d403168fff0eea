package org.courtorders.conformance;

import java.util.Map;

/** The heading an order of a district court prints, by court id, for the fixtures' courts. */
final class Courts {
  private static final Map<String, String> DIRECTIONS =
      Map.of(
          "n",
          "NORTHERN",
          "s",
          "SOUTHERN",
          "e",
          "EASTERN",
          "w",
          "WESTERN",
          "m",
          "MIDDLE",
          "c",
          "CENTRAL");
  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("ak", "ALASKA"),
          Map.entry("al", "ALABAMA"),
          Map.entry("az", "ARIZONA"),
          Map.entry("ca", "CALIFORNIA"),
          Map.entry("dc", "COLUMBIA"),
          Map.entry("de", "DELAWARE"),
          Map.entry("ga", "GEORGIA"),
          Map.entry("hi", "HAWAII"),
          Map.entry("il", "ILLINOIS"),
          Map.entry("la", "LOUISIANA"),
          Map.entry("ma", "MASSACHUSETTS"),
          Map.entry("mo", "MISSOURI"),
          Map.entry("nc", "NORTH CAROLINA"),
          Map.entry("ne", "NEBRASKA"),
          Map.entry("nj", "NEW JERSEY"),
          Map.entry("nv", "NEVADA"),
          Map.entry("ny", "NEW YORK"),
          Map.entry("pa", "PENNSYLVANIA"),
          Map.entry("tx", "TEXAS"),
          Map.entry("ut", "UTAH"),
          Map.entry("va", "VIRGINIA"),
          Map.entry("wa", "WASHINGTON"));

  private Courts() {}

  /**
   * "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK" for nysd; null for a bankruptcy
   * court.
   */
  static String heading(String id) {
    if (id.length() < 3 || id.endsWith("b")) {
      return null;
    }
    String state = STATES.get(id.substring(0, 2));
    if (state == null) {
      throw new IllegalArgumentException("no state for " + id);
    }
    String rest = id.substring(2);
    String district =
        rest.equals("d") ? "DISTRICT OF " : DIRECTIONS.get(rest.substring(0, 1)) + " DISTRICT OF ";
    if (id.equals("dcd")) {
      district = "DISTRICT OF ";
      state = "COLUMBIA";
    }
    return "UNITED STATES DISTRICT COURT\n" + district + state;
  }
}
