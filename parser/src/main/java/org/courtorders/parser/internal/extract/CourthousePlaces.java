package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a court from one of its courthouses ({@code places} in district-courts.json): a street
 * address followed by the courthouse's city ("500 Pearl Street, Courtroom 21A\nNew York, NY"), or a
 * name only that courthouse bears ("Thurgood Marshall United States Courthouse").
 *
 * <p>A street alone is not enough: "601 Market Street" and "1100 Commerce Street" exist in many
 * cities, and law firms sit near courthouses. So an address counts only when
 *
 * <ul>
 *   <li>its number and street are the courthouse's, word for word after the usual abbreviations
 *       ("W." for "West", "St." for "Street", "1st" for "First"), and the number stands alone:
 *       "1601 Market Street" and "150 Walnut Street" are other buildings;
 *   <li>the courthouse's city follows within {@value #CITY_WITHIN} characters (a run of spaces
 *       counts as one), on the same line or the next non-blank line, with only a room, suite, floor
 *       or courtroom designation and street directions in between ("Room C151", "Suite 130, SPC 1",
 *       "N.W.").
 * </ul>
 *
 * <p>Limit: an office in the courthouse building itself (the U.S. Attorney in the Dallas
 * courthouse, a suite number) shares the court's address and cannot be told apart by the address;
 * suites are not refused, since clerk's offices print them too ("401 W. Washington St., Suite 130,
 * Phoenix", District of Arizona). Federal courthouses house no private law firms, so a firm's
 * letterhead bears another street number and does not match.
 *
 * <p>One pass over the words of the text; at each word only the places starting with that word are
 * compared, over a bounded number of following words: linear in the input.
 */
final class CourthousePlaces {
  /**
   * A court found from a courthouse: the court and the span of the address (street to city) or
   * name.
   */
  record Hit(DistrictCourts.Entry entry, int start, int end) {}

  /**
   * How far after the street its city may start, in characters with whitespace runs counted once.
   */
  static final int CITY_WITHIN = 60;

  /** Words between a street and its city: unit designations and directions. */
  private static final Set<String> UNIT_WORDS =
      Set.of(
          "ROOM",
          "RM",
          "COURTROOM",
          "CTRM",
          "SUITE",
          "STE",
          "FLOOR",
          "FL",
          "FLR",
          "SPC",
          "NO",
          "NUMBER",
          "UNIT",
          "BOX",
          "CHAMBERS",
          "NORTH",
          "SOUTH",
          "EAST",
          "WEST",
          "NW",
          "NE",
          "SW",
          "SE");

  /** Abbreviations and spelled-out ordinals, to one form each. */
  private static final Map<String, String> CANONICAL = canonical();

  private record Token(String text, int start, int end, boolean lineBefore, int gapBefore) {}

  private record Pattern(
      DistrictCourts.Entry entry,
      DistrictCourts.Place place,
      List<String> words,
      List<String> city) {}

  /** Every place, by its first word. */
  private static final Map<String, List<Pattern>> BY_FIRST_WORD = index();

  private CourthousePlaces() {}

