package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.data.DataFile;

/**
 * The phrases the obligation recognizers look for, loaded once from {@code phrases.json} (the
 * project's one data format, {@link DataFile}). Data, not code, so that a reviewer can read every
 * cue with its source and examples in one place, as libphonenumber keeps its metadata apart from
 * its matcher.
 *
 * <pre>{@code
 * PhraseBook book = PhraseBook.standard();
 * Optional<PhraseBook.Hit> modal = book.first(Phrase.Category.MODAL, sentence, 0, sentence.length());
 * }</pre>
 */
final class PhraseBook {
  private static final String RESOURCE = "/org/courtorders/parser/internal/obligation/phrases.json";
  private static final PhraseBook STANDARD = load();

  private final Map<Phrase.Category, List<Phrase>> byCategory;

  /** Where each phrase's match can start; absent for a phrase tried everywhere (issue #13). */
  private final Map<Phrase, Starts> starts;

  private PhraseBook(List<Phrase> phrases, Map<Phrase, Starts> starts) {
    this.starts = starts;
    Map<Phrase.Category, List<Phrase>> m = new EnumMap<>(Phrase.Category.class);
    for (Phrase.Category c : Phrase.Category.values()) {
      m.put(c, new ArrayList<>());
    }
    for (Phrase p : phrases) {
      m.get(p.category()).add(p);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.byCategory = m;
    Map<Phrase.Category, StartIndex> idx = new EnumMap<>(Phrase.Category.class);
    Map<Phrase.Category, List<Phrase>> rest = new EnumMap<>(Phrase.Category.class);
    for (Phrase.Category c : Phrase.Category.values()) {
      StartIndex index = StartIndex.of(m.get(c), starts);
      idx.put(c, index);
      rest.put(c, m.get(c).stream().filter(p -> !index.covers(p)).toList());
    }
    this.indexes = idx;
    this.unindexed = rest;
  }

  /** Each category's phrases that have start tables, tried in one pass per stretch (issue #13). */
  private final Map<Phrase.Category, StartIndex> indexes;

  /** Each category's other phrases (with a look-behind), tried with {@code find()}. */
  private final Map<Phrase.Category, List<Phrase>> unindexed;

  static PhraseBook standard() {
    return STANDARD;
  }

  /**
   * This book with a court's phrases added: each phrase whose use is not {@code CHECK} joins the
   * category of the same name. A court phrase has no cue words, so it is tried on every clause;
   * courts add few.
   */
  PhraseBook with(List<org.courtorders.parser.spi.CourtPhrase> court) {
    List<Phrase> phrases = all();
    boolean added = false;
    for (org.courtorders.parser.spi.CourtPhrase c : court) {
      if (c.use() == org.courtorders.parser.spi.CourtPhrase.Use.CHECK) {
        continue;
      }
      phrases.add(
          new Phrase(
              c.id(),
              Phrase.Category.valueOf(c.use().name()),
              c.pattern(),
              List.of(),
              "",
              "",
              false,
              false,
              false,
              c.source(),
              c.examples()));
      added = true;
    }
    return added ? new PhraseBook(phrases, starts) : this;
  }

  List<Phrase> all() {
    List<Phrase> all = new ArrayList<>();
    byCategory.values().forEach(all::addAll);
    return all;
  }

  List<Phrase> of(Phrase.Category c) {
    return byCategory.get(c);
  }

  /** A phrase found at {@code [start, end)}. */
  record Hit(Phrase phrase, int start, int end) {}

  /** Every hit of the category's phrases in {@code text[from, to)}, earliest first. */
  List<Hit> find(Phrase.Category c, CharSequence text, int from, int to) {
    List<Hit> hits = new ArrayList<>();
    Trigrams present = Trigrams.cached(text, from, to);
    StartIndex index = indexes.get(c);
    index.scan(index.gate(present), text, from, to, hits, false);
    List<Phrase> rest = unindexed.get(c);
    for (int k = 0; k < rest.size(); k++) { // indexed: no iterator per clause and category
      Phrase p = rest.get(k);
      if (!present.mayHold(p.cues())) {
        continue;
      }
      Matcher m = p.pattern().matcher(text).region(from, to);
      while (m.find()) {
        hits.add(new Hit(p, m.start(), m.end()));
        if (m.end() == m.start()) {
          break;
        }
      }
    }
    if (hits.size() > 1) {
      List<Phrase> order = of(c);
      hits.sort(
          (a, b) ->
              a.start() != b.start()
                  ? Integer.compare(a.start(), b.start())
                  : a.end() - a.start() != b.end() - b.start()
                      ? Integer.compare(b.end() - b.start(), a.end() - a.start())
                      : Integer.compare(order.indexOf(a.phrase()), order.indexOf(b.phrase())));
    }
    return hits;
  }

  /** The earliest hit, the longest on a tie. */
  Optional<Hit> first(Phrase.Category c, CharSequence text, int from, int to) {
    List<Hit> hits = find(c, text, from, to);
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  /** Whether any phrase of the category occurs in {@code text[from, to)}. */
  boolean any(Phrase.Category c, CharSequence text, int from, int to) {
    Trigrams present = Trigrams.cached(text, from, to);
    StartIndex index = indexes.get(c);
    if (index.scan(index.gate(present), text, from, to, null, true)) {
      return true;
    }
    List<Phrase> rest = unindexed.get(c);
    for (int k = 0; k < rest.size(); k++) {
      Phrase p = rest.get(k);
      if (present.mayHold(p.cues()) && p.pattern().matcher(text).region(from, to).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text[from, to)} holds one of the phrase's cues, ignoring ASCII case; true
   * without cues.
   */
  static boolean holdsCue(Phrase p, CharSequence text, int from, int to) {
    if (p.cues().isEmpty()) {
      return true;
    }
    String region = text.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
    return p.cues().stream().anyMatch(region::contains);
  }

  private static List<String> cues(DataFile.Entry e) {
    List<String> cues = e.texts("cues");
    for (String c : cues) {
      if (!c.matches("[a-z]{3,}")) {
        throw new IllegalStateException(
            e.where() + ": a cue is three or more lower-case letters: " + c);
      }
    }
    return cues;
  }

  private static PhraseBook load() {
    List<Phrase> phrases = new ArrayList<>();
    for (DataFile.Entry e : DataFile.load(PhraseBook.class, RESOURCE).entries()) {
      int flags = e.flag("caseSensitive", false) ? 0 : Pattern.CASE_INSENSITIVE;
      phrases.add(
          new Phrase(
              e.text("id"),
              Phrase.Category.valueOf(e.text("category")),
              Pattern.compile(e.text("pattern"), flags),
              cues(e),
              e.optionalText("value").orElse(""),
              e.optionalText("measure").orElse(""),
              e.flag("actorAfter", false),
              e.flag("criminalOnly", false),
              e.flag("conditional", false),
              e.optionalText("source").orElse(""),
              e.examples()));
    }
    Map<Phrase, Starts> starts = new java.util.IdentityHashMap<>();
    for (Phrase p : phrases) {
      Starts st = Starts.of(p.pattern());
      if (st != null) {
        starts.put(p, st);
      }
    }
    return new PhraseBook(phrases, java.util.Collections.unmodifiableMap(starts));
  }
}
