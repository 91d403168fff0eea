package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.Citation;
import org.courtorders.core.CitationForm;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.RuleCitation;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * Finds every citation in a normalized text: docket entries, rules and statutes, earlier orders,
 * transcripts and case law, in text order, with spans into the original input.
 *
 * <pre>{@code
 * CitationExtractor extractor = new CitationExtractor();
 * for (Citation c : extractor.extract(TextNormalizer.normalize(input))) {
 *   System.out.println(c.kind() + " " + c.text() + " " + c.span());
 * }
 * }</pre>
 *
 * <p>Each recognizer scans the text once. Where two recognizers claim overlapping text, the
 * citation that starts first wins, then the longer one ("Local Civil Rule 37.2" over "Rule 37.2").
 * Then "Id." and short forms are resolved in one pass: an "Id." refers to the citation right before
 * it, whatever its kind. After a docket citation it is that docket entry again, not the last case
 * cited, which is the mistake a case-only citator makes when a record cite sits between a case and
 * its "Id.".
 *
 * <p>{@code antecedent} values are indexes into the returned list. Thread-safe and immutable;
 * linear in the length of the text.
 */
public final class CitationExtractor {
  private final List<Recognizer> recognizers;

  public CitationExtractor() {
    this.recognizers =
        List.of(
            new DocketRecognizer(),
            new RuleRecognizer(),
            new OrderRecognizer(),
            new TranscriptRecognizer(),
            new CaseRecognizer(Reporters.get()),
            new SupraRecognizer());
  }

  /** With other recognizers (tests give one that fails). */
  CitationExtractor(List<Recognizer> recognizers) {
    this.recognizers = List.copyOf(recognizers);
  }

  /** Where a recognizer's failure is reported: its name, the exception, the normalized range. */
  @FunctionalInterface
  public interface Failures {
    void failed(String reader, Throwable failure, int start, int end);
  }

  /**
   * The citations in {@code text}, ordered by position; never null. A recognizer's failure is
   * thrown.
   */
  public List<Citation> extract(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    List<Group> groups = new ArrayList<>();
    for (Recognizer r : recognizers) {
      groups.addAll(r.find(text));
    }
    return merge(text, groups);
  }

  /**
   * The citations in {@code text}; a recognizer that fails on the whole text runs again on its
   * parts (halves of the list of pieces, down to one piece), so a failure costs only its citations
   * in the piece it fails on, which is reported to {@code failures}. {@code cuts} are the offsets
   * where pieces start (sentence starts), ascending.
   */
  public List<Citation> extract(NormalizedText text, int[] cuts, Failures failures) {
    Objects.requireNonNull(text, "text");
    int[] bounds = bounds(cuts, text.length());
    List<Group> groups = new ArrayList<>();
    for (Recognizer r : recognizers) {
      try {
        groups.addAll(r.find(text));
      } catch (RuntimeException | StackOverflowError ex) {
        groups.addAll(contained(r, text, bounds, 0, bounds.length - 1, failures, ex));
      }
    }
    return merge(text, groups);
  }

  private static List<Group> contained(
      Recognizer r,
      NormalizedText text,
      int[] bounds,
      int lo,
      int hi,
      Failures failures,
      Throwable failure) {
    if (hi - lo <= 1) {
      failures.failed(r.getClass().getSimpleName(), failure, bounds[lo], bounds[hi]);
      return List.of();
    }
    int mid = (lo + hi) >>> 1;
    List<Group> out = new ArrayList<>();
    for (int[] half : new int[][] {{lo, mid}, {mid, hi}}) {
      try {
        for (Group g : r.find(text.only(bounds[half[0]], bounds[half[1]]))) {
          if (g.start() >= bounds[half[0]] && g.end() <= bounds[half[1]]) {
            out.add(g);
          }
        }
      } catch (RuntimeException | StackOverflowError ex) {
        out.addAll(contained(r, text, bounds, half[0], half[1], failures, ex));
      }
    }
    return out;
  }

  /** 0, the cuts strictly inside the text in ascending order, and the text's length. */
  private static int[] bounds(int[] cuts, int length) {
    int[] b = new int[cuts.length + 2];
    int n = 0;
    b[n++] = 0;
    for (int c : cuts) {
      if (c > b[n - 1] && c < length) {
        b[n++] = c;
      }
    }
    b[n++] = length;
    return java.util.Arrays.copyOf(b, n);
  }

