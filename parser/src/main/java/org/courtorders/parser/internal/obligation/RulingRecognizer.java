package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.Disposition;
import org.courtorders.core.Ruling;
import org.courtorders.parser.internal.document.Clause;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds dispositions of motions, requests, applications, petitions and objections. A disposition
 * word counts when it is decretal: capitalized ("is GRANTED", "DENY"), in the present with the
 * court as subject ("the Court denies"), passive present ("is denied"), a bare endorsement
 * ("Application denied without prejudice."), or a participle in an order's own heading ("ORDER
 * denying 221 Letter Motion"). Past rulings recounted ("the Court granted on August 10") are not
 * rulings. One ruling per disposed motion: repeats are merged by docket number or subject.
 *
 * <pre>{@code
 * RulingRecognizer r = new RulingRecognizer(ctx, book);
 * clauses.forEach(c -> r.add(c, recount));
 * ctx.out.rulings.addAll(r.rulings());
 * }</pre>
 */
final class RulingRecognizer {
  private static final Pattern SUBJECT_NOUN = Pattern.compile(
      "(?i)\\b(?:motions?|requests?|applications?|petitions?|objections?|appeal|letter[- ]motions?)\\b");
  private static final Pattern PRESENT_PASSIVE = Pattern.compile(
      "(?i)\\b(?:is|are)\\s+(?:[a-z]+\\s+){0,2}$");
  private static final Pattern COURT_ACTS = Pattern.compile(
      "(?i)\\b(?:the court|court|i|we)\\s+(?:[a-z]+\\s+){0,2}$");
  private static final Pattern BARE = Pattern.compile(
      "(?i)^\\W*(?:the\\s+|plaintiffs?'?s?\\s+|defendants?'?s?\\s+)?(?:application|request|motion|letter[- ]motion|petition|objection)s?\\s+(?:is\\s+)?$");
  private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");
  private static final Pattern HEADING = Pattern.compile("\\b(?:ORDER|ENDORSEMENT|Judgment)\\b");
  private static final Pattern MODAL_BE = Pattern.compile(
      "(?i)\\b(?:can|could|may|might|should|would|must|will|cannot|to)\\s+(?:not\\s+)?be\\s+$");
  private static final Pattern CITATION = Pattern.compile("(?i)(?:cert\\.|reh'g|rehearing|leave to appeal)\\s*$");
  private static final Pattern DECLINES = Pattern.compile(
      "(?i)\\b(?:the court|i|we)\\s+(?:hereby\\s+)?declines?\\s+(?:to\\s+grant\\s+)?[^.;]{0,40}?\\b(?:request|motion|application|invitation)\\b");
  private static final Pattern DOCKET = Pattern.compile(
      "(?i)(?:\\b(?:ECF|Dkt|Doc|D\\.E)\\.?\\s*(?:No\\.?|#)?\\s*(\\d{1,4})|\\[(\\d{1,4})\\]|\\b(\\d{1,4})\\s+(?:MOTION|Letter Motion|LETTER MOTION))");
  private static final Pattern ANAPHORIC = Pattern.compile(
      "(?i)^\\W*(?:(?:accordingly|therefore|thus|for the (?:stated|foregoing) reasons),?\\s+)?(?:the court\\s+(?:will\\s+)?(?:grants?|denies|deny)\\s+)?(?:the|his|her|their|its|this|that|such|these|those|it)\\b");
  private static final Pattern LEAD = Pattern.compile(
      "(?i)^\\W*(?:(?:it is\\s+)?(?:hereby\\s+)?ordered that|accordingly,?|therefore,?|thus,?|for the (?:stated|foregoing) reasons,?|endorsement|memo endorsement|order|\\d+\\.)\\s*");

  private final Reading ctx;
  private final PhraseBook book;
  private final List<Found> found = new ArrayList<>();

  private record Found(Disposition disposition, boolean withoutPrejudice, String subject, Set<String> dockets,
      boolean anaphoric, int start, int end, boolean summary) {
    Found(Disposition d, boolean wp, String s, Set<String> k, boolean a, int st, int e) {
      this(d, wp, s, k, a, st, e, false);
    }
  }

