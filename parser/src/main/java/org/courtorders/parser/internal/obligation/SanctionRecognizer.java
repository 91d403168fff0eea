package org.courtorders.parser.internal.obligation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.courtorders.core.Sanction;
import org.courtorders.core.SanctionKind;
import org.courtorders.core.SanctionMeasure;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds sanctions threatened or imposed, one entry per distinct threat (gold guide): "may/could
 * result in" or "the Court may dismiss" is a WARNING, "will result in", "will be stricken" or "the
 * Court will unseal ... if" (after a condition of non-compliance) a CONSEQUENCE, "the Court
 * imposes" or "is sanctioned in the amount of" IMPOSED. Each order to show cause is one entry per
 * person ordered; a threat in its sentence, one that names it, or a later one naming the same
 * measure spells it out and merges into it (as CONSEQUENCE where it says "will"). A sentence
 * previewing a threat spelled out below adds nothing; a list of sanctions imposed in one passage is
 * one IMPOSED entry per person sanctioned; a threat or show-cause order recounted from an earlier
 * order is not counted.
 *
 * <pre>{@code
 * SanctionRecognizer r = new SanctionRecognizer(ctx, book);
 * sentences.forEach(s -> r.add(s, recount, directiveIndex));
 * ctx.out.sanctions.addAll(r.sanctions());
 * }</pre>
 */
final class SanctionRecognizer {
  private static final Anchored SHOW_CAUSE = Anchored.compile("(?i)\\bshow[-\\s]cause\\b");
  private static final Anchored AMOUNT =
      Anchored.compile("\\$\\s?(\\d{1,3}(?:,\\d{3})*|\\d+)(\\.\\d{2})?");
  private static final Anchored RULE =
      Anchored.compile(
          "(?i)\\b(?:Fed\\.\\s?R\\.\\s?Civ\\.\\s?P\\.\\s?|Federal Rule of Civil Procedure\\s|Rule\\s)(\\d{1,2}(?:\\([a-z0-9]{1,4}\\)){0,3})|28 U\\.S\\.C\\. § ?1927|inherent (?:power|authority)");
  private static final Anchored PERSON =
      Anchored.compile(
          "\\b(?:Attorney|Ms\\.|Mr\\.|Mrs\\.)\\s+(?:[A-Z][a-zA-Z'-]+\\s+){0,3}([A-Z][a-zA-Z'-]{2,})");

  private final Reading ctx;
  private final PhraseBook book;
  private final List<Candidate> threats = new ArrayList<>();
  private final List<Candidate> showCause = new ArrayList<>();

  /**
   * The person each show-cause candidate orders, by index into {@link #showCause}; null if unnamed.
   */
  private final List<String> showCauseWho = new ArrayList<>();

  /**
   * Whether each show-cause candidate was read from a decretal phrase (not the title or a bare
   * directive).
   */
  private final List<Boolean> showCauseDecretal = new ArrayList<>();

  private final List<Boolean> threatPreview = new ArrayList<>();
  private final List<Integer> threatSentence = new ArrayList<>();
  private final List<Integer> showCauseSentence = new ArrayList<>();
  private final Map<String, List<Candidate>> imposed = new LinkedHashMap<>();
  private final List<Candidate> imposedUnnamed = new ArrayList<>();

  private record Candidate(
      SanctionKind kind,
      Set<SanctionMeasure> measures,
      int start,
      int end,
      Optional<BigDecimal> amount,
      Optional<String> rule,
      Optional<Integer> directive) {}

  SanctionRecognizer(Reading ctx, PhraseBook book) {
    this.ctx = ctx;
    this.book = book;
  }

