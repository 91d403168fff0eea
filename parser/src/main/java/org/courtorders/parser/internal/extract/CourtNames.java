package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.courtorders.parser.internal.DataFiles;
import org.courtorders.parser.spi.EditDistance;

/**
 * Reads a district court's name in the many ways orders and reporters print it, word by word rather
 * than as fixed strings: "United States District Court, S D New York", "District Court, N.D.
 * Illinois", "U.S. District Court, M.D. of Florida", "United States District Court of Connecticut",
 * "United States District Court, Oklahoma Eastern", "U S District Court No Dist So Div Ala", a city
 * where the district holds court ("United States District Court, San Jose Division"), and OCR slips
 * where exactly one word is close ("Nothern", "Galifornia").
 *
 * <p>A name starts at a "District Court" anchor. Its words run to the end of that line, and on into
 * the next lines only while those consist of court words alone (directions, "District", states,
 * cities of the state's courts), so a party named after a state on the next line is never read as
 * the court. The court is given only when the words pin down exactly one district: a state with one
 * district, or a state and one district direction, or a city of holding court that only one of the
 * state's districts (or only one district anywhere) sits in. A direction followed by "Division"
 * names a division, not a district, and is not used. Anything else gives no court: never a guess.
 */
final class CourtNames {
  /** A court read from its name: the court and the span of the words that named it. */
  record Hit(DistrictCourts.Entry entry, int start, int end) {}

  private record Token(String text, int start, int end, boolean newLine) {}

  /** A state and its forms; {@code alone}: the bare name is one of them (not so for "Columbia"). */
  private record State(String name, List<String[]> forms, boolean alone) {}

  private static final List<State> STATES = loadStates();
  private static final Map<String, List<DistrictCourts.Entry>> BY_STATE = byState();

  /** Every city of holding court, as token sequences, with the courts that sit there. */
  private static final Map<String, List<DistrictCourts.Entry>> CITIES = cities();

  private static final int LONGEST_CITY =
      CITIES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  private static final Set<String> GLUE =
      Set.of(
          "FOR",
          "THE",
          "OF",
          "IN",
          "AND",
          "AT",
          "DIVISION",
          "DIV",
          "DISTRICT",
          "DIST",
          "D",
          "COURT",
          "UNITED",
          "STATES",
          "U",
          "S",
          "USDC");
  private static final int WINDOW = 16;

  private CourtNames() {}

