package org.courtorders.parser.internal.extract;

import java.util.Locale;
import org.courtorders.core.Court;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Severity;
import org.courtorders.parser.internal.ParseContext;

/**
 * Finds the court an order comes from: its heading ("SOUTHERN DISTRICT OF NEW YORK"), its full
 * name anywhere ("United States District Court for the Southern District of New York"), a
 * casetext or Westlaw header ("United States District Court, S.D. New York"), or one of its
 * courthouse addresses. Abbreviations inside citations ("(S.D.N.Y. 2020)") name other
 * courts' decisions, not this one, and do not count.
 */
public final class CourtExtractor implements Extractor {
  private static final String[] DIRECTIONS = {"NORTHERN ", "SOUTHERN ", "EASTERN ", "WESTERN ", "MIDDLE ", "CENTRAL "};

  @Override
  public void extract(ParseContext ctx) {
    String upper = upper(ctx.text);
    int headerEnd = ctx.layout.header().end();
    // 1. A heading in the caption region, earliest first.
    Hit best = find(upper, ctx.text, 0, Math.max(headerEnd, Math.min(upper.length(), 600)), false);
    // 2. The full name or a header short form anywhere.
    if (best == null) {
      best = find(upper, ctx.text, 0, upper.length(), true);
    }
    // 3. The court's web domain, "cand.uscourts.gov": every district court's site is <id>.uscourts.gov.
    if (best == null) {
      best = domain(ctx.text);
    }
    // 4. A courthouse address.
    if (best == null) {
      for (DistrictCourts.Entry e : DistrictCourts.all()) {
        for (String place : e.places()) {
          int at = upper.indexOf(place.toUpperCase(Locale.ROOT));
          if (at >= 0 && (best == null || at < best.start)) {
            best = new Hit(e, at, at + place.length());
          }
        }
      }
    }
    if (best == null) {
      ctx.diagnose(DiagnosticCode.NO_COURT, Severity.INFO, "no court named in the text", 0, 0);
      return;
    }
    ctx.court = java.util.Optional.of(new Court.Builder().id(best.entry.id()).name(best.entry.name())
        .span(ctx.span(best.start, best.end)).build());
  }

  private static final java.util.regex.Pattern DOMAIN =
      java.util.regex.Pattern.compile("(?<![a-z0-9-])([a-z]{3,4})\\.uscourts\\.gov");

  private static Hit domain(String text) {
    java.util.regex.Matcher m = DOMAIN.matcher(text);
    while (m.find()) {
      for (DistrictCourts.Entry e : DistrictCourts.all()) {
        if (e.id().equals(m.group(1))) {
          return new Hit(e, m.start(), m.end());
        }
      }
    }
    return null;
  }

  private record Hit(DistrictCourts.Entry entry, int start, int end) {}

  private static Hit find(String upper, String original, int from, int to, boolean strict) {
    Hit best = null;
    for (DistrictCourts.Entry e : DistrictCourts.all()) {
      String heading = e.heading();
      String[] needles = strict
          ? new String[] {"UNITED STATES DISTRICT COURT FOR THE " + heading,
              "U.S. DISTRICT COURT FOR THE " + heading,
              "UNITED STATES DISTRICT COURT, " + e.shortForm().toUpperCase(Locale.ROOT),
              "UNITED STATES DISTRICT COURT " + e.shortForm().toUpperCase(Locale.ROOT)}
          : new String[] {heading, "UNITED STATES DISTRICT COURT, " + e.shortForm().toUpperCase(Locale.ROOT)};
      for (String needle : needles) {
        int at = upper.indexOf(needle, from);
        while (at >= 0 && at + needle.length() <= to) {
          if (!preceededByDirection(upper, at, heading) && endsAtWordBoundary(upper, original, at + needle.length())) {
            if (best == null || at < best.start) {
              best = new Hit(e, at, at + needle.length());
            }
            break;
          }
          at = upper.indexOf(needle, at + 1);
        }
      }
    }
    return best;
  }

  /** "DISTRICT OF NEW YORK" inside "SOUTHERN DISTRICT OF NEW YORK" is not the heading of its own. */
  private static boolean preceededByDirection(String upper, int at, String heading) {
    if (!heading.startsWith("DISTRICT OF")) {
      return false;
    }
    for (String d : DIRECTIONS) {
      if (at >= d.length() && upper.startsWith(d, at - d.length())) {
        return true;
      }
    }
    return false;
  }

  /** The match must not run into a longer word; a glued date ("New YorkFeb 4") is fine. */
  private static boolean endsAtWordBoundary(String upper, String original, int end) {
    return end >= upper.length() || !Character.isLetter(upper.charAt(end)) || !Character.isLowerCase(original.charAt(end));
  }

  /** An upper-case copy of the same length, so offsets carry over. */
  static String upper(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      out[i] = c == '\n' || c == '\t' ? ' ' : Character.toUpperCase(c);
    }
    return new String(out);
  }
}