  RulingRecognizer(Reading ctx, PhraseBook book) {
    this.ctx = ctx;
    this.book = book;
  }

  void add(Clause c, boolean recount) {
    if (recount) {
      return;
    }
    String t = ctx.text;
    List<PhraseBook.Hit> hits = book.find(Phrase.Category.DISPOSITION, t, c.start(), c.end());
    Matcher dec = DECLINES.matcher(t).region(c.start(), c.end());
    if (dec.find()) {
      record(c, Disposition.DENIED, dec.start(), dec.end(), t.substring(dec.end() - 0, dec.end()), true);
    }
    int coveredTo = -1;
    for (PhraseBook.Hit h : hits) {
      if (h.start() < coveredTo) {
        continue; // inside a longer disposition already read ("denied ... as moot")
      }
      if (!decretal(c, h)) {
        continue;
      }
      coveredTo = h.end();
      Disposition d = Disposition.valueOf(h.phrase().value());
      record(c, d, h.start(), h.end(), null, isSummary(c, h));
    }
  }

  private boolean decretal(Clause c, PhraseBook.Hit h) {
    String t = ctx.text;
    String word = t.substring(h.start(), h.end());
    int lineStart = Math.max(c.start(), h.start() - 60);
    String before = t.substring(lineStart, h.start());
    if (MODAL_BE.matcher(before).find() || CITATION.matcher(before).find() || inParens(t, c.start(), h.start())) {
      return false;
    }
    boolean subject = SUBJECT_NOUN.matcher(t).region(c.start(), c.end()).find();
    boolean upper = UPPER_WORD.matcher(word).find();
    if (upper && (subject || c.end() - c.start() < 40 || h.phrase().id().equals("disp.affirmed"))) {
      return true;
    }
    String w = firstWord(word).toLowerCase(Locale.ROOT);
    if (!subject) {
      return false;
    }
    if ((w.equals("granted") || w.equals("denied")) && PRESENT_PASSIVE.matcher(before).find()) {
      return true;
    }
    if (h.phrase().id().equals("disp.moot")) {
      return true; // "is moot": the motion's own subject precedes it
    }
    if ((w.startsWith("grant") || w.startsWith("den")) && !w.endsWith("ed") && !w.endsWith("ing")
        && COURT_ACTS.matcher(before).find()) {
      return true;
    }
    if (BARE.matcher(t).region(c.sentenceStart(), h.start()).find()) {
      return true;
    }
    return w.endsWith("ing") && HEADING.matcher(t).region(c.sentenceStart(), c.sentenceEnd()).find()
        && !t.substring(Math.max(c.start(), h.start() - 8), h.start()).toLowerCase(Locale.ROOT).contains("having");
  }

  /** A docket heading's participle ("ORDER denying 116 Letter Motion") sums up the body's ruling. */
  private boolean isSummary(Clause c, PhraseBook.Hit h) {
    String w = firstWord(ctx.text.substring(h.start(), h.end())).toLowerCase(Locale.ROOT);
    return w.endsWith("ing");
  }

  private void record(Clause c, Disposition d, int start, int end, String ignored, boolean summary) {
    String t = ctx.text;
    String clause = t.substring(c.start(), c.end());
    boolean wp = clause.toLowerCase(Locale.ROOT).contains("without prejudice");
    String subject = subject(c, start, end);
    Set<String> dockets = new LinkedHashSet<>();
    Matcher m = DOCKET.matcher(subject);
    while (m.find()) {
      dockets.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    boolean anaphoric = dockets.isEmpty() && (subject.isBlank() || subject.strip().split("\\s+").length <= 2
        || ANAPHORIC.matcher(subject).find()
        && !subject.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:plaintiff|defendant|respondent|petitioner)s?'?s?\\b.*"));
    boolean plural = subject.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:motions|requests|applications)\\b.*");
    if (plural && dockets.size() >= 2) {
      for (String k : dockets) {
        found.add(new Found(d, wp, subject, Set.of(k), false, start, end, summary));
      }
      return;
    }
    found.add(new Found(d, wp, subject, dockets, anaphoric, start, end, summary));
  }

