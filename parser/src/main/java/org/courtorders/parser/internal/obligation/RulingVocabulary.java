package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.courtorders.core.data.DataFile;
import org.courtorders.parser.internal.FoldedKeys;

/**
 * Decisions a court states without a disposition word, loaded once from {@code rulings.json} (the
 * project's one data format, {@link DataFile}): "we dismiss the claim" grants a motion to dismiss,
 * "the Court strikes paragraphs 15-17" a motion to strike. Read by hand over words, not by a
 * regular expression per clause: a subject word ("we", "I", "Court"), at most two adverbs ("today",
 * "therefore"), then a present form of a decision verb.
 *
 * <pre>{@code
 * RulingVocabulary v = RulingVocabulary.standard();
 * boolean[] moved = v.moved(text);                  // which motions the document mentions
 * for (RulingVocabulary.Decision d : v.decisions(text, start, end)) { ... }
 * }</pre>
 */
final class RulingVocabulary {
  private static final String RESOURCE = "/org/courtorders/parser/internal/obligation/rulings.json";
  private static final RulingVocabulary STANDARD = load();

  /** One decision verb. */
  record Entry(
      String id, List<String> forms, String motion, String source, List<String> examples) {}

  /** A decision found at {@code [start, end)} (subject to verb), of entry number {@code entry}. */
  record Decision(int entry, int start, int end) {}

  private final List<Entry> entries;
  private final Set<String> subjects;
  private final Set<String> adverbs;
  private final Map<String, Integer> byForm = new HashMap<>();

  /** The same three, looked up in place in the text (issue #13). */
  private final FoldedKeys<String> subjectWords;

  private final FoldedKeys<String> adverbWords;
  private final FoldedKeys<Integer> formWords;

  private RulingVocabulary(List<Entry> entries, Set<String> subjects, Set<String> adverbs) {
    this.entries = List.copyOf(entries);
    this.subjects = Set.copyOf(subjects);
    this.adverbs = Set.copyOf(adverbs);
    for (int i = 0; i < entries.size(); i++) {
      for (String f : entries.get(i).forms()) {
        byForm.put(f, i);
      }
    }
    this.subjectWords = FoldedKeys.of(this.subjects);
    this.adverbWords = FoldedKeys.of(this.adverbs);
    this.formWords = FoldedKeys.of(byForm);
    this.motionWords = this.entries.stream().map(x -> FoldedKeys.of(List.of(x.motion()))).toList();
  }

  /** Each entry's motion verb, looked up in place. */
  private final List<FoldedKeys<String>> motionWords;

  static RulingVocabulary standard() {
    return STANDARD;
  }

  List<Entry> entries() {
    return entries;
  }

  String motionVerb(int entry) {
    return entries.get(entry).motion();
  }

  /**
   * For each entry, whether {@code text} names a motion for it: "motion(s) to dismiss", "moves
   * (moved, move) to dismiss", "moves to dismiss ... and to strike" (a "to" at most 15 words after
   * the motion word). One pass over the words of the whole text.
   */
  boolean[] moved(String text) {
    boolean[] out = new boolean[entries.size()];
    int to = text.length();
    int lastMotion = -100;
    int s = wordStart(text, 0, to);
    // i counts words; the last word is never read, as only a "to" before a verb counts
    for (int i = 0; s < to; i++) {
      int e = wordEnd(text, s, to);
      int vs = wordStart(text, e, to);
      if (vs >= to) {
        break;
      }
      if (MOTION_WORDS.contains(text, s, e) || startsWithMove(text, s, e)) {
        lastMotion = i;
      } else if (i - lastMotion <= 15 && TO.contains(text, s, e)) {
        // "moves to dismiss the claim and to strike three allegations": each "to" within reach
        int ve = wordEnd(text, vs, to);
        Integer entry = formWords.get(text, vs, ve);
        if (entry != null && motionWords.get(entry).contains(text, vs, ve)) {
          out[entry] = true;
        }
      }
      s = vs;
    }
    return out;
  }

  private static final FoldedKeys<String> MOTION_WORDS =
      FoldedKeys.of(List.of("motion", "motions", "moving"));
  private static final FoldedKeys<String> TO = FoldedKeys.of(List.of("to"));

  /** Whether the word lower-cased starts with "move" ("move", "moves", "moved", "movement"). */
  private static boolean startsWithMove(String text, int s, int e) {
    if (e - s < 4) {
      return false;
    }
    for (int k = 0; k < e - s; k++) {
      if (text.charAt(s + k) >= 128) {
        return text.substring(s, e).toLowerCase(Locale.ROOT).startsWith("move");
      }
    }
    return "move".regionMatches(true, 0, text, s, 4);
  }

  /** Decisions in {@code text[from, to)}: subject, up to two adverbs, a present decision verb. */
  List<Decision> decisions(String text, int from, int to) {
    List<Decision> out = new ArrayList<>();
    for (int s = wordStart(text, from, to); s < to; ) {
      int e = wordEnd(text, s, to);
      if (subjectWords.contains(text, s, e)) {
        int vs = wordStart(text, e, to);
        int ve = wordEnd(text, vs, to);
        for (int adverbs = 0; vs < to && adverbs < 2; adverbs++) {
          if (!adverbWords.contains(text, vs, ve)) {
            break;
          }
          vs = wordStart(text, ve, to);
          ve = wordEnd(text, vs, to);
        }
        Integer form = vs < to ? formWords.get(text, vs, ve) : null;
        if (form != null) {
          out.add(new Decision(form, s, ve));
        }
      }
      s = wordStart(text, e, to);
    }
    return out;
  }

  /*
   * The words read are runs of letters, with an apostrophe inside ("court's"), walked one at a time
   * with no array of them (issue 13: the array per clause was 2 % of a parse's heap).
   */

  /** The start of the first word at or after {@code i}, or {@code to} if none. */
  private static int wordStart(String text, int i, int to) {
    while (i < to && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the word starting at {@code s} ({@code s} itself if none starts there). */
  private static int wordEnd(String text, int s, int to) {
    int i = s;
    while (i < to
        && (Character.isLetter(text.charAt(i))
            || (text.charAt(i) == '\'' || text.charAt(i) == '’')
                && i + 1 < to
                && Character.isLetter(text.charAt(i + 1)))) {
      i++;
    }
    return i;
  }

  private static RulingVocabulary load() {
    Set<String> subjects = new HashSet<>();
    Set<String> adverbs = new HashSet<>();
    List<Entry> entries = new ArrayList<>();
    for (DataFile.Entry e : DataFile.load(RulingVocabulary.class, RESOURCE).entries()) {
      switch (e.text("kind")) {
        case "subject" -> subjects.addAll(e.texts("words"));
        case "adverb" -> adverbs.addAll(e.texts("words"));
        case "decision" ->
            entries.add(
                new Entry(
                    e.text("id"),
                    e.texts("forms"),
                    e.text("motion"),
                    e.optionalText("source").orElse(""),
                    e.examples()));
        default -> throw new IllegalStateException(e.where() + ": unknown kind " + e.text("kind"));
      }
    }
    return new RulingVocabulary(entries, subjects, adverbs);
  }
}
