package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.data.DataFile;

/**
 * The 94 United States district courts, read from the versioned resource {@code
 * district-courts.json}: id, name, the heading orders print, the Bluebook abbreviation, and for
 * some courts the courthouses that identify them (a street address with its city, or a name only
 * that courthouse bears), each with the page it was checked against.
 */
public final class DistrictCourts {
  /** A district court. */
  public record Entry(
      String id,
      String name,
      String heading,
      String abbreviation,
      List<Place> places,
      List<String> cities) {
    /**
     * The state or territory as the heading names it: "NEW YORK", "COLUMBIA", "THE VIRGIN ISLANDS".
     */
    public String state() {
      int at = heading.indexOf("DISTRICT OF ");
      return at < 0 ? heading : heading.substring(at + "DISTRICT OF ".length());
    }

    /**
     * The heading's direction letter ('N', 'S', 'E', 'W', 'M', 'C'), or 0 for a state's only
     * district.
     */
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

  /**
   * A courthouse of the court: either a street address ({@code street}, "500 Pearl Street") with
   * the city it is in ({@code city}, "New York"), or a {@code name} no other building bears
   * ("Thurgood Marshall United States Courthouse"); {@code source} is the page it was checked
   * against. A street alone names no court: "601 Market Street" is in Philadelphia and in San
   * Francisco.
   */
  public record Place(String street, String city, String name, String source) {
    public Place {
      boolean address = !street.isBlank() && !city.isBlank() && name.isBlank();
      boolean named = street.isBlank() && city.isBlank() && !name.isBlank();
      if (!address && !named) {
        throw new IllegalArgumentException(
            "a place is a street with its city, or a name: " + street + "|" + city + "|" + name);
      }
      if (source.isBlank()) {
        throw new IllegalArgumentException("a place needs its source: " + street + name);
      }
    }

    /** Whether this is a street address (else a name). */
    public boolean isAddress() {
      return !street.isBlank();
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
    for (DataFile.Entry c :
        DataFile.load(
                DistrictCourts.class, "/org/courtorders/parser/internal/court/district-courts.json")
            .entries()) {
      List<Place> places = new ArrayList<>();
      for (DataFile.Entry p : c.objects("places")) {
        try {
          places.add(
              new Place(
                  p.optionalText("street").orElse(""),
                  p.optionalText("city").orElse(""),
                  p.optionalText("name").orElse(""),
                  p.optionalText("source").orElse("")));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(p.where() + ": " + e.getMessage(), e);
        }
      }
      out.add(
          new Entry(
              c.text("id"),
              c.text("name"),
              c.text("heading"),
              c.text("abbreviation"),
              List.copyOf(places),
              c.texts("cities")));
    }
    return List.copyOf(out);
  }
}
