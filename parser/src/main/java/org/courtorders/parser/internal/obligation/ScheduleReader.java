package org.courtorders.parser.internal.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.courtorders.core.Actor;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.core.Modality;
import org.courtorders.core.Proceeding;
import org.courtorders.core.ProceedingType;
import org.courtorders.parser.internal.date.DateMention;
import org.courtorders.parser.internal.date.DateRecognizer;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;

/**
 * Reads schedule tables and schedule lines in the court's text: rows of an event's label and a date
 * at the end of the line, the two apart by a column gap (two or more blanks or a tab), a dot leader
 * ("Fact discovery ........ June 30, 2025"), a colon ("Expert reports: July 31, 2025") or a pipe
 * ("| Dispositive motions | September 15, 2025 |"). Rows count in a block of two or more, or under
 * a header row ("Event / Deadline") or a lead-in line ending in a colon ("The Court adopts the
 * following schedule:"). A row's date is a deadline, or a proceeding when its label names a session
 * (conference, hearing, trial, argument); its actor comes from the label's grammar where the label
 * opens with a side ("Plaintiff's expert disclosures"), else the parties (annotation guide).
 *
 * <p>Only dates the clause reader would leave unclassified are taken, and only dates after the
 * order's date: a row with a due-date cue ("Reply due June 3") is the clause reader's, a past date
 * is history, and a row without an order date to compare with stays unclassified (its {@code
 * DATE_UNCLASSIFIED} diagnostic comes from the clause reader). Work is one pass over the lines, a
 * bounded amount per line.
 *
 * <pre>{@code
 * ScheduleReader s = new ScheduleReader(ctx, book, actors, deadlines);
 * s.read(ctx.doc.clauses());            // proceedings added to ctx.out at once
 * List<Directive> rows = s.directivesIn(clause);
 * }</pre>
 */
final class ScheduleReader {
  /** A row: its line (trimmed), its label and its date. */
  private record Row(
      int start, int end, int labelStart, int labelEnd, DateMention date, Clause c) {}

  /** A label longer than this is prose that happens to end in a date. */
  private static final int MAX_LABEL_WORDS = 14;

  private static final int MAX_LABEL_CHARS = 120;

  /** Words that may stand before a side in a label ("Deadline for Plaintiff to ..."). */
  private static final Set<String> BEFORE_SIDE =
      Set.of("the", "deadline", "deadlines", "date", "due", "last", "day", "for", "by", "of");

  private final Reading ctx;
  private final PhraseBook book;
  private final ActorResolver actors;
  private final DeadlineResolver deadlines;
  private final DateWords v = DateWords.standard();
  private final DateClassifier classifier = new DateClassifier(DateWords.standard());
  private final DateRecognizer recognizer = new DateRecognizer();
  private final Set<Integer> claimed = new HashSet<>();
  private final TreeMap<Integer, Directive> directives = new TreeMap<>();
  private final List<Proceeding> proceedings = new ArrayList<>();
  private Set<LocalDate> sessionDates;
  private Clause wordsOf;
  private Words words;

  ScheduleReader(Reading ctx, PhraseBook book, ActorResolver actors, DeadlineResolver deadlines) {
    this.ctx = ctx;
    this.book = book;
    this.actors = actors;
    this.deadlines = deadlines;
  }

  /** The starts of the date mentions this reader took; the clause reader leaves them alone. */
  Set<Integer> claimed() {
    return claimed;
  }

  /** The proceedings read from session rows. */
  List<Proceeding> proceedings() {
    return proceedings;
  }

  /** The deadlines read from rows whose date lies in the clause, in text order. */
  List<Directive> directivesIn(Clause c) {
    return directives.isEmpty()
        ? List.of()
        : List.copyOf(directives.subMap(c.start(), c.end()).values());
  }