  /** Reads one court sentence {@code [start, end)}. */
  void add(
      int start, int end, boolean recount, boolean directivePresent, Optional<Integer> directive) {
    if (recount) {
      return;
    }
    String t = ctx.text;
    for (PhraseBook.Hit h : book.find(Phrase.Category.IMPOSE, t, start, end)) {
      Set<SanctionMeasure> ms = measures(start, end, start);
      if (!h.phrase().measure().isEmpty()) {
        ms = EnumSet.of(SanctionMeasure.valueOf(h.phrase().measure()));
      }
      Candidate c = candidate(SanctionKind.IMPOSED, ms, start, end, directive);
      Anchored.Scan p = PERSON.scan(t, start, end);
      if (p.find()) {
        String who = p.group(1).replaceAll("['’]s?$", "");
        imposed.computeIfAbsent(who, k -> new ArrayList<>()).add(c);
      } else {
        imposedUnnamed.add(c);
      }
      break;
    }
    Set<SanctionKind> seen = EnumSet.noneOf(SanctionKind.class);
    quotesFrom = start; // read on the first question: most sentences ask none (issue #13)
    quotesTo = end;
    quotesRead = false;
    Boolean condition = null; // computed on the first conditional phrase: most sentences have none
    boolean oscSeen = false;
    for (PhraseBook.Hit h : book.find(Phrase.Category.THREAT, t, start, end)) {
      String v = h.phrase().value();
      if (v.equals("OSC")) {
        if (!oscSeen) {
          oscSeen = true;
          showCause(start, end, h, directivePresent, directive);
        }
        continue;
      }
      SanctionKind kind = SanctionKind.valueOf(v);
      Set<SanctionMeasure> ms = measures(h.end(), end, h.end());
      if (h.phrase().id().equals("threat.court_will")) {
        ms = measures(h.start(), end, h.start()); // the verb names the measure: "will adjourn"
      } else if (h.phrase().id().equals("threat.defer")) {
        ms = measures(h.end(), end, start);
      }
      if (ms.isEmpty()) {
        ms = measures(h.start(), end, h.start()); // "the Court may dismiss": the verb names it
      }
      if (ms.isEmpty() && !h.phrase().measure().isEmpty()) {
        ms =
            EnumSet.of(
                SanctionMeasure.valueOf(
                    h.phrase().measure())); // "will be stricken", "will not be tolerated"
      }
      if (ms.isEmpty()) {
        continue; // "may result in delay": no sanction named
      }
      if (quoted(h.start())) {
        continue; // "the court may impose an appropriate sanction" quoted from Rule 11(c)(1) states
        // the law
      }
      if (h.phrase().conditional() && condition == null) {
        condition =
            book.find(Phrase.Category.CONDITION, t, start, end).stream()
                .anyMatch(c -> !quoted(c.start()));
      }
      if (h.phrase().conditional() && !condition) {
        continue; // "the Court will consider ... and, if so, which one" states no failure it
        // answers
      }
      if (seen.add(kind)) {
        threats.add(candidate(kind, ms, h.start(), end, directive));
        threatPreview.add(book.any(Phrase.Category.PREVIEW, t, start, end));
        threatSentence.add(start);
      }
    }
  }

  /**
   * An order to show cause in this sentence: one read from a decretal phrase names its person
   * ("orders Attorney John Q. Smith to appear and show cause"); without one, a directive in the
   * sentence still makes it one, unless the sentence recounts an earlier order ("the March 10 order
   * directing counsel to show cause").
   */
  private void showCause(
      int start,
      int end,
      PhraseBook.Hit osc,
      boolean directivePresent,
      Optional<Integer> directive) {
    String t = ctx.text;
    Optional<PhraseBook.Hit> decretal = book.first(Phrase.Category.SHOW_CAUSE, t, start, end);
    boolean recounted = book.any(Phrase.Category.SHOW_CAUSE_RECOUNT, t, start, end);
    if (decretal.isEmpty() && (recounted || !directivePresent)) {
      return;
    }
    String who = null;
    if (decretal.isPresent()) {
      Matcher m =
          decretal
              .get()
              .phrase()
              .pattern()
              .matcher(t)
              .region(decretal.get().start(), decretal.get().end());
      if (m.lookingAt() && m.group("who") != null) {
        who = personKey(m.group("who"));
      }
    }
    Set<SanctionMeasure> ms = measures(osc.end(), end, start);
    showCause.add(
        candidate(
            SanctionKind.WARNING,
            ms.isEmpty() ? EnumSet.of(SanctionMeasure.UNSPECIFIED) : ms,
            start,
            end,
            directive));
    showCauseWho.add(who);
    showCauseDecretal.add(decretal.isPresent());
    showCauseSentence.add(start);
  }

