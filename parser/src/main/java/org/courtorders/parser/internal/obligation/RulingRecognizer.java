package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.Citation;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Disposition;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.Ruling;
import org.courtorders.core.Severity;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds dispositions of motions, requests, applications, petitions and objections. A disposition
 * word counts when it is decretal: capitalized ("is GRANTED", "DENY"), in the present with the
 * court as subject ("the Court denies", "I also deny") or coordinated with such a verb ("grants A,
 * denies B, and grants C"), passive present with a motion as the head of its subject ("the motion
 * is denied"; not "pauper status for any appeal is denied"), a bare endorsement ("Application
 * denied without prejudice."), or a participle in an order's own heading ("ORDER denying 221 Letter
 * Motion"). Where the court plainly decides without a disposition word ("we dismiss the claim", "We
 * strike paragraphs 15-17") and a party moved for exactly that, the motion is GRANTED ({@link
 * RulingVocabulary}). Past rulings recounted are not rulings.
 *
 * <p>One ruling per motion disposed: an object naming several motions ("A's motion ... and B's
 * motion ...", "the motions to strike (Dkt. Nos. 41, 42)", "both motions") gives one each; the same
 * motion disposed twice (by docket entry or by its name) gives one, the decretal wording winning
 * over a preview in the introduction or the discussion, and the more specific disposition
 * ("partially grants", "denied as moot") over the plainer one.
 *
 * <pre>{@code
 * RulingRecognizer r = new RulingRecognizer(ctx, book);
 * clauses.forEach(c -> r.add(c, recount));
 * ctx.out.rulings.addAll(r.rulings());
 * }</pre>
 */
final class RulingRecognizer {
  private static final Anchored SUBJECT_NOUN =
      Anchored.compile(
          "(?i)\\b(?:motions?|requests?|applications?|petitions?|objections?|appeal|letter[- ]motions?|report\\s+and\\s+recommendations?|R&R)\\b");
  private static final Anchored PRESENT_PASSIVE =
      Anchored.compile("(?i)\\b(?:is|are)\\s+(?:[a-z]+\\s+){0,2}$");
  private static final Anchored COURT_ACTS =
      Anchored.compile("(?i)\\b(?:the court|court|i|we)\\s+(?:[a-z]+\\s+){0,2}$");
  private static final Pattern BARE =
      Pattern.compile(
          "(?i)^\\W*(?:the\\s+|plaintiffs?'?s?\\s+|defendants?'?s?\\s+)?(?:application|request|motion|letter[- ]motion|petition|objection)s?\\s+(?:is\\s+)?$");
  private static final Anchored UPPER_WORD = Anchored.compile("\\b[A-Z]{4,}\\b");
  private static final Anchored HEADING = Anchored.compile("\\b(?:ORDER|ENDORSEMENT|Judgment)\\b");
  private static final Anchored MODAL_BE =
      Anchored.compile(
          "(?i)\\b(?:can|could|may|might|should|would|must|will|cannot|to)\\s+(?:not\\s+)?be\\s+$");
  private static final Anchored CITATION =
      Anchored.compile("(?i)(?:cert\\.|reh'g|rehearing|leave to appeal)\\s*$");
  private static final Anchored DECLINES =
      Anchored.compile(
          "(?i)\\b(?:the court|i|we)\\s+(?:hereby\\s+)?declines?\\s+(?:to\\s+grant\\s+)?[^.;]{0,40}?\\b(?:request|motion|application|invitation)\\b");
  private static final Anchored ANAPHORIC =
      Anchored.compile(
          "(?i)^\\W*(?:(?:accordingly|therefore|thus|for the (?:stated|foregoing) reasons),?\\s+)?(?:the court\\s+(?:will\\s+)?(?:grants?|denies|deny)\\s+)?(?:the|his|her|their|its|this|that|such|these|those|it|both|all)\\b");
  private static final Pattern LEAD =
      Pattern.compile(
          "(?i)^\\W*(?:(?:it is\\s+)?(?:hereby\\s+)?ordered that|(?:i|we|the court)\\s+(?:[a-z]+\\s+){0,2}orders?\\s+that|accordingly,?|therefore,?|thus,?|for the (?:stated|foregoing) reasons,?|endorsement|memo endorsement|order|\\d+\\.)\\s*");
  private static final Pattern ORDERED_LEAD =
      Pattern.compile(
          "(?i)^\\W*(?:(?:it is\\s+)?(?:hereby\\s+|further\\s+)*ordered\\b|(?:i|we|the court)\\s+(?:[a-z]+\\s+){0,2}ORDERS?\\b)");
  private static final Anchored TRAILING_BE =
      Anchored.compile("(?i)\\s+(?:is|are)(?:\\s+[a-z]+){0,2}\\s*$");

  /** Where an active verb's object ends: a following decretal verb or a reason. */
  private static final Anchored OBJECT_END =
      Anchored.compile(
          "\\s+and\\s+[A-Z]{3,}\\b|(?i),?\\s+and\\s+(?:dismisses|directs|orders|stays|extends|strikes|closes|terminates|quashes|remands|declines|vacates)\\b|(?i),?\\s+(?:because|since|for the (?:reasons|foregoing)|to the extent|insofar as|except)\\b");

  private static final Pattern LEADING_AND = Pattern.compile("^(?:,\\s*)?and\\s+");
  private static final Pattern CONNECTIVE =
      Pattern.compile("(?i)\\s*(?:(?:and|so|therefore|accordingly|thus|hence)\\s+){1,2}");
  private static final Anchored HEAD_CUT =
      Anchored.compile("(?i)\\s(?:for|of|on|from|in|to|with|regarding|concerning)\\s");

  private final Reading ctx;
  private final PhraseBook book;
  private final RulingVocabulary vocabulary = RulingVocabulary.standard();
  private final List<Found> found = new ArrayList<>();

  /** Which motions the order mentions, read when a clause first needs it (issue #13). */
  private boolean[] moved;

  /** Docket citations without an antecedent, by normalized start: {start, end, entry}. */
  private final int[][] docketCites;

  private boolean full;

  /**
   * More dispositions than any real order holds: the rest are reported, not read, so that merging
   * repeats (quadratic in the number kept) stays bounded on hostile input.
   */
  static final int MAX_FOUND = 400;

  /** How decretal a ruling's wording is: a preview yields to the decretal passage. */
  private static final int IMPLIED = 0;

  private static final int ACTIVE = 1;
  private static final int DECRETAL = 2;

  private record Found(
      Disposition disposition,
      boolean withoutPrejudice,
      String subject,
      MotionKey key,
      int index,
      Set<Integer> dockets,
      boolean anaphoric,
      int strength,
      int start,
      int end,
      boolean summary) {}

  RulingRecognizer(Reading ctx, PhraseBook book) {
    this.ctx = ctx;
    this.book = book;
    List<int[]> cites = new ArrayList<>();
    for (Citation c : ctx.facts.citations()) {
      if (c instanceof DocketCitation d
          && d.antecedent().isEmpty()
          && !ctx.facts.spannedInInput(c)) {
        cites.add(new int[] {d.span().start(), d.span().end(), d.entry()});
      }
    }
    cites.sort(Comparator.comparingInt(x -> x[0]));
    this.docketCites = cites.toArray(new int[0][]);
  }

  void add(Clause c, boolean recount) {
    if (recount || full) {
      return;
    }
    if (found.size() >= MAX_FOUND) {
      full = true;
      ctx.diagnose(
          DiagnosticCode.UNRECOGNIZED,
          Severity.WARNING,
          "more than " + MAX_FOUND + " dispositions; those from here on were not read as rulings",
          c.start(),
          c.end());
      return;
    }
    String t = ctx.text;
    scan = new ClauseScan(t, c.start(), c.end());
    List<PhraseBook.Hit> hits = book.find(Phrase.Category.DISPOSITION, t, c.start(), c.end());
    Anchored.Scan dec = DECLINES.scan(t, c.start(), c.end());
    if (dec.find()) {
      record(c, Disposition.DENIED, dec.start(), dec.end(), c.end(), ACTIVE, true);
    }
    List<PhraseBook.Hit> accepted = new ArrayList<>();
    List<Integer> strengths = new ArrayList<>();
    int coveredTo = -1;
    boolean chain = false;
    for (PhraseBook.Hit h : hits) {
      if (h.start() < coveredTo) {
        continue; // inside a longer disposition already read ("denied ... as moot")
      }
      int strength = decretal(c, h);
      if (strength < 0 && chain && coordinated(c, accepted.get(accepted.size() - 1), h)) {
        strength = ACTIVE;
      }
      if (strength < 0) {
        continue;
      }
      coveredTo = h.end();
      accepted.add(h);
      strengths.add(strength);
      chain |= present(verbWord(t.substring(h.start(), h.end())));
    }
    for (int i = 0; i < accepted.size(); i++) {
      PhraseBook.Hit h = accepted.get(i);
      int next = i + 1 < accepted.size() ? accepted.get(i + 1).start() : c.end();
      Disposition d = Disposition.valueOf(h.phrase().value());
      // a hit that holds its own subject ("objections are overruled") is read from its verb, in a
      // clause that starts after the disposition before it
      int verb = verbAt(h);
      int floor = i > 0 ? accepted.get(i - 1).end() : c.start();
      Clause from =
          verb > h.start() && floor > c.start()
              ? new Clause(floor, c.end(), c.sentenceStart(), c.sentenceEnd())
              : c;
      record(from, d, h.start(), h.end(), next, strengths.get(i), isSummary(h), verb);
    }
    if (accepted.isEmpty()) {
      implied(c);
    }
  }

  /** "We dismiss the claim", "the Court strikes paragraphs 15-17": a motion to do so is granted. */
  private void implied(Clause c) {
    String t = ctx.text;
    for (RulingVocabulary.Decision d : vocabulary.decisions(t, c.start(), c.end())) {
      if (moved == null) {
        moved = vocabulary.moved(t);
      }
      if (!moved[d.entry()] || scan.inParens(d.start())) {
        continue;
      }
      boolean wp = lower(t, c.start(), c.end()).contains("without prejudice");
      MotionKey key = new MotionKey("", "motion", List.of(vocabulary.motionVerb(d.entry())));
      found.add(
          new Found(
              Disposition.GRANTED,
              wp,
              "motion to " + vocabulary.motionVerb(d.entry()),
              key,
              0,
              Set.of(),
              false,
              IMPLIED,
              d.start(),
              d.end(),
              false));
    }
  }

  /** A present verb joined by "," or "and" to the decretal verb before it: "grants A, denies B". */
  private boolean coordinated(Clause c, PhraseBook.Hit previous, PhraseBook.Hit h) {
    String t = ctx.text;
    if (!present(verbWord(t.substring(h.start(), h.end()))) || scan.inParens(h.start())) {
      return false;
    }
    String between = t.substring(previous.end(), h.start()).stripTrailing();
    return between.endsWith(",") || between.endsWith(" and") || between.endsWith(", and");
  }

  /** How decretal the hit is, or -1 when it is not a ruling. */
  private int decretal(Clause c, PhraseBook.Hit h) {
    String t = ctx.text;
    String word = t.substring(h.start(), h.end());
    int verbAt = verbAt(h);
    int lineStart = Math.max(c.start(), verbAt - 60);
    String before = t.substring(lineStart, verbAt);
    if (MODAL_BE.find(before) || CITATION.find(before) || scan.inParens(h.start())) {
      return -1;
    }
    boolean subject = scan.nounAround(h.start());
    boolean upper = UPPER_WORD.find(word);
    boolean passive = PRESENT_PASSIVE.find(before);
    String w = verbWord(word);
    if (passive && !upper && participle(w) && !headIsMotion(c, verbAt)) {
      return -1; // "pauper status for any appeal is denied": the court's own certification
    }
    if (upper && (subject || c.end() - c.start() < 40 || h.phrase().id().equals("disp.affirmed"))) {
      return DECRETAL;
    }
    if (!subject) {
      return -1;
    }
    if (participle(w) && passive) {
      return DECRETAL;
    }
    if (h.phrase().id().equals("disp.moot")) {
      return DECRETAL; // "is moot": the motion's own subject precedes it
    }
    if (present(w) && COURT_ACTS.find(before)) {
      return ORDERED_LEAD.matcher(t).region(c.start(), h.start()).lookingAt() ? DECRETAL : ACTIVE;
    }
    if (BARE.matcher(t)
        .region(c.sentenceStart(), h.start())
        .lookingAt()) { // anchored: find() would try every position
      return DECRETAL;
    }
    boolean heading =
        w.endsWith("ing")
            && HEADING.find(t, c.sentenceStart(), c.sentenceEnd())
            && !t.substring(Math.max(c.start(), h.start() - 8), h.start())
                .toLowerCase(Locale.ROOT)
                .contains("having");
    return heading ? DECRETAL : -1;
  }

  /**
   * Where a hit's disposition verb starts: a hit may hold its subject and copula ("objections are
   * overruled", "the Report and Recommendation is adopted", "is withdrawn"), and voice and subject
   * are read before the verb itself.
   */
  private int verbAt(PhraseBook.Hit h) {
    Anchored.Scan verb = VERB.scan(ctx.text, h.start(), h.end());
    return verb.find() ? verb.start() : h.start();
  }

  /**
   * Whether the subject before a passive verb has a motion noun as its head, before any
   * preposition.
   */
  private boolean headIsMotion(Clause c, int verbAt) {
    String t = ctx.text;
    int[] subject = passiveSubject(c, verbAt);
    int a = subject[0];
    int b = subject[1];
    int depth = 0;
    int last = -1;
    for (int i = a; i < b; i++) {
      char ch = t.charAt(i);
      if (ch == '(' || ch == '[') {
        depth++;
      } else if ((ch == ')' || ch == ']') && depth > 0) {
        depth--;
      } else if (ch == ',' && depth == 0) {
        last = i;
      }
    }
    if (last >= 0 && !t.substring(last + 1, b).isBlank()) {
      a = last + 1;
      Matcher lead = CONNECTIVE.matcher(t).region(a, b);
      if (lead.lookingAt()) {
        a = lead.end();
      }
    }
    Anchored.Scan cut = HEAD_CUT.scan(t, a, b);
    int headEnd = cut.find() ? cut.start() : b;
    return SUBJECT_NOUN.find(t, a, headEnd);
  }

  /**
   * A docket heading's participle ("ORDER denying 116 Letter Motion") sums up the body's ruling.
   */
  private boolean isSummary(PhraseBook.Hit h) {
    return verbWord(ctx.text.substring(h.start(), h.end())).endsWith("ing");
  }

  private void record(
      Clause c, Disposition d, int start, int end, int next, int strength, boolean summary) {
    record(c, d, start, end, next, strength, summary, start);
  }

  /**
   * As above, the subject read before {@code verbAt} (the verb of a hit that holds its subject).
   */
  private void record(
      Clause c,
      Disposition d,
      int start,
      int end,
      int next,
      int strength,
      boolean summary,
      int verbAt) {
    String t = ctx.text;
    int[] subject = subject(c, verbAt, end, next);
    boolean active = subject[0] >= end;
    String scope =
        active ? lower(t, start, Math.max(next, subject[1])) : lower(t, c.start(), c.end());
    boolean wp = scope.contains("without prejudice");
    for (int[] object : split(subject[0], subject[1])) {
      String full = t.substring(object[0], object[1]).replaceAll("\\s+", " ").strip();
      String text = cap(full);
      Set<Integer> dockets = dockets(object[0], object[1]);
      boolean anaphoric =
          dockets.isEmpty()
              && (text.isBlank()
                  || text.split("\\s+").length <= 2
                  || ANAPHORIC.find(text)
                      && !text.toLowerCase(Locale.ROOT)
                          .matches(
                              "(?s).*\\b(?:plaintiff|defendant|respondent|petitioner)s?'?s?\\b.*"));
      MotionKey key = MotionKey.of(full);
      int count = key.plural() ? count(t, object[0], object[1], dockets) : 1;
      if (key.plural() && dockets.size() >= 2) {
        for (Integer k : dockets) {
          found.add(
              new Found(d, wp, text, key, 0, Set.of(k), false, strength, start, end, summary));
        }
      } else if (count > 1) {
        for (int i = 1; i <= count; i++) {
          found.add(
              new Found(d, wp, text, key, i, dockets, anaphoric, strength, start, end, summary));
        }
      } else {
        found.add(
            new Found(d, wp, text, key, 0, dockets, anaphoric, strength, start, end, summary));
      }
    }
  }

  /** How many motions a plural names: "both" or a number word, else two (the least a plural is). */
  private static int count(String t, int from, int to, Set<Integer> dockets) {
    String s = lower(t, from, to);
    Anchored.Scan m = SUBJECT_NOUN.scan(s);
    boolean noun = m.find();
    String head = noun ? s.substring(0, m.start()) : s;
    boolean objections = noun && s.startsWith("objection", m.start());
    for (String[] n :
        new String[][] {
          {"both", "2"}, {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}
        }) {
      if (head.matches("(?s).*\\b" + n[0] + "\\b.*")) {
        return Integer.parseInt(n[1]);
      }
    }
    // A party's "objections" to a report are one filing (Fed. R. Civ. P. 72(b)(2)), disposed once.
    return Math.max(objections ? 1 : 2, dockets.size());
  }

  private int subjectStart(Clause c, int start) {
    String t = ctx.text;
    int a = c.start();
    for (int guard = 0; guard < 8; guard++) {
      Matcher lead = LEAD.matcher(t).region(a, start);
      if (!lead.lookingAt() || lead.end() <= a) {
        break;
      }
      a = lead.end();
    }
    return a;
  }

  /**
   * The words before a passive disposition: without a lead ("IT IS ORDERED that"), an opening
   * phrase that names no motion ("For the reasons stated,") or the verb's own "is"/"are".
   */
  private int[] passiveSubject(Clause c, int start) {
    String t = ctx.text;
    int a = subjectStart(c, start);
    int b = start;
    Anchored.Scan be = TRAILING_BE.scan(t, a, b);
    if (be.find()) {
      b = be.start();
    }
    for (int comma = comma(t, a, b); comma >= 0; comma = comma(t, a, b)) {
      if (SUBJECT_NOUN.find(t, a, comma) || inParens(t, a, comma)) {
        break;
      }
      a = subjectStart(new Clause(comma + 1, c.end(), c.sentenceStart(), c.sentenceEnd()), start);
    }
    return trim(t, a, b);
  }

  /** The first comma followed by white space in {@code [a, b)}, or -1. */
  private static int comma(String t, int a, int b) {
    for (int i = a; i + 1 < b; i++) {
      if (t.charAt(i) == ',' && Character.isWhitespace(t.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What was disposed of, as a normalized range: the words before a passive disposition, or after
   * an active one.
   */
  private int[] subject(Clause c, int start, int end, int next) {
    String t = ctx.text;
    int[] before = passiveSubject(c, start);
    boolean active = present(verbWord(t.substring(start, end)));
    if (!active
        && before[1] > before[0]
        && SUBJECT_NOUN.find(t, before[0], before[1])
        && !COURT_ACTS.find(t, c.start(), start)) {
      return before;
    }
    int stop = end;
    int limit = Math.min(Math.min(next, c.end()), end + 240);
    while (stop < limit
        && t.charAt(stop) != ';'
        && !(t.charAt(stop) == '.' && stop + 1 >= c.end())) {
      stop++;
    }
    Anchored.Scan cut = OBJECT_END.scan(t, end, stop);
    if (cut.find()) {
      stop = cut.start();
    }
    int[] after = trim(t, end, stop);
    // a coordinated verb's object ends before ", denies" / ", and grants"
    while (after[1] > after[0] && ",".indexOf(t.charAt(after[1] - 1)) >= 0) {
      after[1]--;
    }
    if (after[1] > after[0] && t.substring(after[0], after[1]).endsWith(" and")) {
      after = trim(t, after[0], after[1] - 4);
    }
    return after[1] > after[0] ? after : before;
  }

  /** The motions an object names: "A's motion to compel and B's motion to dismiss" is two. */
  private List<int[]> split(int from, int to) {
    String t = ctx.text;
    List<int[]> nouns = new ArrayList<>();
    Anchored.Scan m = SUBJECT_NOUN.scan(t, from, to);
    while (m.find()) {
      if (!inParens(t, from, m.start())) {
        nouns.add(new int[] {m.start(), m.end()});
      }
    }
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = 1; i < nouns.size(); i++) {
      int coord = coordinator(t, nouns.get(i - 1)[1], nouns.get(i)[0], from);
      if (coord >= 0) {
        out.add(trim(t, start, coord));
        start = t.startsWith(",", coord) ? coord + 1 : coord;
      }
    }
    out.add(trim(t, start, to));
    out.removeIf(r -> r[1] <= r[0]);
    for (int i = 0; i < out.size(); i++) {
      int[] r = out.get(i);
      Matcher and = LEADING_AND.matcher(t).region(r[0], r[1]);
      if (and.lookingAt()) {
        out.set(i, trim(t, and.end(), r[1]));
      }
    }
    return out;
  }

  /**
   * The offset of ", " or " and " that joins two motion noun phrases between {@code a} and {@code
   * b} (the first noun's end and the second's start), or -1: at most four words, none a
   * preposition, may stand between the joint and the second noun ("and Experian's motion").
   */
  private static int coordinator(String t, int a, int b, int floor) {
    int depth = 0;
    int joint = -1;
    for (int i = a; i < b; i++) {
      char ch = t.charAt(i);
      if (ch == '(' || ch == '[') {
        depth++;
      } else if ((ch == ')' || ch == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && (ch == ',' || isAnd(t, i))) {
        joint = i;
      }
    }
    if (joint < 0 || inParens(t, floor, joint)) {
      return -1;
    }
    int wordsFrom = isAnd(t, joint) ? joint + 4 : joint + 1;
    String tail = t.substring(wordsFrom, b).strip().toLowerCase(Locale.ROOT);
    if (tail.startsWith("and ")) {
      tail = tail.substring(4);
    }
    String[] words = tail.isEmpty() ? new String[0] : tail.split("\\s+");
    if (words.length == 0 || words.length > 4) {
      return -1; // "Objections and Appeal": one motion's title, not two motions
    }
    for (String w : words) {
      if (w.matches(
          "of|in|for|to|on|from|with|support|supporting|opposing|opposition|regarding|concerning")) {
        return -1;
      }
    }
    return joint;
  }

  /** White space, "and", white space at {@code i}. */
  private static boolean isAnd(String t, int i) {
    return i + 5 <= t.length()
        && Character.isWhitespace(t.charAt(i))
        && t.regionMatches(true, i + 1, "and", 0, 3)
        && Character.isWhitespace(t.charAt(i + 4));
  }

  /** Docket entries cited inside the normalized range: "(Dkt. Nos. 41, 42)", "ECF 6–7, 10–12". */
  private Set<Integer> dockets(int from, int to) {
    Set<Integer> out = new LinkedHashSet<>();
    if (to <= from) {
      return out;
    }
    int lo = 0;
    int hi = docketCites.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (docketCites[mid][0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < docketCites.length && docketCites[i][0] < to; i++) {
      if (docketCites[i][1] <= to) {
        out.add(docketCites[i][2]);
      }
    }
    return out;
  }

  private static int[] trim(String t, int a, int b) {
    while (a < b && (Character.isWhitespace(t.charAt(a)) || t.charAt(a) == ',')) {
      a++;
    }
    while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || t.charAt(b - 1) == '.')) {
      b--;
    }
    return new int[] {a, b};
  }

  private static String lower(String t, int a, int b) {
    return t.substring(a, Math.min(b, t.length())).toLowerCase(Locale.ROOT);
  }

  private static String cap(String s) {
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 140 ? s.substring(s.length() - 140) : s;
  }

  private static final Anchored VERB =
      Anchored.compile(
          "(?i)\\b(?:grant|den[iy]|dismiss|terminat|overrul|sustain|adopt|affirm|withdrawn|moot|allow)[a-z]*");

  /**
   * The disposition verb of a hit: "partially grants" is "grants", "objections are OVERRULED"
   * "overruled".
   */
  private static String verbWord(String s) {
    Anchored.Scan m = VERB.scan(s);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
  }

  private static boolean participle(String w) {
    return w.endsWith("ed") || w.equals("withdrawn") || w.equals("stricken");
  }

  private static boolean present(String w) {
    return !w.isEmpty() && !participle(w) && !w.endsWith("ing") && !w.equals("moot");
  }

  /**
   * The clause being read: its subject nouns and bracket depths, found once instead of once per
   * hit.
   */
  private ClauseScan scan;

  /**
   * What {@link #decretal} asks of the text between the clause's start and each disposition word,
   * computed in one pass per clause: asked per hit, a long clause dense with disposition words
   * ("denied granted denied ...", issue #13) was read once per hit, quadratic in its length.
   */
  private static final class ClauseScan {
    private final String t;
    private final int from;
    private final int to;
    private final int[] nouns; // start, end of each SUBJECT_NOUN match of [from, to), in order
    private int[] depth; // depth[i - from]: unclosed '(' in [from, i), as inParens counts them

    ClauseScan(String t, int from, int to) {
      this.t = t;
      this.from = from;
      this.to = to;
      int[] found = new int[8];
      int n = 0;
      Anchored.Scan m = SUBJECT_NOUN.scan(t, from, to);
      while (m.find()) {
        if (n + 2 > found.length) {
          found = java.util.Arrays.copyOf(found, found.length * 2);
        }
        found[n++] = m.start();
        found[n++] = m.end();
      }
      this.nouns = java.util.Arrays.copyOf(found, n);
    }

    /** {@code inParens(t, from, at)}. */
    boolean inParens(int at) {
      if (at <= from || at > to) {
        return RulingRecognizer.inParens(t, from, at);
      }
      if (depth == null) {
        depth = new int[to - from + 1];
        int d = 0;
        for (int i = from; i < to; i++) {
          depth[i - from] = d;
          if (t.charAt(i) == '(') {
            d++;
          } else if (t.charAt(i) == ')' && d > 0) {
            d--;
          }
        }
        depth[to - from] = d;
      }
      return depth[at - from] > 0;
    }

    /**
     * Whether a subject noun stands in {@code [from, at)} or in {@code [at, to)}, each searched
     * alone. The clause's own matches answer it when {@code at} starts a word and no match spans
     * it: a match in either part is then one of the clause's, with the same word boundaries.
     */
    boolean nounAround(int at) {
      char before = at > from ? t.charAt(at - 1) : ' ';
      boolean wordStart =
          at > from
              && at < to
              && isWord(t.charAt(at))
              && !isWord(before)
              && Character.getType(before) != Character.NON_SPACING_MARK;
      if (!wordStart || spans(at)) {
        return SUBJECT_NOUN.find(t, from, at) || SUBJECT_NOUN.find(t, at, to);
      }
      return nouns.length > 0;
    }

    /** Whether a noun match starts before {@code at} and ends after it (matches do not overlap). */
    private boolean spans(int at) {
      int lo = 0;
      int hi = nouns.length / 2 - 1;
      int last = -1; // the last match starting before at
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (nouns[2 * mid] < at) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return last >= 0 && nouns[2 * last + 1] > at;
    }

    private static boolean isWord(char c) {
      return c == '_' || Character.isLetterOrDigit(c);
    }
  }

  private static boolean inParens(String t, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      if (t.charAt(i) == '(') {
        depth++;
      } else if (t.charAt(i) == ')' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** The rulings, one per disposed motion. */
  List<Ruling> rulings() {
    List<Found> body = new ArrayList<>(found);
    if (found.stream().anyMatch(f -> f.strength() > IMPLIED)) {
      body.removeIf(f -> f.strength() == IMPLIED); // the court's own acts beside its rulings
    }
    body.removeIf(
        f ->
            f.summary()
                && found.stream()
                    .anyMatch(k -> !k.summary() && k.disposition() == f.disposition()));
    body.sort(Comparator.comparingInt((Found f) -> -f.strength()).thenComparingInt(Found::start));
    List<Found> kept = new ArrayList<>();
    for (Found f : body) {
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (sameMotion(kept.get(i), f)) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(f);
      } else {
        kept.set(same, merge(kept.get(same), f));
      }
    }
    // A repeat that only points back ("his motions are therefore denied") adds nothing when the
    // same disposition is recorded with a named subject.
    for (Iterator<Found> it = kept.iterator(); it.hasNext(); ) {
      Found f = it.next();
      if (f.anaphoric()
          && kept.stream()
              .anyMatch(k -> k != f && !k.anaphoric() && k.disposition() == f.disposition())) {
        it.remove();
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    List<Ruling> out = new ArrayList<>();
    for (Found f : kept) {
      Ruling.Builder b =
          new Ruling.Builder()
              .disposition(f.disposition())
              .withoutPrejudice(f.withoutPrejudice())
              .text(ctx.quote(f.start(), f.end()))
              .span(ctx.span(f.start(), f.end()));
      if (!f.subject().isBlank()) {
        b.subject(f.subject());
      }
      out.add(b.build());
    }
    return out;
  }

  /** {@code f} disposes of the motion {@code k} already kept. */
  private static Found merge(Found k, Found f) {
    Disposition d = k.disposition();
    if (f.strength() == k.strength() && specificity(f.disposition()) > specificity(d)) {
      d = f.disposition();
    }
    Set<Integer> dockets = new LinkedHashSet<>(k.dockets());
    if (k.index() == 0 || k.dockets().size() != 1) {
      dockets.addAll(f.dockets());
    }
    boolean named = k.anaphoric() && !f.anaphoric();
    return new Found(
        d,
        k.withoutPrejudice() || f.withoutPrejudice(),
        named ? f.subject() : k.subject(),
        named ? f.key() : k.key(),
        k.index(),
        dockets,
        k.anaphoric() && f.anaphoric(),
        k.strength(),
        k.start(),
        k.end(),
        k.summary() && f.summary());
  }

  private static int specificity(Disposition d) {
    return d == Disposition.GRANTED_IN_PART || d == Disposition.MOOT ? 1 : 0;
  }

  /** Dispositions that can describe one outcome in other words: "denied" and "denied as moot". */
  private static boolean compatible(Disposition a, Disposition b) {
    return family(a) == family(b);
  }

  private static int family(Disposition d) {
    return switch (d) {
      case GRANTED, GRANTED_IN_PART, ADOPTED, SUSTAINED -> 1;
      case DENIED, MOOT, OVERRULED -> 2;
      default -> d.ordinal() + 10;
    };
  }

  private static boolean sameMotion(Found k, Found f) {
    if (k.start() == f.start() && k.end() == f.end()) {
      return false; // two motions named in one disposition
    }
    boolean sameOutcome = compatible(k.disposition(), f.disposition());
    boolean weaker = f.strength() < k.strength();
    if (!sameOutcome && !weaker) {
      return false;
    }
    if (!k.dockets().isEmpty() && !f.dockets().isEmpty()) {
      boolean shared = k.dockets().stream().anyMatch(f.dockets()::contains);
      return shared && (sameOutcome || k.key().compatible(f.key()));
    }
    if (k.anaphoric() || f.anaphoric()) {
      return k.disposition() == f.disposition() || (sameOutcome && weaker);
    }
    if (!k.key().compatible(f.key())) {
      return false;
    }
    if (!sameOutcome && (k.key().words().isEmpty() || f.key().words().isEmpty())) {
      return false; // "Defendants' request" is not enough to call a denial a preview of a grant
    }
    return weaker || k.index() == 0 || f.index() == 0 || k.index() == f.index();
  }

  /**
   * What names a motion: its owner ("plaintiff", "experian"), its noun and the first words of what
   * it asks ("dismiss", "file surreply"). "Defendant's Motion to Dismiss [24]" and "the motion to
   * dismiss" are one motion; "Plaintiff's motion to compel" and "Defendant's motion to compel" are
   * two.
   */
  record MotionKey(String owner, String noun, List<String> words, boolean plural) {
    MotionKey(String owner, String noun, List<String> words) {
      this(owner, noun, words, false);
    }

    private static final Set<String> SKIP =
        Set.of(
            "a", "an", "the", "leave", "to", "for", "of", "his", "her", "its", "their", "this",
            "that", "be", "court", "court's");
    private static final Anchored STOP =
        Anchored.compile(
            "(?i)[(\\[,;:]|\\b(?:as|because|since|without|with|pursuant|under|in its entirety|is|are|ecf|dkt|doc|docket|d\\.e)\\b|\\d");

    static MotionKey of(String subject) {
      String s = subject.toLowerCase(Locale.ROOT).replace('’', '\'');
      Anchored.Scan m = SUBJECT_NOUN.scan(s);
      if (!m.find()) {
        return new MotionKey("", s.replaceAll("[^a-z]+", " ").strip(), List.of(), false);
      }
      String noun = m.group().replaceAll("^letter[- ]", "").replaceAll("s$", "");
      boolean plural = m.group().endsWith("s");
      String[] before = s.substring(0, m.start()).strip().split("\\s+");
      String owner = "";
      for (int i = before.length - 1; i >= 0 && i >= before.length - 3; i--) {
        if (before[i].endsWith("'s") || before[i].endsWith("s'")) {
          owner = before[i].replaceAll("'s?$", "").replaceAll("s$", "");
          break;
        }
      }
      String tail = s.substring(m.end());
      Anchored.Scan stop = STOP.scan(tail);
      if (stop.find()) {
        tail = tail.substring(0, stop.start());
      }
      List<String> words = new ArrayList<>();
      for (String w : tail.replaceAll("[^a-z' -]+", " ").strip().split("[\\s-]+")) {
        if (!w.isEmpty() && !SKIP.contains(w) && words.size() < 2) {
          words.add(w.replaceAll("s$", ""));
        }
      }
      return new MotionKey(owner, noun, List.copyOf(words), plural);
    }

    boolean compatible(MotionKey o) {
      if (!owner.isEmpty() && !o.owner.isEmpty() && !owner.equals(o.owner)) {
        return false;
      }
      if (!noun.equals(o.noun)) {
        return false;
      }
      int n = Math.min(words.size(), o.words.size());
      return words.subList(0, n).equals(o.words.subList(0, n));
    }
  }
}
