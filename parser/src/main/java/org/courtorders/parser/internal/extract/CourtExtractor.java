package org.courtorders.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.courtorders.core.Court;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.parser.internal.CueMatcher;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;

/**
 * Finds the court an order comes from: its heading ("SOUTHERN DISTRICT OF NEW YORK"), its full name
 * anywhere ("United States District Court for the Southern District of New York"), a casetext or
 * Westlaw header ("United States District Court, S.D. New York"), or one of its courthouses (an
 * address with its city, see {@link CourthousePlaces}). Abbreviations inside citations ("(S.D.N.Y.
 * 2020)") name other courts' decisions, not this one, and do not count.
 */
public final class CourtExtractor implements Reader {
  private static final String[] DIRECTIONS = {
    "NORTHERN ", "SOUTHERN ", "EASTERN ", "WESTERN ", "MIDDLE ", "CENTRAL "
  };

  @Override
  public void extract(Reading ctx) {
    // Court names are compared with the text read upper-cased through upperAt, not with an
    // upper-case copy (issue 13: the copy was 3 % of a parse's heap).
    String text = ctx.text;
    int headerEnd = ctx.layout.header().end();
    // 1. A heading in the caption region, earliest first. The region is at least the first 600
    // characters of text, counted from the first one that is not blank, so blank lines before
    // the caption do not push a heading out of it.
    int firstText = 0;
    while (firstText < text.length() && Character.isWhitespace(upperAt(text, firstText))) {
      firstText++;
    }
    int captionEnd = Math.max(headerEnd, Math.min(text.length(), firstText + 600));
    Hit best = find(text, 0, captionEnd, false);
    // 1b. A court name in the caption region in any other spelling: "S D New York", "District
    // Court, N.D. Illinois".
    if (best == null) {
      CourtNames.Hit named = CourtNames.find(text, 0, Math.min(captionEnd, text.length()));
      if (named != null) {
        best = new Hit(named.entry(), named.start(), named.end());
      }
    }
    // 2. The full name or a header short form anywhere.
    if (best == null) {
      best = find(text, 0, text.length(), true);
    }
    // 3. The court's web domain, "cand.uscourts.gov": every district court's site is
    // <id>.uscourts.gov.
    if (best == null) {
      best = domain(ctx.text);
    }
    // 4. A courthouse: its street address followed by its city ("500 Pearl Street\nNew York"),
    // never a bare street, which many cities share; or a name only that courthouse bears.
    if (best == null) {
      CourthousePlaces.Hit house = CourthousePlaces.find(ctx.text);
      if (house != null) {
        best = new Hit(house.entry(), house.start(), house.end());
      }
    }
    // 5. A courthouse named after a city where only one district sits: "the White Plains
    // Courthouse".
    if (best == null) {
      CourtNames.Hit house = CourtNames.courthouse(ctx.text, 0, ctx.text.length());
      if (house != null) {
        best = new Hit(house.entry(), house.start(), house.end());
      }
    }
    if (best == null) {
      ctx.diagnose(DiagnosticCode.NO_COURT, Severity.INFO, "no court named in the text", 0, 0);
      return;
    }
    ctx.out.court =
        java.util.Optional.of(
            new Court.Builder()
                .id(best.entry.id())
                .name(best.entry.name())
                .span(ctx.span(best.start, best.end))
                .build());
  }

  private static final java.util.regex.Pattern DOMAIN =
      java.util.regex.Pattern.compile("(?<![a-z0-9-])([a-z]{3,4})\\.uscourts\\.gov");
  private static final CueMatcher.Definition DOMAIN_AT = CueMatcher.of(DOMAIN, 4, ".uscourts.gov");

  private static Hit domain(String text) {
    CueMatcher cued = DOMAIN_AT.matcher(text);
    while (cued.find()) {
      java.util.regex.Matcher m = cued.matcher();
      for (DistrictCourts.Entry e : DistrictCourts.all()) {
        if (e.id().equals(m.group(1))) {
          return new Hit(e, m.start(), m.end());
        }
      }
    }
    return null;
  }

  private record Hit(DistrictCourts.Entry entry, int start, int end) {}