  /** Reads every line of the court's text once. */
  void read(List<Clause> clauses) {
    String t = ctx.text;
    List<Range> lines = ctx.layout.lines();
    List<Row> block = new ArrayList<>();
    boolean opened = false;
    int ci = 0;
    for (Range line : lines) {
      int s = line.start();
      int e = line.end();
      while (s < e && Character.isWhitespace(t.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
        e--;
      }
      if (s == e || rule(t, s, e)) {
        continue; // a blank line or a rule ("|---|---|", "-----") does not end a table
      }
      while (ci < clauses.size() && clauses.get(ci).sentenceEnd() <= s) {
        ci++;
      }
      boolean inScope = ci < clauses.size() && clauses.get(ci).sentenceStart() < e;
      int seps = inScope ? separators(t, s, e) : 0;
      Row r = (seps & ROW_SEPARATOR) != 0 ? row(s, e, clauses, ci) : null;
      if (r != null) {
        block.add(r);
        continue;
      }
      flush(block, opened);
      block.clear();
      boolean header = (seps & CELL_SEPARATOR) != 0 && headerRow(s, e);
      opened = header || inScope && t.charAt(e - 1) == ':';
    }
    flush(block, opened);
  }

  private void flush(List<Row> block, boolean opened) {
    if (block.size() >= 2 || opened && !block.isEmpty()) {
      for (Row r : block) {
        take(r);
      }
    }
  }

  /** A line holding a tab, a pipe or a column gap may have two cells. */
  private static final int CELL_SEPARATOR = 1;

  /**
   * A line that may hold a row's separator: a cell separator, a colon, a dash between blanks
   * (date-first rows) or a dot leader.
   */
  private static final int ROW_SEPARATOR = 2;

  /**
   * Which separators {@code t[s, e)} may hold, in one pass over its characters (issue #13): a line
   * without any is neither a row nor a header, so neither the date recognizer nor the word scan
   * runs on it. {@link #row} and {@link #headerRow} read the separators themselves, from a part of
   * the line, so this is a necessary condition only.
   */
  static int separators(String t, int s, int e) {
    int dots = 0;
    int flags = 0;
    for (int k = s; k < e; k++) {
      char ch = t.charAt(k);
      switch (ch) {
        case '\t', '|' -> flags |= CELL_SEPARATOR | ROW_SEPARATOR;
        case ' ' -> {
          if (k + 1 < e && t.charAt(k + 1) == ' ') {
            flags |= CELL_SEPARATOR | ROW_SEPARATOR;
          }
        }
        case ':', '\u2014', '\u2013' -> flags |= ROW_SEPARATOR; // "label: date", "date — label"
        case '-' -> {
          // "May 5, 2025 - Opening brief"; an em dash arrives normalized as "--"
          if (k > s
              && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '-')
              && k + 1 < e
              && (t.charAt(k + 1) == ' ' || t.charAt(k + 1) == '-')) {
            flags |= ROW_SEPARATOR;
          }
        }
        case '.', '_' -> dots++;
        case '\u2026' -> dots += 3;
        default -> {}
      }
    }
    return dots >= 3 ? flags | ROW_SEPARATOR : flags;
  }