  private static List<Citation> merge(NormalizedText text, List<Group> groups) {
    groups.sort(
        Comparator.comparingInt(Group::start)
            .thenComparing(Comparator.comparingInt(Group::end).reversed()));
    List<Group> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Group g : groups) {
      if (g.start() >= lastEnd) {
        kept.add(g);
        lastEnd = g.end();
      }
    }
    return resolve(text, kept, IdRecognizer.find(text.text()), ReferenceMarks.find(text.text()));
  }

  /**
   * Merges "Id." marks and name references into the kept groups, in text order, and fills in every
   * antecedent.
   */
  private static List<Citation> resolve(
      NormalizedText text,
      List<Group> kept,
      List<IdRecognizer.Mark> ids,
      List<ReferenceMarks.Mark> refs) {
    String s = text.text();
    List<Citation> out = new ArrayList<>();
    Resources seen = new Resources();
    int g = 0;
    int m = 0;
    int r = 0;
    while (g < kept.size() || m < ids.size() || r < refs.size()) {
      int gs = g < kept.size() ? kept.get(g).start() : Integer.MAX_VALUE;
      int ms = m < ids.size() ? ids.get(m).start() : Integer.MAX_VALUE;
      int rs = r < refs.size() ? refs.get(r).start() : Integer.MAX_VALUE;
      if (ms < gs && ms <= rs) {
        IdRecognizer.Mark id = ids.get(m++);
        boolean inside = g > 0 && id.start() < kept.get(g - 1).end();
        if (!inside) {
          idCitation(s, text, id, out).ifPresent(out::add);
        }
        continue;
      }
      if (rs < gs) {
        ReferenceMarks.Mark ref = refs.get(r++);
        boolean inside =
            (g > 0 && ref.start() < kept.get(g - 1).end())
                || ref.end() > gs
                || (m > 0 && ref.start() < ids.get(m - 1).end());
        Integer k = inside ? null : seen.named(ref.key());
        if (k != null) {
          CaseCitation f = (CaseCitation) out.get(k);
          out.add(
              new CaseCitation.Builder()
                  .form(CitationForm.REFERENCE)
                  .caseName(ref.name())
                  .volume(f.volume())
                  .reporter(f.reporter())
                  .page(f.page())
                  .pinCite(ref.pin())
                  .antecedent(k)
                  .text(text.originalSlice(ref.start(), ref.end()))
                  .span(TextSpan.of(ref.start(), ref.end()))
                  .build());
        }
        continue;
      }
      for (Citation c : kept.get(g++).citations()) {
        if (c instanceof CaseCitation cc && cc.form() == CitationForm.FULL) {
          seen.full(cc, out.size());
          out.add(c);
        } else if (c instanceof CaseCitation cc && cc.form() == CitationForm.SHORT) {
          out.add(refer(cc, seen.shortForm(cc), out));
        } else if (c instanceof CaseCitation cc && cc.form() == CitationForm.SUPRA) {
          out.add(refer(cc, cc.caseName().map(Names::firstKey).map(seen::named).orElse(null), out));
        } else {
          out.add(c);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * "Id." as a repeat of the citation right before it: a docket entry, a rule or statute, or a
   * case. An "Id." with nothing before it, after a short form that found no antecedent, after an
   * unrecognized section cite ("Blah § 2. Id."), or with a pin before the case's first page, is an
   * "Id." whose antecedent is unknown.
   */
  private static Optional<Citation> idCitation(
      String s, NormalizedText text, IdRecognizer.Mark id, List<Citation> out) {
    String quoted = text.originalSlice(id.start(), id.end());
    TextSpan span = TextSpan.of(id.start(), id.end());
    CaseCitation unknown =
        new CaseCitation.Builder()
            .form(CitationForm.ID)
            .pinCite(id.pin())
            .text(quoted)
            .span(span)
            .build();
    if (out.isEmpty()) {
      return Optional.of(unknown);
    }
    int prevIndex = out.size() - 1;
    Citation prev = out.get(prevIndex);
    for (int j = Math.min(prev.span().end(), id.start()); j < id.start(); j++) {
      if (s.charAt(j) == '\u00A7') {
        return Optional.of(unknown); // a section of something not recognized came between
      }
    }
    if (prev instanceof DocketCitation d) {
      int target = d.antecedent().orElse(prevIndex);
      return Optional.of(
          new DocketCitation.Builder()
              .entry(d.entry())
              .attachment(d.attachment())
              .pinCite(id.pin())
              .antecedent(target)
              .text(quoted)
              .span(span)
              .build());
    }
    if (prev instanceof RuleCitation rc) {
      return Optional.of(
          new RuleCitation.Builder()
              .ruleSet(rc.ruleSet())
              .rule(rc.rule())
              .title(rc.title())
              .pinCite(id.pin())
              .antecedent(rc.antecedent().orElse(prevIndex))
              .text(quoted)
              .span(span)
              .build());
    }
    if (prev instanceof CaseCitation c) {
      Optional<Integer> target =
          c.form() == CitationForm.FULL ? Optional.of(prevIndex) : c.antecedent();
      if (target.isEmpty()
          || !(out.get(target.get()) instanceof CaseCitation full)
          || pinBeforePage(id.pin(), full.page())) {
        return Optional.of(unknown);
      }
      return Optional.of(
          new CaseCitation.Builder()
              .form(CitationForm.ID)
              .caseName(full.caseName())
              .volume(full.volume())
              .reporter(full.reporter())
              .page(full.page())
              .pinCite(id.pin())
              .antecedent(target.get())
              .text(quoted)
              .span(span)
              .build());
    }
    return Optional.empty();
  }

  /** A pin page before the case's first page ("Id. at 50" after "1 U.S. 100") cannot be in it. */
  private static boolean pinBeforePage(Optional<String> pin, Optional<String> page) {
    if (pin.isEmpty() || page.isEmpty()) {
      return false;
    }
    String p = pin.get();
    int e = Chars.digits(p, 0, 6);
    int pe = Chars.digits(page.get(), 0, 8);
    if (e == 0 || pe != page.get().length() || pe == 0 || pe > 6) {
      return false;
    }
    return Chars.parseInt(p, 0, e) < Chars.parseInt(page.get(), 0, pe);
  }

  /**
   * A short form or supra with its antecedent {@code k} (null: none found) and that case's facts.
   */
  private static Citation refer(CaseCitation c, Integer k, List<Citation> out) {
    if (k == null) {
      return c;
    }
    CaseCitation f = (CaseCitation) out.get(k);
    return new CaseCitation.Builder()
        .from(c)
        .antecedent(k)
        .page(f.page())
        .volume(c.volume().isPresent() ? c.volume() : f.volume())
        .reporter(c.reporter().isPresent() ? c.reporter() : f.reporter())
        .caseName(c.caseName().isPresent() ? c.caseName() : f.caseName())
        .build();
  }

  /**
   * The full case citations seen so far, as the decisions they cite: by volume and reporter (for
   * short forms) and by party name (for supra and name references). Two full citations of the same
   * volume, reporter and page are one decision; a placeholder page ("1 U.S. ___") is never the same
   * as another. A short form resolves when its volume and reporter name one decision, or its name
   * picks exactly one of several and none of them is nameless; a name resolves when it belongs to
   * one decision only. Each lookup is bounded, so resolution stays linear.
   */
  private static final class Resources {
    /**
     * Most decisions kept per volume and reporter; past that, short forms there stay unresolved.
     */
    private static final int MAX_PER_VOLUME = 8;

    private static final class Decision {
      final String page;
      final java.util.Set<String> names = new java.util.HashSet<>();
      int latest;

      Decision(String page) {
        this.page = page;
      }
    }

    private static final Decision AMBIGUOUS = new Decision(null);
    private final Map<String, List<Decision>> byVolume = new HashMap<>();
    private final java.util.Set<String> crowded = new java.util.HashSet<>();
    private final Map<String, Decision> byName = new HashMap<>();

    void full(CaseCitation c, int index) {
      String vk = key(c);
      List<Decision> list = byVolume.computeIfAbsent(vk, k -> new ArrayList<>(2));
      Decision hit = null;
      if (c.page().isPresent()) {
        for (Decision d : list) {
          if (c.page().get().equals(d.page)) {
            hit = d;
          }
        }
      }
      if (hit == null) {
        hit = new Decision(c.page().orElse(null));
        if (list.size() < MAX_PER_VOLUME) {
          list.add(hit);
        } else {
          crowded.add(vk);
        }
      }
      hit.latest = index;
      if (c.caseName().isPresent()) {
        for (String k : Names.keys(c.caseName().get())) {
          hit.names.add(k);
          Decision before = byName.get(k);
          byName.put(k, before == null || before == hit ? hit : AMBIGUOUS);
        }
      }
    }

    Integer shortForm(CaseCitation c) {
      String vk = key(c);
      List<Decision> list = byVolume.get(vk);
      if (list == null || crowded.contains(vk)) {
        return null;
      }
      if (list.size() == 1) {
        return list.get(0).latest;
      }
      String k = c.caseName().map(Names::firstKey).orElse(null);
      if (k == null) {
        return null;
      }
      Decision found = null;
      for (Decision d : list) {
        if (d.names.isEmpty()) {
          return null; // a decision cited without a name can't be ruled out
        }
        if (d.names.contains(k)) {
          if (found != null) {
            return null;
          }
          found = d;
        }
      }
      return found == null ? null : found.latest;
    }

    Integer named(String key) {
      Decision d = key == null ? null : byName.get(key);
      return d == null || d == AMBIGUOUS ? null : d.latest;
    }
  }

  private static String key(CaseCitation c) {
    return c.volume().orElse(-1) + " " + c.reporter().orElse("");
  }
}
