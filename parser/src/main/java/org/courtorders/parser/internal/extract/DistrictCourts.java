package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.data.DataFile;

/**
 * The 94 United States district courts, read from the versioned resource {@code
 * district-courts.json}: id, name, the heading orders print, the Bluebook abbreviation, and for
 * some courts the courthouse addresses that identify them.
 */
public final class DistrictCourts {
  /** A district court. */
  public record Entry(String id, String name, String heading, String abbreviation, List<String> places,
      List<String> cities) {
    /** The state or territory as the heading names it: "NEW YORK", "COLUMBIA", "THE VIRGIN ISLANDS". */
    public String state() {
      int at = heading.indexOf("DISTRICT OF ");
      return at < 0 ? heading : heading.substring(at + "DISTRICT OF ".length());
    }

    /** The heading's direction letter ('N', 'S', 'E', 'W', 'M', 'C'), or 0 for a state's only district. */
    public char direction() {
      return heading.startsWith("DISTRICT OF ") ? 0 : heading.charAt(0);
    }

    /** "S.D. New York": the form Westlaw and casetext headers print. */
    public String shortForm() {
      String h = heading;
      String prefix;
      if (h.startsWith("DISTRICT OF ")) {
        prefix = "D. ";
        h = h.substring("DISTRICT OF ".length());
      } else {
        int sp = h.indexOf(' ');
        prefix = h.charAt(0) + ".D. ";
        h = h.substring(h.indexOf("DISTRICT OF ") + "DISTRICT OF ".length());
        if (sp < 0) {
          return heading;
        }
      }
      return prefix + titleCase(h);
    }
  }

  private static final List<Entry> ALL = load();

  private DistrictCourts() {}

  public static List<Entry> all() {
    return ALL;
  }

  static String titleCase(String upper) {
    StringBuilder sb = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return sb.toString().replace(" Of ", " of ").replace(" The ", " the ");
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    for (DataFile.Entry c : DataFile.load(DistrictCourts.class, "/org/courtorders/parser/internal/court/district-courts.json")
        .entries()) {
      out.add(new Entry(c.text("id"), c.text("name"), c.text("heading"), c.text("abbreviation"), c.texts("places"),
          c.texts("cities")));
    }
    return List.copyOf(out);
  }
}
