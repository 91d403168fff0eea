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
  }

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
    Window window = null;
    List<Phrase> phrases = of(c);
    for (int k = 0; k < phrases.size(); k++) { // indexed: no iterator per clause and category
      Phrase p = phrases.get(k);
      if (!present.mayHold(p.cues())) {
        continue;
      }
      Starts st = starts.get(p);
      if (st != null) {
        window = window == null ? new Window(text, from, to) : window;
        scan(p, st, text, window, from, to, hits, false);
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
    hits.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
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
    Window window = null;
    List<Phrase> phrases = of(c);
    for (int k = 0; k < phrases.size(); k++) { // indexed: no iterator per clause and category
      Phrase p = phrases.get(k);
      if (!present.mayHold(p.cues())) {
        continue;
      }
      Starts st = starts.get(p);
      if (st != null) {
        window = window == null ? new Window(text, from, to) : window;
        if (scan(p, st, text, window, from, to, null, true)) {
          return true;
        }
      } else if (p.pattern().matcher(text).region(from, to).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The matches {@code find()} gives in {@code text[from, to)}, tried only where {@code st} lets a
   * match start. The matcher reads a {@link Window} of the region, so its ends are the input's ends
   * (as a region's opaque, anchoring bounds make them) from wherever a match is tried.
   *
   * @return whether there was a match; with {@code firstOnly}, stops at the first
   */
  private static boolean scan(
      Phrase p,
      Starts st,
      CharSequence text,
      Window window,
      int from,
      int to,
      List<Hit> hits,
      boolean firstOnly) {
    Matcher m = st.matcher(window);
    try {
      return scan(p, st, m, text, from, to, hits, firstOnly);
    } finally {
      st.release(m);
    }
  }

  private static boolean scan(
      Phrase p,
      Starts st,
      Matcher m,
      CharSequence text,
      int from,
      int to,
      List<Hit> hits,
      boolean firstOnly) {
    boolean any = false;
    int at = from;
    while (at < to) {
      if (!st.mayStartAt(text, from, at)) {
        at++;
        continue;
      }
      m.region(at - from, to - from);
      if (!m.lookingAt()) {
        at++;
        continue;
      }
      any = true;
      if (firstOnly) {
        return true;
      }
      hits.add(new Hit(p, from + m.start(), from + m.end()));
      if (m.end() == m.start()) {
        break;
      }
      at = from + m.end();
    }
    return any;
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