  /** The earliest court name in {@code [from, to)} of the normalized text, or null. */
  static Hit find(String text, int from, int to) {
    List<Token> tokens = tokens(text, from, to);
    for (int i = 0; i < tokens.size(); i++) {
      // A heading line of court words alone: "M.D. of Pennsylvania", "Middle Dist. of
      // Pennsylvania".
      if ((i == 0 || tokens.get(i).newLine) && courtWordsOnly(tokens, i, tokens.size())) {
        int end = i;
        boolean marker = false;
        do {
          marker |= isDistrictMarker(tokens.get(end).text);
          end++;
        } while (end < tokens.size() && !tokens.get(end).newLine);
        if (marker) {
          DistrictCourts.Entry entry = resolve(tokens.subList(i, end), false);
          if (entry != null) {
            return new Hit(entry, tokens.get(i).start, tokens.get(end - 1).end);
          }
        }
      }
      if (!isDistrict(tokens.get(i).text)) {
        continue;
      }
      int court = -1;
      for (int k = i + 1; k <= i + 2 && k < tokens.size(); k++) {
        if (isCourt(tokens.get(k).text) && !tokens.get(k).newLine) {
          court = k;
          break;
        }
      }
      if (court < 0) {
        continue;
      }
      Hit hit = read(tokens, i, court);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  /**
   * A courthouse named after a city where only one district holds court: "the White Plains
   * Courthouse", "Fresno Federal Courthouse", "San Jose U.S. Courthouse". The earliest in {@code
   * [from, to)}, or null.
   */
  static Hit courthouse(String text, int from, int to) {
    if (!containsIgnoreCase(text, from, to, "COURTHOUSE")) {
      // A token that upper-cases to the word has its ten letters in place, so without them there
      // is nothing to find, and the text need not be cut into upper-cased words.
      return null;
    }
    List<Token> tokens = tokens(text, from, to);
    for (int i = 1; i < tokens.size(); i++) {
      if (!tokens.get(i).text.equals("COURTHOUSE")) {
        continue;
      }
      int end = i;
      while (end > 0
          && Set.of("FEDERAL", "UNITED", "STATES", "U", "S", "US", "DISTRICT")
              .contains(tokens.get(end - 1).text)) {
        end--;
      }
      for (int len = Math.min(LONGEST_CITY, end); len >= 1; len--) {
        StringBuilder sb = new StringBuilder();
        for (int k = end - len; k < end; k++) {
          sb.append(k > end - len ? " " : "").append(tokens.get(k).text);
        }
        List<DistrictCourts.Entry> courts = CITIES.get(sb.toString());
        if (courts != null) {
          if (courts.size() == 1) {
            return new Hit(courts.get(0), tokens.get(end - len).start, tokens.get(i).end);
          }
          break;
        }
      }
    }
    return null;
  }

  /** The words around one "District Court" anchor. */
  private static Hit read(List<Token> tokens, int district, int court) {
    int first = district;
    boolean federal = false;
    // "Alaska District Court": a state right before the anchor, on its line; "United States",
    // "U.S.", "USDC" mark a federal court.
    List<Token> words = new ArrayList<>();
    for (int k = Math.max(0, district - 3); k < district; k++) {
      boolean sameLine = true;
      for (int j = k + 1; j <= district; j++) {
        sameLine &= !tokens.get(j).newLine;
      }
      String w = tokens.get(k).text;
      if (!sameLine) {
        continue;
      }
      if (w.equals("STATES")
          || w.equals("US")
          || w.equals("USDC")
          || w.equals("FEDERAL")
          || w.equals("S") && k > 0 && tokens.get(k - 1).text.equals("U")) {
        federal = true;
      } else if (k >= district - 2 && !GLUE.contains(w)) {
        words.add(tokens.get(k));
        first = Math.min(first, k);
      }
    }
    int end = court + 1;
    int limit = Math.min(tokens.size(), court + 1 + WINDOW);
    while (end < limit) {
      Token t = tokens.get(end);
      if (t.newLine && !courtWordsOnly(tokens, end, limit)) {
        break;
      }
      end++;
    }
    words.addAll(tokens.subList(court + 1, end));
    if (words.isEmpty()) {
      return null;
    }
    DistrictCourts.Entry entry = resolve(words, federal);
    if (entry == null) {
      return null;
    }
    return new Hit(entry, tokens.get(first).start, tokens.get(end - 1).end);
  }

  /** Whether the line starting at token {@code at} holds only court words. */
  private static boolean courtWordsOnly(List<Token> tokens, int at, int limit) {
    int k = at;
    do {
      String w = tokens.get(k).text;
      if (!GLUE.contains(w) && direction(w) == 0 && !stateWord(w) && !cityWord(w)) {
        return false;
      }
      k++;
    } while (k < limit && !tokens.get(k).newLine);
    return true;
  }

  private static boolean isDistrictMarker(String w) {
    return w.equals("D") || w.equals("DIST") || w.equals("DISTRICT");
  }

  /**
   * The one court the words name, or null. {@code federal}: "United States" or "U.S." came before
   * the anchor, so a state with one district names that district even without "D." or "District
   * of".
   */
  private static DistrictCourts.Entry resolve(List<Token> words, boolean federal) {
    int n = words.size();
    boolean[] used = new boolean[n];
    for (Token t : words) {
      // A county or parish court, or "State of X", is a state court.
      if (t.text.equals("COUNTY") || t.text.equals("PARISH") || t.text.equals("STATE")) {
        return null;
      }
    }
    // 1. Cities of holding court ("San Jose", "Oklahoma City"), longest first, before states eat
    // "Oklahoma".
    Set<DistrictCourts.Entry> cityCourts = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      for (int len = Math.min(LONGEST_CITY, n - i); len >= 1; len--) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
          sb.append(k > i ? " " : "").append(words.get(k).text);
        }
        List<DistrictCourts.Entry> courts = CITIES.get(sb.toString());
        if (courts == null || (len == 1 && stateWord(sb.toString()))) {
          continue;
        }
        cityCourts.addAll(courts);
        for (int k = i; k < i + len; k++) {
          used[k] = true;
        }
        i += len - 1;
        break;
      }
    }
    // 2. The state: the earliest form; an OCR slip of a long one-word name counts if only one name
    // is close.
    String state = null;
    int stateAt = -1;
    int stateEnd = -1;
    for (int i = 0; i < n && state == null; i++) {
      if (used[i]) {
        continue;
      }
      for (State s : STATES) {
        for (String[] form : s.forms) {
          if (matches(words, i, form)) {
            state = s.name;
            stateAt = i;
            stateEnd = i + form.length;
            break;
          }
        }
        if (state != null) {
          break;
        }
      }
    }
    if (state == null) {
      for (int i = 0; i < n && state == null; i++) {
        String w = words.get(i).text;
        if (used[i] || w.length() < 7) {
          continue;
        }
        String close = null;
        int count = 0;
        for (State s : STATES) {
          if (s.alone && !s.name.contains(" ") && EditDistance.within(w, s.name, 1)) {
            close = s.name;
            count++;
          }
        }
        if (count == 1) {
          state = close;
          stateAt = i;
          stateEnd = i + 1;
        }
      }
    }
    if (stateAt >= 0) {
      for (int k = stateAt; k < stateEnd; k++) {
        used[k] = true;
      }
    }
    // 3. District directions: "N D", "Northern District", "District of Northern Indiana", "Oklahoma
    // Eastern";
    // never "Southern Division". One right before or after the state binds to it.
    Set<Character> directions = new LinkedHashSet<>();
    char bound = 0;
    boolean marker = false;
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      String w = words.get(i).text;
      char d = direction(w);
      if (d == 0) {
        continue;
      }
      String next = i + 1 < n ? words.get(i + 1).text : "";
      if (next.equals("DIVISION") || next.equals("DIV")) {
        continue;
      }
      boolean withMarker = next.equals("D") || next.equals("DIST") || isDistrict(next);
      if (w.length() == 1 && !withMarker
          || w.equals("S") && i > 0 && words.get(i - 1).text.equals("U")) {
        continue;
      }
      directions.add(d);
      int k = i + 1;
      while (k < n
          && (isDistrictMarker(words.get(k).text)
              || isDistrict(words.get(k).text)
              || words.get(k).text.equals("OF")
              || words.get(k).text.equals("THE"))) {
        k++;
      }
      if (bound == 0 && (k == stateAt || i == stateEnd)) {
        bound = d;
      }
    }
    for (int i = 0; i < n; i++) {
      String w = words.get(i).text;
      if (i == stateAt - 1
          && (isDistrictMarker(w)
              || w.equals("OF") && i > 0 && isDistrictMarker(words.get(i - 1).text))) {
        marker = true;
      }
    }
    if (state == null) {
      return cityCourts.size() == 1 && directions.size() <= 1
          ? agree(cityCourts.iterator().next(), directions)
          : null;
    }
    List<DistrictCourts.Entry> courts = BY_STATE.getOrDefault(state, List.of());
    Set<DistrictCourts.Entry> inState = new LinkedHashSet<>();
    for (DistrictCourts.Entry e : cityCourts) {
      if (e.state().equals(state)) {
        inState.add(e);
      }
    }
    if (courts.size() == 1) {
      DistrictCourts.Entry only = courts.get(0);
      boolean territory = only.state().startsWith("THE ") || only.state().equals("GUAM");
      return federal || marker || territory ? only : null;
    }
    char d = bound != 0 ? bound : directions.size() == 1 ? directions.iterator().next() : 0;
    if (d != 0) {
      for (DistrictCourts.Entry e : courts) {
        if (e.direction() == d) {
          return inState.isEmpty() || inState.contains(e) ? e : null;
        }
      }
      return null;
    }
    if (directions.isEmpty() && inState.size() == 1) {
      return inState.iterator().next();
    }
    return null;
  }

  private static DistrictCourts.Entry agree(DistrictCourts.Entry e, Set<Character> directions) {
    return directions.isEmpty() || directions.contains(e.direction()) ? e : null;
  }

  private static boolean matches(List<Token> words, int at, String[] form) {
    if (at + form.length > words.size()) {
      return false;
    }
    for (int k = 0; k < form.length; k++) {
      if (!words.get(at + k).text.equals(form[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * 'N', 'S', 'E', 'W', 'M', 'C' for a direction word, its abbreviation, or an OCR slip of it; else
   * 0.
   */
  static char direction(String w) {
    switch (w) {
      case "NORTHERN", "NORTH", "NO", "N":
        return 'N';
      case "SOUTHERN", "SOUTH", "SO", "S":
        return 'S';
      case "EASTERN", "EAST", "E":
        return 'E';
      case "WESTERN", "WEST", "W":
        return 'W';
      case "MIDDLE", "MID", "M":
        return 'M';
      case "CENTRAL", "CENT", "C":
        return 'C';
      default:
        break;
    }
    if (w.length() >= 6) {
      char found = 0;
      int best = Integer.MAX_VALUE;
      boolean tie = false;
      for (String full : new String[] {"NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL"}) {
        int max = full.length() >= 8 ? 2 : 1;
        int dist = EditDistance.distance(w, full, max);
        if (dist <= max && dist < best) {
          best = dist;
          found = full.charAt(0);
          tie = false;
        } else if (dist <= max && dist == best) {
          tie = true;
        }
      }
      return tie ? 0 : found;
    }
    return 0;
  }

  private static boolean isDistrict(String w) {
    return w.equals("DISTRICT")
        || w.equals("DIST")
        || (w.length() >= 6
            && w.length() <= 10
            && lettersNotIn(w, "DISTRICT") <= 2
            && EditDistance.within(w, "DISTRICT", 2)
            && w.charAt(0) != 'R');
  }

  /**
   * How many characters of {@code w} do not occur in {@code word}: each needs an edit, so a word
   * with more than {@code max} is not within {@code max} edits, and the distance (two rows of ints
   * per word, issue 13) need not be computed.
   */
  private static int lettersNotIn(String w, String word) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (word.indexOf(w.charAt(i)) < 0) {
        n++;
      }
    }
    return n;
  }

  private static boolean isCourt(String w) {
    return w.equals("COURT")
        || w.equals("CT")
        || (w.length() == 4 || w.length() == 6) && EditDistance.within(w, "COURT", 1);
  }

  /** Every word of every state's forms, asked of each word near a court name. */
  private static final Set<String> STATE_WORDS =
      STATES.stream()
          .flatMap(s -> s.forms.stream())
          .flatMap(java.util.Arrays::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean stateWord(String w) {
    return STATE_WORDS.contains(w);
  }

  /**
   * Whether {@code w} (one letter run) is a word of a city's name. A set of the names' words, made
   * once: comparing with every name anew cost a string per name and word (issue #13).
   */
  private static boolean cityWord(String w) {
    return CITY_WORDS.contains(w);
  }

  private static final java.util.Set<String> CITY_WORDS =
      CITIES.keySet().stream()
          .flatMap(c -> java.util.Arrays.stream(c.split(" ", -1)))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Letter runs, upper-cased, with their offsets; whether a line break came since the previous one.
   */
  private static boolean containsIgnoreCase(String text, int from, int to, String word) {
    for (int i = from, last = to - word.length(); i <= last; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    boolean newLine = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int s = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
          i++;
        }
        out.add(new Token(text.substring(s, i).toUpperCase(Locale.ROOT), s, i, newLine));
        newLine = false;
      } else {
        if (c == '\n') {
          newLine = true;
        }
        i++;
      }
    }
    return out;
  }

  private static List<State> loadStates() {
    List<State> out = new ArrayList<>();
    for (String line : DataFiles.lines("/org/courtorders/parser/internal/court/states.txt")) {
      String[] cols = line.split("\t", -1);
      List<String[]> forms = new ArrayList<>();
      boolean alone = !(cols.length > 3 && cols[3].strip().equals("not-alone"));
      if (alone) {
        forms.add(cols[0].split(" "));
      }
      if (cols[0].startsWith("THE ")) {
        forms.add(cols[0].substring(4).split(" "));
      }
      if (cols.length > 1 && !cols[1].isBlank()) {
        for (String f : cols[1].split("\\|")) {
          forms.add(f.strip().split(" "));
        }
      }
      // Longest forms first, so "NEW YORK" wins over a shorter form at the same place.
      forms.sort((a, b) -> b.length - a.length);
      out.add(new State(cols[0], List.copyOf(forms), alone));
    }
    // Multi-word names first: "WEST VIRGINIA" before "VIRGINIA".
    out.sort((a, b) -> b.name.split(" ").length - a.name.split(" ").length);
    return List.copyOf(out);
  }

  private static Map<String, List<DistrictCourts.Entry>> byState() {
    Map<String, List<DistrictCourts.Entry>> out = new HashMap<>();
    for (DistrictCourts.Entry e : DistrictCourts.all()) {
      out.computeIfAbsent(e.state(), k -> new ArrayList<>()).add(e);
    }
    return Map.copyOf(out);
  }

  private static Map<String, List<DistrictCourts.Entry>> cities() {
    Map<String, List<DistrictCourts.Entry>> out = new HashMap<>();
    for (DistrictCourts.Entry e : DistrictCourts.all()) {
      for (String city : e.cities()) {
        String key = city.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").strip();
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    return Map.copyOf(out);
  }
}