  /** The row a line holds, or null. */
  private Row row(int s, int e, List<Clause> clauses, int ci) {
    String t = ctx.text;
    int ls = s;
    int le = e;
    if (t.charAt(ls) == '|') {
      ls++;
    }
    while (le > ls && (t.charAt(le - 1) == '|' || Character.isWhitespace(t.charAt(le - 1)))) {
      le--;
    }
    DateMention m = null;
    int n = 0;
    for (DateMention x : recognizer.find(t, ls, le)) {
      if (x.kind() == DateMention.Kind.DATE) {
        m = x;
        n++;
      }
    }
    if (m == null || n > 1) {
      return null; // no date, or a label with a date of its own (a docket list, two columns)
    }
    for (int k = m.end(); k < le; k++) {
      if (".;,".indexOf(t.charAt(k)) < 0 && !Character.isWhitespace(t.charAt(k))) {
        return dateFirst(s, e, ls, le, m, clauses, ci); // the date does not end the line
      }
    }
    // the separator, read back from the date
    int j = m.start();
    int run = 0;
    int maxRun = 0;
    int dots = 0;
    int colons = 0;
    int pipes = 0;
    int tabs = 0;
    while (j > ls) {
      char ch = t.charAt(j - 1);
      if (ch == ' ') {
        maxRun = Math.max(maxRun, ++run);
      } else {
        run = 0;
        if (ch == '\t') {
          tabs++;
        } else if (ch == '.' || ch == '_') {
          dots++;
        } else if (ch == '…') {
          dots += 3;
        } else if (ch == ':') {
          colons++;
        } else if (ch == '|') {
          pipes++;
        } else {
          break;
        }
      }
      j--;
    }
    if (tabs == 0 && maxRun < 2 && dots < 3 && colons != 1 && pipes == 0) {
      return null;
    }
    int labelStart = ItemLabels.after(t, ls, j);
    while (labelStart < j && Character.isWhitespace(t.charAt(labelStart))) {
      labelStart++;
    }
    if (j - labelStart > MAX_LABEL_CHARS || !label(labelStart, j)) {
      return null;
    }
    int k = ci;
    while (k < clauses.size() && clauses.get(k).end() <= m.start()) {
      k++;
    }
    if (k >= clauses.size() || clauses.get(k).start() > m.start()) {
      return null;
    }
    return new Row(s, e, labelStart, j, m, clauses.get(k));
  }

  /**
   * A row whose date opens the line and whose label follows it after a dash, a colon or a column
   * gap ("March 3, 2025 — Amended pleadings", "• 6/2/2025: Expert reports", "July 7, 2025<TAB>Trial
   * readiness"), or null. Bounded work: one pass over the line.
   */
  private Row dateFirst(int s, int e, int ls, int le, DateMention m, List<Clause> clauses, int ci) {
    String t = ctx.text;
    int open = ItemLabels.after(t, ls, m.start());
    while (open < m.start() && Character.isWhitespace(t.charAt(open))) {
      open++;
    }
    if (open != m.start()) {
      return null; // words before the date: prose, or a label the date does not end
    }
    int k = m.end();
    int run = 0;
    int maxRun = 0;
    int marks = 0;
    while (k < le) {
      char ch = t.charAt(k);
      if (ch == ' ') {
        maxRun = Math.max(maxRun, ++run);
      } else if ("\t—–-:|".indexOf(ch) >= 0) {
        run = 0;
        marks++;
      } else {
        break;
      }
      k++;
    }
    if (marks == 0 && maxRun < 2) {
      return null; // "June 3, 2025 the parties appeared": a sentence, not a row
    }
    int labelEnd = le;
    while (labelEnd > k && ".;,".indexOf(t.charAt(labelEnd - 1)) >= 0) {
      labelEnd--;
    }
    if (labelEnd - k > MAX_LABEL_CHARS || labelEnd <= k || !label(k, labelEnd)) {
      return null;
    }
    int c = ci;
    while (c < clauses.size() && clauses.get(c).end() <= m.start()) {
      c++;
    }
    if (c >= clauses.size() || clauses.get(c).start() > m.start()) {
      return null;
    }
    return new Row(s, e, k, labelEnd, m, clauses.get(c));
  }

  /**
   * Whether {@code [a, b)} reads as an event's label: words, no modal, not a date's own caption.
   */
  private boolean label(int a, int b) {
    Words w = Words.scan(ctx.text, a, b);
    int words = 0;
    for (int i = 0; i < w.size(); i++) {
      if (w.isWord(i)) {
        words++;
      }
    }
    if (words == 0 || words > MAX_LABEL_WORDS) {
      return false;
    }
    if (v.startingAt("notEvent", w, 0) == w.size() || v.endingAt("past", w, w.size() - 1) > 0) {
      return false; // "Dated:", "Date Filed:", "Hearing held": the document's own dates, history
    }
    return !book.any(Phrase.Category.MODAL, ctx.text, a, b);
  }