  private static final java.util.Set<String> NOT_A_HEAD =
      java.util.Set.of(
          "that",
          "the",
          "a",
          "an",
          "hereby",
          "further",
          "personally",
          "shall",
          "must",
          "is",
          "are",
          "to");

  /**
   * The person a show-cause order names, reduced to a key that later mentions share: the head of "a
   * representative of the Office" ("representative"), else the last word ("Rudy E. Renfer" and
   * "Renfer" both give "renfer"); possessives dropped.
   */
  static String personKey(String who) {
    String w =
        who.toLowerCase(Locale.ROOT)
            .replaceAll("[\u2019']s\\b", "")
            .replaceAll("[^a-z0-9 ]+", " ")
            .strip();
    int of = indexOfWord(w, " of ", " for ", " on behalf ");
    if (of > 0) {
      w = w.substring(0, of).strip();
    }
    String[] words = w.split("\\s+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty() && !NOT_A_HEAD.contains(words[i])) {
        return words[i];
      }
    }
    return w;
  }

  private static int indexOfWord(String s, String... words) {
    int best = -1;
    for (String x : words) {
      int i = s.indexOf(x);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The double quotes of the sentence being read, and whether each opens; one pass per sentence.
   */
  private int[] quoteAt = new int[0];

  private boolean[] quoteOpens = new boolean[0];
  private int quoteCount;

  private int quotesFrom;
  private int quotesTo;
  private boolean quotesRead = true;

  private void quotes(int start, int end) {
    String t = ctx.text;
    quoteCount = 0;
    int to = Math.min(t.length(), end + 400); // a quotation may close just past the sentence
    for (int i = start; i < to; i++) {
      if (t.charAt(i) == '"') {
        if (quoteCount == quoteAt.length) {
          quoteAt = java.util.Arrays.copyOf(quoteAt, Math.max(8, quoteCount * 2));
          quoteOpens = java.util.Arrays.copyOf(quoteOpens, quoteAt.length);
        }
        quoteAt[quoteCount] = i;
        quoteOpens[quoteCount++] = opens(t, i);
      }
    }
  }

  /**
   * Whether {@code at} (in the sentence last given to {@link #quotes}) lies inside a quotation: the
   * last quote before it opens, or, with no quote before it, the first after it (within 400
   * characters, no sentence starting between) closes: the quotation began in an earlier sentence or
   * before a page break. The text layer has made every double quote straight; one after a blank or
   * an opening bracket opens, any other closes. A binary search: linear work per sentence.
   */
  private boolean quoted(int at) {
    if (!quotesRead) {
      quotesRead = true;
      quotes(quotesFrom, quotesTo);
    }
    int i = java.util.Arrays.binarySearch(quoteAt, 0, quoteCount, at);
    int before = i >= 0 ? i - 1 : -i - 2; // index of the last quote before at
    if (before >= 0) {
      return quoteOpens[before];
    }
    int after = before + 1;
    if (after >= quoteCount || quoteAt[after] > at + 400) {
      return false;
    }
    String t = ctx.text;
    for (int k = at; k + 2 < quoteAt[after]; k++) {
      if (t.charAt(k) == '.'
          && Character.isWhitespace(t.charAt(k + 1))
          && Character.isUpperCase(t.charAt(k + 2))) {
        return false;
      }
    }
    return !quoteOpens[after];
  }

  private static boolean opens(String t, int i) {
    return i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{".indexOf(t.charAt(i - 1)) >= 0;
  }

  /** Measures named in {@code [from, to)}; the sanction word alone gives UNSPECIFIED. */
  private Set<SanctionMeasure> measures(int from, int to, int floor) {
    Set<SanctionMeasure> out = EnumSet.noneOf(SanctionMeasure.class);
    for (PhraseBook.Hit h :
        book.find(Phrase.Category.MEASURE, ctx.text, Math.max(floor, from), to)) {
      out.add(SanctionMeasure.valueOf(h.phrase().value()));
    }
    if (out.size() > 1) {
      out.remove(SanctionMeasure.UNSPECIFIED);
    }
    return out;
  }

  private Candidate candidate(
      SanctionKind kind, Set<SanctionMeasure> ms, int start, int end, Optional<Integer> directive) {
    String s = ctx.text.substring(start, end);
    Optional<BigDecimal> amount = Optional.empty();
    Anchored.Scan a = AMOUNT.scan(s);
    if (ms.contains(SanctionMeasure.MONETARY) && a.find()) {
      amount =
          Optional.of(
              new BigDecimal(a.group(1).replace(",", "") + (a.group(2) == null ? "" : a.group(2))));
    }
    Anchored.Scan r = RULE.scan(s);
    Optional<String> rule = r.find() ? Optional.of(r.group().strip()) : Optional.empty();
    return new Candidate(
        kind,
        ms.isEmpty() ? EnumSet.of(SanctionMeasure.UNSPECIFIED) : ms,
        start,
        end,
        amount,
        rule,
        directive);
  }

  /** A show-cause order and the threats that spell it out. */
  private static final class Osc {
    final String who;
    final int sentence;
    Candidate first;
    SanctionKind kind = SanctionKind.WARNING;
    final Set<SanctionMeasure> measures = EnumSet.noneOf(SanctionMeasure.class);

    Osc(String who, int sentence, Candidate first) {
      this.who = who;
      this.sentence = sentence;
      this.first = first;
      measures.addAll(first.measures());
    }

    void absorb(Candidate c) {
      measures.addAll(c.measures());
      if (measures.size() > 1) {
        measures.remove(SanctionMeasure.UNSPECIFIED);
      }
      if (c.kind() == SanctionKind.CONSEQUENCE) {
        kind = SanctionKind.CONSEQUENCE;
      }
    }
  }

  /** One show-cause entry per person ordered; the title's and unnamed ones join the first. */
  private List<Osc> showCauseOrders(boolean imposedToo, Map<Integer, Osc> bySentence) {
    Map<String, Osc> byWho = new LinkedHashMap<>();
    List<Integer> unnamed = new ArrayList<>();
    for (int i = 0; i < showCause.size(); i++) {
      if (imposedToo && !showCauseDecretal.get(i)) {
        continue; // in a sanctions order, a title or bare mention of show cause is the history
      }
      String who = showCauseWho.get(i);
      if (who == null) {
        unnamed.add(i);
        continue;
      }
      Osc same = byWho.get(who);
      if (same == null) {
        same = new Osc(who, showCauseSentence.get(i), showCause.get(i));
        byWho.put(who, same);
      } else {
        same.absorb(showCause.get(i));
      }
      bySentence.putIfAbsent(showCauseSentence.get(i), same);
    }
    List<Osc> out = new ArrayList<>(byWho.values());
    for (int i : unnamed) {
      if (out.isEmpty()) {
        out.add(new Osc(null, showCauseSentence.get(i), showCause.get(i)));
      } else {
        Osc o = out.get(0);
        o.absorb(showCause.get(i));
        if (showCause.get(i).start() < o.first.start()) {
          o.first = showCause.get(i);
        }
      }
      bySentence.putIfAbsent(showCauseSentence.get(i), out.get(0));
    }
    out.sort((x, y) -> Integer.compare(x.first.start(), y.first.start()));
    return out;
  }

  /**
   * The show-cause order a threat spells out, if any: one in its own sentence; the nearest one
   * before it when the threat names the show cause, names the same measure, or the order names none
   * ("Failure to respond to this Order to Show Cause will be deemed consent to dismissal"). {@code
   * orders} are sorted by start; a binary search finds the nearest.
   */
  private Optional<Osc> spelledOut(
      List<Osc> orders, Map<Integer, Osc> bySentence, Candidate threat, int sentence) {
    Osc same = bySentence.get(sentence);
    if (same != null) {
      return Optional.of(same);
    }
    int lo = 0;
    int hi = orders.size();
    while (lo < hi) { // first order starting at or after the threat
      int mid = (lo + hi) >>> 1;
      if (orders.get(mid).first.start() < threat.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Osc before = lo > 0 ? orders.get(lo - 1) : null;
    boolean names = SHOW_CAUSE.find(ctx.text, sentence, threat.end());
    if (names && before == null && !orders.isEmpty()) {
      return Optional.of(orders.get(0));
    }
    if (before == null) {
      return Optional.empty();
    }
    Set<SanctionMeasure> common = EnumSet.copyOf(before.measures);
    common.retainAll(threat.measures());
    boolean unspecified = before.measures.equals(EnumSet.of(SanctionMeasure.UNSPECIFIED));
    return names || !common.isEmpty() || unspecified ? Optional.of(before) : Optional.empty();
  }

  List<Sanction> sanctions() {
    boolean imposedToo = !imposed.isEmpty() || !imposedUnnamed.isEmpty();
    Map<Integer, Osc> bySentence = new java.util.HashMap<>();
    List<Osc> orders = showCauseOrders(imposedToo, bySentence);
    // a threat previewed ("as described below") is counted where it is spelled out
    List<Candidate> kept = new ArrayList<>();
    List<Integer> keptSentence = new ArrayList<>();
    Map<SanctionKind, Integer> lastOfKind = new java.util.EnumMap<>(SanctionKind.class);
    for (int i = 0; i < threats.size(); i++) {
      lastOfKind.put(threats.get(i).kind(), i);
    }
    for (int i = 0; i < threats.size(); i++) {
      Candidate c = threats.get(i);
      boolean later = threatPreview.get(i) && lastOfKind.get(c.kind()) > i;
      if (!later) {
        kept.add(c);
        keptSentence.add(threatSentence.get(i));
      }
    }
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      Optional<Osc> o = spelledOut(orders, bySentence, c, keptSentence.get(i));
      if (o.isPresent()) {
        o.get().absorb(c);
      } else {
        all.add(c);
      }
    }
    for (Osc o : orders) {
      Candidate f = o.first;
      all.add(
          new Candidate(
              o.kind,
              o.measures.isEmpty() ? EnumSet.of(SanctionMeasure.UNSPECIFIED) : o.measures,
              f.start(),
              f.end(),
              f.amount(),
              f.rule(),
              f.directive()));
    }
    List<List<Candidate>> groups = new ArrayList<>(imposed.values());
    if (!imposedUnnamed.isEmpty()) {
      if (groups.isEmpty()) {
        groups.add(new ArrayList<>(imposedUnnamed));
      } else {
        groups.get(0).addAll(imposedUnnamed);
      }
    }
    for (List<Candidate> g : groups) {
      Set<SanctionMeasure> ms = EnumSet.noneOf(SanctionMeasure.class);
      g.forEach(c -> ms.addAll(c.measures()));
      if (ms.size() > 1) {
        ms.remove(SanctionMeasure.UNSPECIFIED);
      }
      Candidate first = g.get(0);
      Optional<BigDecimal> amount = g.stream().flatMap(c -> c.amount().stream()).findFirst();
      Optional<String> rule = g.stream().flatMap(c -> c.rule().stream()).findFirst();
      all.add(
          new Candidate(
              SanctionKind.IMPOSED,
              ms,
              first.start(),
              first.end(),
              amount,
              rule,
              first.directive()));
    }
    all.sort((x, y) -> Integer.compare(x.start(), y.start()));
    List<Sanction> out = new ArrayList<>();
    for (Candidate c : all) {
      Sanction.Builder b =
          new Sanction.Builder()
              .kind(c.kind())
              .measures(c.measures())
              .text(ctx.quote(c.start(), c.end()))
              .span(ctx.span(c.start(), c.end()));
      c.amount().ifPresent(b::amount);
      c.rule().ifPresent(b::rule);
      c.directive().ifPresent(b::directive);
      out.add(b.build());
    }
    return out;
  }

  /** Whether the header names an order to show cause. */
  void showCauseTitle(String header, int start, int end) {
    if (header.toLowerCase(Locale.ROOT).contains("show cause")) {
      showCause.add(
          candidate(
              SanctionKind.WARNING,
              EnumSet.of(SanctionMeasure.UNSPECIFIED),
              start,
              end,
              Optional.empty()));
      showCauseWho.add(null);
      showCauseDecretal.add(false);
      showCauseSentence.add(start);
    }
  }
}
