package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtorders.core.data.DataFile;
import org.courtorders.parser.internal.FoldedKeys;

/**
 * The vocabulary the date reader classifies dates with, loaded once from {@code date-words.json}:
 * groups of lower-case phrases matched token by token ({@link Words}), each group with its source
 * and example sentences that {@code DateWordsTest} classifies. Data, not code, so that a reviewer
 * reads every word with its reason in one place.
 *
 * <pre>{@code
 * DateWords v = DateWords.standard();
 * int n = v.endingAt("dueCue", words, i);   // length in tokens of the longest cue ending at i
 * }</pre>
 */
final class DateWords {
  private static final String RESOURCE =
      "/org/courtorders/parser/internal/obligation/date-words.json";
  private static final DateWords STANDARD = load();

  /** A group's example: a text and the roles of its dates, in order. */
  record Example(String text, List<String> roles) {}

  /** A group of phrases with its source and examples. */
  record Group(String name, List<String[]> phrases, String source, List<Example> examples) {}

  private final Map<String, Group> groups;

  /**
   * Each group's phrases by their first word and by their last word, looked up without a copy of
   * the word (issue #13).
   */
  private final Map<String, FoldedKeys<List<String[]>>> byFirst = new java.util.HashMap<>();

  private final Map<String, FoldedKeys<List<String[]>>> byLast = new java.util.HashMap<>();

  private DateWords(Map<String, Group> groups) {
    this.groups = groups;
    for (Group g : groups.values()) {
      Map<String, List<String[]>> first = new java.util.HashMap<>();
      Map<String, List<String[]>> last = new java.util.HashMap<>();
      for (String[] p : g.phrases()) {
        first.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        last.computeIfAbsent(p[p.length - 1], k -> new ArrayList<>()).add(p);
      }
      byFirst.put(g.name(), FoldedKeys.of(first));
      byLast.put(g.name(), FoldedKeys.of(last));
    }
  }

  static DateWords standard() {
    return STANDARD;
  }

  List<Group> groups() {
    return List.copyOf(groups.values());
  }

  private static FoldedKeys<List<String[]>> index(
      Map<String, FoldedKeys<List<String[]>>> by, String g) {
    FoldedKeys<List<String[]>> m = by.get(g);
    if (m == null) {
      throw new IllegalArgumentException("no word group " + g);
    }
    return m;
  }

  /**
   * The length in tokens of the longest phrase of {@code group} that ends at token {@code last}, or
   * 0. Only the phrases whose last word is that token's are tried.
   */
  int endingAt(String group, Words w, int last) {
    List<String[]> candidates = w.get(last, index(byLast, group));
    int best = 0;
    if (candidates != null) {
      for (String[] p : candidates) {
        if (p.length > best && w.endsAt(p, last)) {
          best = p.length;
        }
      }
    }
    return best;
  }

  /**
   * The length in tokens of the longest phrase of {@code group} that starts at token {@code first},
   * or 0. Only the phrases whose first word is that token's are tried.
   */
  int startingAt(String group, Words w, int first) {
    List<String[]> candidates = w.get(first, index(byFirst, group));
    int best = 0;
    if (candidates != null) {
      for (String[] p : candidates) {
        if (p.length > best && w.startsAt(p, first)) {
          best = p.length;
        }
      }
    }
    return best;
  }

  /** The first token in {@code [from, to)} where a phrase of {@code group} starts, or -1. */
  int find(String group, Words w, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (startingAt(group, w, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The last token in {@code [from, to)} where a phrase of {@code group} starts, or -1. */
  int findLast(String group, Words w, int from, int to) {
    for (int i = Math.min(to, w.size()) - 1; i >= Math.max(0, from); i--) {
      if (startingAt(group, w, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  private static DateWords load() {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (DataFile.Entry e : DataFile.load(DateWords.class, RESOURCE).entries()) {
      String name = e.text("id");
      List<String[]> phrases = new ArrayList<>();
      for (String s : e.texts("phrases")) {
        if (!s.equals(s.toLowerCase(java.util.Locale.ROOT)) || s.isBlank()) {
          throw new IllegalStateException(e.where() + ": phrases are lower case: " + s);
        }
        phrases.add(s.trim().split("\\s+"));
      }
      List<String> texts = e.examples();
      List<String> roles = e.texts("roles");
      if (roles.size() != texts.size()) {
        throw new IllegalStateException(e.where() + ": one roles line per example");
      }
      List<Example> examples = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String r = roles.get(i).strip();
        examples.add(new Example(texts.get(i), r.isEmpty() ? List.of() : List.of(r.split("\\s+"))));
      }
      groups.put(
          name,
          new Group(
              name,
              List.copyOf(phrases),
              e.optionalText("source").orElse(""),
              List.copyOf(examples)));
    }
    return new DateWords(groups);
  }
}