  /** A table's header row: two or more cells, each a column heading ("Event", "Deadline"). */
  private boolean headerRow(int s, int e) {
    String t = ctx.text;
    int cells = 0;
    int k = s;
    while (k < e) {
      int c = k;
      while (c < e && t.charAt(c) != '\t' && t.charAt(c) != '|' && !gap(t, c, e)) {
        c++;
      }
      Words w = Words.scan(t, k, c);
      if (w.size() > 0) {
        if (v.startingAt("scheduleHeader", w, 0) != w.size()) {
          return false;
        }
        cells++;
      }
      k = c + 1;
      while (k < e && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '|')) {
        k++;
      }
    }
    return cells >= 2;
  }

  /** A line of only rule characters: a table's border. */
  private static boolean rule(String t, int s, int e) {
    for (int k = s; k < e; k++) {
      if ("-=_|:+ \t".indexOf(t.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean gap(String t, int c, int e) {
    return t.charAt(c) == ' ' && c + 1 < e && t.charAt(c + 1) == ' ';
  }

  /** Takes a row the clause reader would leave unclassified, if its date is still to come. */
  private void take(Row r) {
    String t = ctx.text;
    DateMention m = r.date();
    Clause c = r.c();
    if (wordsOf != c) {
      wordsOf = c;
      words = Words.scan(t, c.start(), c.end()); // several rows may share a clause: scanned once
    }
    Words w = words;
    DateRole role = classifier.classify(w, w.indexAt(m.start()));
    if (role != DateRole.UNKNOWN && role != DateRole.APPOINTMENT) {
      return; // a due-date cue (the clause reader's), history, a party's proposal, an old setting
    }
    Optional<LocalDate> d = deadlines.resolve(m, false);
    Optional<LocalDate> anchor = ctx.anchorDate();
    if (d.isEmpty() || anchor.isEmpty() || !d.get().isAfter(anchor.get())) {
      return; // past, the order's own date, or nothing to compare with: reported by the clause
      // reader
    }
    Optional<ProceedingType> session = session(r);
    if (session.isPresent()) {
      claimed.add(m.start());
      if (sessionDates == null) {
        sessionDates = new HashSet<>();
        ctx.out.proceedings.forEach(p -> p.date().ifPresent(sessionDates::add));
      }
      if (sessionDates.add(d.get())) {
        Proceeding.Builder b =
            new Proceeding.Builder()
                .type(session.get())
                .date(d.get())
                .text(ctx.quote(r.start(), r.end()))
                .span(ctx.span(r.start(), r.end()));
        m.time().ifPresent(b::time);
        proceedings.add(b.build());
      }
      return;
    }
    if (role != DateRole.UNKNOWN) {
      return;
    }
    Optional<Deadline> dl = deadlines.dateDeadline(m);
    if (dl.isEmpty()) {
      return;
    }
    claimed.add(m.start());
    Directive.Builder b =
        new Directive.Builder()
            .modality(Modality.SHALL)
            .text(ctx.quote(r.start(), r.end()))
            .span(ctx.span(r.start(), r.end()))
            .object(ctx.quote(r.labelStart(), r.labelEnd()).strip())
            .deadline(dl.get());
    Words lw = Words.scan(t, r.labelStart(), r.labelEnd());
    Optional<ActorResolver.Found> side = side(lw, r);
    if (side.isPresent()) {
      b.actor(side.get().actor()).actorText(ctx.quote(side.get().start(), side.get().end()));
    } else {
      b.actor(owner(lw));
    }
    b.action(act(lw, side));
    directives.put(m.start(), b.build());
  }

  /**
   * The side that opens the label ("Plaintiff's expert disclosures", "Deadline for Defendants to
   * answer"), not one the label only mentions ("Opposition to Defendants' motion").
   */
  private Optional<ActorResolver.Found> side(Words lw, Row r) {
    Optional<ActorResolver.Found> f = actors.first(ctx.text, r.labelStart(), r.labelEnd());
    if (f.isEmpty()) {
      return f;
    }
    int at = lw.indexAt(f.get().start());
    for (int k = 0; k < at; k++) {
      if (lw.isWord(k) && !BEFORE_SIDE.contains(lw.at(k))) {
        return Optional.empty();
      }
    }
    return f;
  }

  /**
   * Who owns a row no side opens: the moving side for a motion or reply, the other side for an
   * opposition or response ("Opposition", "Reply brief" under "Defendants' motion to dismiss"), the
   * plaintiff for its own acts ("Proof of service"), else the parties.
   */
  private Actor owner(Words lw) {
    int head = Math.min(lw.size(), 3);
    if (v.find("respondent", lw, 0, head) < 0 && v.find("movant", lw, 0, head) < 0) {
      return v.find("plaintiffAct", lw, 0, lw.size()) >= 0 ? Actor.PLAINTIFFS : Actor.PARTIES;
    }
    if (briefing == null) {
      briefing = new Briefing(ctx, actors);
    }
    Actor a = briefing.ownerOfThingDue(lw, 0, head);
    return a == null ? Actor.PARTIES : a;
  }

  private Briefing briefing;

  /**
   * The row's act: the verb after "to" that follows the side or a deadline word ("Deadline for
   * Plaintiff to amend" → amend), else the verb of the first noun that names an act ("Completion of
   * fact discovery" → complete, {@link ActNouns}), else the label's first content word (the event:
   * "reply", "expert").
   */
  private String act(Words lw, Optional<ActorResolver.Found> side) {
    int from = side.map(f -> lw.indexAt(f.end())).orElse(0);
    for (int k = from; k < lw.size(); k++) {
      if (lw.is(k, "to")) {
        if (k + 1 < lw.size() && lw.isWord(k + 1) && !Character.isDigit(lw.at(k + 1).charAt(0))) {
          return lw.at(k + 1);
        }
        break;
      }
      if (lw.isWord(k) && !BEFORE_SIDE.contains(lw.at(k))) {
        break;
      }
    }
    for (int k = from; k < lw.size(); k++) {
      Optional<String> verb = lw.isWord(k) ? ACTS.verb(lw.at(k)) : Optional.empty();
      if (verb.isPresent()) {
        return verb.get();
      }
    }
    return head(lw, side);
  }

  private static final ActNouns ACTS = ActNouns.standard();

  /** The label's first content word ("reply", "expert"), the event the row is about. */
  private static String head(Words lw, Optional<ActorResolver.Found> side) {
    int from = side.map(f -> lw.indexAt(f.end())).orElse(0);
    for (int k = from; k < lw.size(); k++) {
      if (lw.isWord(k) && !BEFORE_SIDE.contains(lw.at(k)) && !lw.is(k, "to")) {
        return lw.at(k);
      }
    }
    return "act";
  }

  /**
   * The session a label names ("Final pretrial conference", "Oral argument", "Trial"): its last
   * proceeding noun, not in "pre-trial", and no deadline word in the label ("Deadline for trial
   * briefs").
   */
  private Optional<ProceedingType> session(Row r) {
    String t = ctx.text;
    Words lw = Words.scan(t, r.labelStart(), r.labelEnd());
    if (v.find("dueNoun", lw, 0, lw.size()) >= 0
        || DateClassifier.indexOf(lw, "due", 0, lw.size()) >= 0) {
      return Optional.empty();
    }
    PhraseBook.Hit last = null;
    for (PhraseBook.Hit h :
        book.find(Phrase.Category.PROCEEDING, t, r.labelStart(), r.labelEnd())) {
      boolean pre =
          h.start() >= 4
              && t.substring(h.start() - 4, h.start()).toLowerCase(Locale.ROOT).equals("pre-");
      if (!pre) {
        last = h;
      }
    }
    return last == null
        ? Optional.empty()
        : Optional.of(ProceedingType.valueOf(last.phrase().value()));
  }
}
