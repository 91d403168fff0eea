package org.courtorders.rules.sdny.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.courtorders.core.JudgeTitle;
import org.courtorders.parser.spi.EditDistance;
import org.courtorders.parser.spi.JudgeProfile;

/**
 * The court's judges by initials, and a matcher that reads an OCR-damaged signature ("CABRIEL W.
 * CORENSTEIN") as the one roster judge within a small edit distance, refusing whenever two roster
 * judges are within that distance: a wrong judge is worse than no judge.
 */
public final class JudgeRoster {
  /** A signature read against the roster: the judge, and how many letters had to change. */
  public record Match(JudgeProfile judge, int distance) {
    public boolean exact() {
      return distance == 0;
    }
  }

  private final List<JudgeProfile> judges;
  private final Map<String, JudgeProfile> byInitials;

  /**
   * {@code variants.get(k)}: {@link #variants} of judge k's name, read once for the roster rather
   * than for every judge at every signature (issue #13: that was a fifth of the S.D.N.Y. rules'
   * time in a batch).
   */
  private final List<List<String>> variants;

  public JudgeRoster(List<JudgeProfile> judges) {
    this.judges = List.copyOf(judges);
    this.variants = this.judges.stream().map(j -> List.copyOf(variants(j.name()))).toList();
    Map<String, JudgeProfile> m = new LinkedHashMap<>();
    for (JudgeProfile j : judges) {
      if (m.putIfAbsent(j.initials(), j) != null) {
        throw new IllegalArgumentException("two roster rows for initials " + j.initials());
      }
    }
    this.byInitials = Map.copyOf(m);
  }

  /** Reads {@code judges.json}. */
  public static JudgeRoster load() {
    return fromJson(Data.load("judges.json"));
  }

  static JudgeRoster fromJson(JsonNode root) {
    List<JudgeProfile> out = new ArrayList<>();
    for (JsonNode n : root.get("entries")) {
      out.add(
          new JudgeProfile(
              n.get("initials").asText(),
              n.get("name").asText(),
              JudgeTitle.valueOf(n.get("title").asText()),
              n.get("status").asText(),
              n.get("source").asText(),
              n.get("verified").asBoolean()));
    }
    return new JudgeRoster(out);
  }

  public List<JudgeProfile> judges() {
    return judges;
  }

  public Optional<JudgeProfile> byInitials(String initials) {
    return Optional.ofNullable(byInitials.get(initials.toUpperCase(Locale.ROOT)));
  }

  /**
   * The roster judge a signed name stands for: exact (ignoring case, spaces and punctuation, with
   * or without middle names) or within {@link #bound(int)} edits of exactly one judge. Empty when
   * no judge is that close, or when two are: the second case is what keeps an OCR correction from
   * landing on a different real judge.
   */
  public Optional<Match> resolve(String signedName) {
    String key = letters(signedName);
    if (key.length() < 4) {
      return Optional.empty();
    }
    int bound = bound(key.length());
    Match best = null;
    int within = 0;
    for (int k = 0; k < judges.size(); k++) {
      JudgeProfile j = judges.get(k);
      int d = bound + 1;
      for (String variant : variants.get(k)) {
        d = Math.min(d, EditDistance.distance(key, variant, bound));
      }
      if (d == 0) {
        return Optional.of(new Match(j, 0));
      }
      if (d <= bound) {
        within++;
        if (best == null || d < best.distance()) {
          best = new Match(j, d);
        }
      }
    }
    return within == 1 ? Optional.of(best) : Optional.empty();
  }

  /**
   * How many edits a name of {@code length} letters may need: about one in five letters (two in
   * "saranlcaye"), never more than three, so short names are matched almost exactly.
   */
  public static int bound(int length) {
    return Math.max(1, Math.min(3, length / 5));
  }

  /** The name's letters, and its first and last names' letters (signatures often drop middles). */
  static List<String> variants(String name) {
    String[] words = name.replace(",", " ").trim().split("\\s+");
    List<String> out = new ArrayList<>();
    out.add(letters(name));
    List<String> core = new ArrayList<>();
    for (String w : words) {
      String l = letters(w);
      if (!l.isEmpty()
          && !l.equals("jr")
          && !l.equals("sr")
          && !l.equals("iii")
          && !l.equals("ii")) {
        core.add(l);
      }
    }
    if (core.size() > 2) {
      out.add(core.get(0) + core.get(core.size() - 1));
    }
    if (core.size() != words.length) {
      out.add(String.join("", core));
    }
    return out;
  }

  static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