  /**
   * A court heading or name: every needle contains "DISTRICT", so one scan for that word finds
   * every candidate, and only the needles whose text before "DISTRICT" matches are compared. The
   * earliest match wins; on a tie, the court listed first, then the needle listed first.
   */
  private static Hit find(String text, int from, int to, boolean strict) {
    Hit best = null;
    int bestRank = Integer.MAX_VALUE;
    List<Needle> needles = strict ? Needles.STRICT : Needles.HEADINGS;
    for (int d = indexOfUpper(text, Needles.KEY, from, text.length());
        d >= 0 && d + Needles.KEY.length() <= to;
        d = indexOfUpper(text, Needles.KEY, d + 1, text.length())) {
      if (best != null && d - Needles.LONGEST_PREFIX > best.start) {
        break;
      }
      for (Needle n : needles) {
        int at = d - n.keyOffset();
        if (at < from
            || at + n.text().length() > to
            || (best != null && at > best.start)
            || (best != null && at == best.start && n.rank() >= bestRank)
            || !startsWithUpper(text, n.text(), at)) {
          continue;
        }
        if (!preceededByDirection(text, at, n.entry().heading())
            && endsAtWordBoundary(text, at + n.text().length())) {
          best = new Hit(n.entry(), at, at + n.text().length());
          bestRank = n.rank();
        }
      }
    }
    return best;
  }

  /** One text to look for, where "DISTRICT" sits in it, and its place in the search order. */
  private record Needle(DistrictCourts.Entry entry, String text, int keyOffset, int rank) {}

  /** The needles, built once from the court list. */
  private static final class Needles {
    static final String KEY = "DISTRICT";
    static final List<Needle> HEADINGS = build(false);
    static final List<Needle> STRICT = build(true);
    static final int LONGEST_PREFIX =
        Stream.concat(HEADINGS.stream(), STRICT.stream())
            .mapToInt(Needle::keyOffset)
            .max()
            .orElse(0);

    private static List<Needle> build(boolean strict) {
      List<Needle> out = new ArrayList<>();
      for (DistrictCourts.Entry e : DistrictCourts.all()) {
        String heading = e.heading();
        String shortForm = e.shortForm().toUpperCase(Locale.ROOT);
        String[] texts =
            strict
                ? new String[] {
                  "UNITED STATES DISTRICT COURT FOR THE " + heading,
                  "U.S. DISTRICT COURT FOR THE " + heading,
                  "UNITED STATES DISTRICT COURT, " + shortForm,
                  "UNITED STATES DISTRICT COURT " + shortForm
                }
                : new String[] {heading, "UNITED STATES DISTRICT COURT, " + shortForm};
        for (String t : texts) {
          int k = t.indexOf(KEY);
          if (k < 0) {
            throw new IllegalStateException("court needle without " + KEY + ": " + t);
          }
          out.add(new Needle(e, t, k, out.size()));
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * "DISTRICT OF NEW YORK" inside "SOUTHERN DISTRICT OF NEW YORK" is not the heading of its own.
   */
  private static boolean preceededByDirection(String text, int at, String heading) {
    if (!heading.startsWith("DISTRICT OF")) {
      return false;
    }
    for (String d : DIRECTIONS) {
      if (at >= d.length() && startsWithUpper(text, d, at - d.length())) {
        return true;
      }
    }
    return false;
  }

  /** The match must not run into a longer word; a glued date ("New YorkFeb 4") is fine. */
  private static boolean endsAtWordBoundary(String text, int end) {
    return end >= text.length()
        || !Character.isLetter(upperAt(text, end))
        || !Character.isLowerCase(text.charAt(end));
  }

  /**
   * The character at {@code i} of the text as the court names are compared with it: upper case,
   * line breaks and tabs as spaces. One character for one, so offsets carry over.
   */
  static char upperAt(String s, int i) {
    char c = s.charAt(i);
    if (c < 128) {
      // ASCII without the Unicode case tables
      return c == '\n' || c == '\t' ? ' ' : c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
    return Character.toUpperCase(c);
  }

  /** Whether {@code s} read by {@link #upperAt} holds {@code prefix} at {@code at}. */
  static boolean startsWithUpper(String s, String prefix, int at) {
    if (at < 0 || at > s.length() - prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (upperAt(s, at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first index at or after {@code from} where {@code key} (upper case) starts and ends by
   * {@code to} in {@code s} read by {@link #upperAt}, or -1.
   */
  static int indexOfUpper(String s, String key, int from, int to) {
    for (int i = Math.max(0, from); i <= to - key.length(); i++) {
      if (startsWithUpper(s, key, i)) {
        return i;
      }
    }
    return -1;
  }
}