  /** What was disposed of: the words before a passive disposition, or after an active one. */
  private String subject(Clause c, int start, int end) {
    String t = ctx.text;
    String before = t.substring(c.start(), start);
    Matcher lead = LEAD.matcher(before);
    while (lead.find() && lead.end() > 0) {
      before = before.substring(lead.end());
      lead = LEAD.matcher(before);
    }
    before = before.replaceAll("(?i)\\s+(?:is|are)(?:\\s+[a-z]+){0,2}\\s*$", "").strip();
    int comma = before.lastIndexOf(", ");
    if (comma >= 0 && SUBJECT_NOUN.matcher(before.substring(comma)).find()) {
      before = before.substring(comma + 2);
    }
    if (!before.isEmpty() && SUBJECT_NOUN.matcher(before).find()
        && !COURT_ACTS.matcher(t.substring(c.start(), start)).find()) {
      return cap(before);
    }
    int stop = end;
    while (stop < c.end() && ".;".indexOf(t.charAt(stop)) < 0 && stop - end < 140) {
      stop++;
    }
    String after = t.substring(end, stop).replaceAll("(?i)\\s+and\\s+ORDERS.*$", "").strip();
    return cap(after.isEmpty() ? before : after);
  }

  private static String cap(String s) {
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 140 ? s.substring(s.length() - 140) : s;
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
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
    List<Found> kept = new ArrayList<>();
    List<Found> body = new ArrayList<>(found);
    body.removeIf(f -> f.summary() && found.stream().anyMatch(k -> !k.summary() && k.disposition() == f.disposition()));
    for (Found f : body) {
      Found same = null;
      for (Found k : kept) {
        if (k.disposition() == f.disposition() && sameMotion(k, f)) {
          same = k;
          break;
        }
      }
      if (same == null) {
        kept.add(f);
      } else if (f.withoutPrejudice() && !same.withoutPrejudice() || same.anaphoric() && !f.anaphoric()) {
        kept.set(kept.indexOf(same), new Found(same.disposition(), same.withoutPrejudice() || f.withoutPrejudice(),
            same.anaphoric() ? f.subject() : same.subject(), same.dockets().isEmpty() ? f.dockets() : same.dockets(),
            same.anaphoric() && f.anaphoric(), same.start(), same.end(), same.summary() && f.summary()));
      }
    }
    // A repeat that only points back ("his motions are therefore denied") adds nothing when the
    // same disposition is recorded with a named subject.
    for (Iterator<Found> it = kept.iterator(); it.hasNext(); ) {
      Found f = it.next();
      if (f.anaphoric() && kept.stream().anyMatch(k -> k != f && !k.anaphoric() && k.disposition() == f.disposition())) {
        it.remove();
      }
    }
    List<Ruling> out = new ArrayList<>();
    for (Found f : kept) {
      Ruling.Builder b = new Ruling.Builder().disposition(f.disposition()).withoutPrejudice(f.withoutPrejudice())
          .text(ctx.quote(f.start(), f.end())).span(ctx.span(f.start(), f.end()));
      if (!f.subject().isBlank()) {
        b.subject(f.subject());
      }
      out.add(b.build());
    }
    return out;
  }

  private static boolean sameMotion(Found a, Found b) {
    if (!a.dockets().isEmpty() && !b.dockets().isEmpty()) {
      return a.dockets().stream().anyMatch(b.dockets()::contains);
    }
    if (a.anaphoric() || b.anaphoric()) {
      return true;
    }
    return key(a.subject()).equals(key(b.subject()));
  }

  /** "Defendant's Motion to Dismiss [24]" and "Defendant's motion to dismiss" are one motion. */
  private static String key(String subject) {
    String s = subject.toLowerCase(Locale.ROOT);
    Matcher m = SUBJECT_NOUN.matcher(s);
    if (!m.find()) {
      return s.replaceAll("[^a-z]+", " ").strip();
    }
    String tail = s.substring(m.start()).replaceAll("\\[[^\\]]*\\]|\\([^)]*\\)", " ");
    String[] words = tail.replaceAll("[^a-z ]+", " ").strip().split("\\s+");
    StringBuilder k = new StringBuilder();
    for (int i = 0; i < words.length && i < 4; i++) {
      k.append(words[i].replaceAll("s$", "")).append(' ');
    }
    return k.toString().strip();
  }
}