  /** The earliest courthouse address (with its city) or courthouse name in the text, or null. */
  static Hit find(String text) {
    List<Token> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      List<Pattern> candidates = BY_FIRST_WORD.get(tokens.get(i).text());
      if (candidates == null) {
        continue;
      }
      for (Pattern p : candidates) {
        if (!matches(tokens, i, p.words())) {
          continue;
        }
        int last = i + p.words().size() - 1;
        if (!p.place().isAddress()) {
          return new Hit(p.entry(), tokens.get(i).start(), tokens.get(last).end());
        }
        int cityEnd = cityAfter(tokens, last, p.city());
        if (cityEnd >= 0) {
          return new Hit(p.entry(), tokens.get(i).start(), tokens.get(cityEnd).end());
        }
      }
    }
    return null;
  }

  /** The index of the city's last word if it follows the street ending at {@code last}, else -1. */
  private static int cityAfter(List<Token> tokens, int last, List<String> city) {
    int distance = 0;
    int lines = 0;
    for (int j = last + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      distance += t.gapBefore();
      lines += t.lineBefore() ? 1 : 0;
      if (distance > CITY_WITHIN || lines > 1) {
        return -1;
      }
      if (matches(tokens, j, city)) {
        return j + city.size() - 1;
      }
      if (!isUnitWord(t.text())) {
        return -1;
      }
      distance += t.text().length();
    }
    return -1;
  }

  /**
   * "Room", "Suite", "C151", "21A", "15th", "N" (of "N.W."): what may stand between a street and
   * its city.
   */
  private static boolean isUnitWord(String w) {
    if (w.length() == 1 || UNIT_WORDS.contains(w)) {
      return true;
    }
    for (int k = 0; k < w.length(); k++) {
      if (Character.isDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(at + k).text().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of the text (runs of letters and digits, upper-cased and in canonical form) with
   * their offsets; "U.S." becomes UNITED STATES. {@code gapBefore} counts the characters since the
   * previous word, a run of whitespace as one; {@code lineBefore} says that run held a line break.
   */
  static List<Token> tokens(String text) {
    List<Token> raw = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int prevEnd = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int gap = 0;
      boolean line = false;
      boolean inSpace = false;
      for (int k = prevEnd; k < start; k++) {
        char c = text.charAt(k);
        if (Character.isWhitespace(c)) {
          line |= c == '\n' || c == '\r';
          if (!inSpace) {
            gap++;
          }
          inSpace = true;
        } else {
          gap++;
          inSpace = false;
        }
      }
      raw.add(
          new Token(
              text.substring(start, i).toUpperCase(Locale.ROOT),
              start,
              i,
              line && !raw.isEmpty(),
              gap));
      prevEnd = i;
    }
    List<Token> out = new ArrayList<>(raw.size());
    for (int k = 0; k < raw.size(); k++) {
      Token t = raw.get(k);
      if (t.text().equals("U")
          && k + 1 < raw.size()
          && raw.get(k + 1).text().equals("S")
          && raw.get(k + 1).start() - t.end() == 1
          && text.charAt(t.end()) == '.') {
        Token s = raw.get(k + 1);
        out.add(new Token("UNITED", t.start(), t.end(), t.lineBefore(), t.gapBefore()));
        out.add(new Token("STATES", s.start(), s.end(), s.lineBefore(), s.gapBefore()));
        k++;
        continue;
      }
      out.add(
          new Token(
              CANONICAL.getOrDefault(t.text(), t.text()),
              t.start(),
              t.end(),
              t.lineBefore(),
              t.gapBefore()));
    }
    return out;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(s)) {
      out.add(t.text());
    }
    return List.copyOf(out);
  }

  private static Map<String, List<Pattern>> index() {
    Map<String, List<Pattern>> out = new HashMap<>();
    for (DistrictCourts.Entry e : DistrictCourts.all()) {
      for (DistrictCourts.Place p : e.places()) {
        List<String> words = words(p.isAddress() ? p.street() : p.name());
        List<String> city = p.isAddress() ? words(p.city()) : List.of();
        if (words.isEmpty() || (p.isAddress() && city.isEmpty())) {
          throw new IllegalStateException(e.id() + ": a place without words: " + p);
        }
        out.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Pattern(e, p, words, city));
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private static Map<String, String> canonical() {
    Map<String, String> m = new HashMap<>();
    String[][] pairs = {
      {"ST", "STREET"},
      {"STR", "STREET"},
      {"AVE", "AVENUE"},
      {"AV", "AVENUE"},
      {"BLVD", "BOULEVARD"},
      {"BLV", "BOULEVARD"},
      {"DR", "DRIVE"},
      {"SQ", "SQUARE"},
      {"PLZ", "PLAZA"},
      {"LN", "LANE"},
      {"RD", "ROAD"},
      {"W", "WEST"},
      {"E", "EAST"},
      {"N", "NORTH"},
      {"S", "SOUTH"},
      {"SO", "SOUTH"},
      {"FT", "FORT"},
      {"ONE", "1"},
      {"FIRST", "1ST"},
      {"SECOND", "2ND"},
      {"THIRD", "3RD"},
      {"FOURTH", "4TH"},
      {"FIFTH", "5TH"},
      {"SIXTH", "6TH"},
      {"SEVENTH", "7TH"},
      {"EIGHTH", "8TH"},
      {"NINTH", "9TH"},
      {"TENTH", "10TH"},
      {"ELEVENTH", "11TH"},
      {"TWELFTH", "12TH"},
      {"THIRTEENTH", "13TH"},
      {"FOURTEENTH", "14TH"},
      {"FIFTEENTH", "15TH"},
      {"SIXTEENTH", "16TH"},
      {"SEVENTEENTH", "17TH"},
      {"EIGHTEENTH", "18TH"},
      {"NINETEENTH", "19TH"},
      {"TWENTIETH", "20TH"},
    };
    for (String[] p : pairs) {
      m.put(p[0], p[1]);
    }
    return Map.copyOf(m);
  }
}
