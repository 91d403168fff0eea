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
import org.courtorders.core.TextSpan;
import org.courtorders.parser.internal.text.NormalizedText;

/**
 * Finds every citation in a normalized text: docket entries, rules and statutes, earlier
 * orders, transcripts and case law, in text order, with spans into the original input.
 *
 * <pre>{@code
 * CitationExtractor extractor = new CitationExtractor();
 * for (Citation c : extractor.extract(TextNormalizer.normalize(input))) {
 *   System.out.println(c.kind() + " " + c.text() + " " + c.span());
 * }
 * }</pre>
 *
 * <p>Each recognizer scans the text once. Where two recognizers claim overlapping text, the
 * citation that starts first wins, then the longer one ("Local Civil Rule 37.2" over "Rule
 * 37.2"). Then "Id." and short forms are resolved in one pass: an "Id." refers to the citation
 * right before it, whatever its kind. After a docket citation it is that docket entry again,
 * not the last case cited, which is the mistake a case-only citator makes when a record cite
 * sits between a case and its "Id.".
 *
 * <p>{@code antecedent} values are indexes into the returned list. Thread-safe and immutable;
 * linear in the length of the text.
 */
public final class CitationExtractor {
  private final List<Recognizer> recognizers;

  public CitationExtractor() {
    this.recognizers = List.of(new DocketRecognizer(), new RuleRecognizer(), new OrderRecognizer(),
        new TranscriptRecognizer(), new CaseRecognizer(Reporters.get()));
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

  /** The citations in {@code text}, ordered by position; never null. A recognizer's failure is thrown. */
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
   * parts (halves of the list of pieces, down to one piece), so a failure costs only its
   * citations in the piece it fails on, which is reported to {@code failures}. {@code cuts} are
   * the offsets where pieces start (sentence starts), ascending.
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

  private static List<Group> contained(Recognizer r, NormalizedText text, int[] bounds, int lo, int hi,
      Failures failures, Throwable failure) {
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
    groups.sort(Comparator.comparingInt(Group::start).thenComparing(Comparator.comparingInt(Group::end).reversed()));
    List<Group> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Group g : groups) {
      if (g.start() >= lastEnd) {
        kept.add(g);
        lastEnd = g.end();
      }
    }
    return resolve(text, kept, IdRecognizer.find(text.text()));
  }

  /** Merges "Id." marks into the kept groups and fills in every antecedent. */
  private static List<Citation> resolve(NormalizedText text, List<Group> kept, List<IdRecognizer.Mark> ids) {
    List<Citation> out = new ArrayList<>();
    Map<String, Integer> lastFull = new HashMap<>();
    int g = 0;
    int m = 0;
    while (g < kept.size() || m < ids.size()) {
      if (m < ids.size() && (g >= kept.size() || ids.get(m).start() < kept.get(g).start())) {
        IdRecognizer.Mark id = ids.get(m++);
        boolean inside = g > 0 && id.start() < kept.get(g - 1).end();
        if (!inside) {
          idCitation(text, id, out).ifPresent(out::add);
        }
        continue;
      }
      for (Citation c : kept.get(g++).citations()) {
        if (c instanceof CaseCitation cc && cc.form() == CitationForm.FULL) {
          lastFull.put(key(cc), out.size());
        }
        out.add(c instanceof CaseCitation cc && cc.form() == CitationForm.SHORT ? shortForm(cc, out, lastFull) : c);
      }
    }
    return List.copyOf(out);
  }

  /** "Id." as a repeat of the citation right before it, if that is a docket entry or a case. */
  private static Optional<Citation> idCitation(NormalizedText text, IdRecognizer.Mark id, List<Citation> out) {
    if (out.isEmpty()) {
      return Optional.empty();
    }
    int prevIndex = out.size() - 1;
    Citation prev = out.get(prevIndex);
    String quoted = text.originalSlice(id.start(), id.end());
    if (prev instanceof DocketCitation d) {
      int target = d.antecedent().orElse(prevIndex);
      return Optional.of(new DocketCitation.Builder()
          .entry(d.entry())
          .attachment(d.attachment())
          .pinCite(id.pin())
          .antecedent(target)
          .text(quoted)
          .span(TextSpan.of(id.start(), id.end()))
          .build());
    }
    if (prev instanceof CaseCitation c) {
      int target = c.form() == CitationForm.FULL ? prevIndex : c.antecedent().orElse(prevIndex);
      CaseCitation full = (CaseCitation) out.get(target);
      return Optional.of(new CaseCitation.Builder()
          .form(CitationForm.ID)
          .caseName(full.caseName())
          .volume(full.volume())
          .reporter(full.reporter())
          .page(full.page())
          .pinCite(id.pin())
          .antecedent(target)
          .text(quoted)
          .span(TextSpan.of(id.start(), id.end()))
          .build());
    }
    return Optional.empty();
  }

  /** A short form points to the latest full citation of the same volume and reporter. */
  private static Citation shortForm(CaseCitation c, List<Citation> out, Map<String, Integer> lastFull) {
    Integer k = lastFull.get(key(c));
    if (k == null) {
      return c;
    }
    CaseCitation f = (CaseCitation) out.get(k);
    return new CaseCitation.Builder().from(c).antecedent(k).page(f.page())
        .caseName(c.caseName().isPresent() ? c.caseName() : f.caseName()).build();
  }

  private static String key(CaseCitation c) {
    return c.volume().orElse(-1) + " " + c.reporter().orElse("");
  }
}
