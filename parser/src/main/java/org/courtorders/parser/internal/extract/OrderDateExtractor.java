package org.courtorders.parser.internal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.parser.internal.CueMatcher;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.segment.Segmenter;
import org.courtorders.parser.internal.text.PageStamp;

/**
 * Dates the order: {@code signedDate} from, in turn, a memo endorsement's own date, the signature
 * block ("Dated: New York, New York July 12, 2023", a date under the signature), "DATED this 26th
 * day of February, 2026", a docket entry's "Signed by ... on 5/6/2022", a header line that is only
 * a date, and last the filed stamp; {@code filedDate} from "DATE FILED: 07/12/2023" or the PACER
 * stamp.
 */
public final class OrderDateExtractor implements Reader {
  private static final Pattern DATE_FILED = Pattern.compile("(?i)DATE FILED:?[ \\t]{0,4}");

  /**
   * A docket entry's signature: "Signed by Judge X on 5/6/2022", and the forms other courts'
   * dockets use, "So Ordered by Judge X on 10/24/2025", "Ordered by Magistrate Judge X on
   * 2/17/2026", "Entered by X, United States Magistrate Judge, on March 4, 2025". "ordered by" and
   * "entered by" need a judge's title; before the name, they must also open a sentence, so "as
   * ordered by Judge X on May 1" in a narrative dates nothing.
   */
  private static final Pattern SIGNED_BY =
      Pattern.compile(
          "(?i)\\(?(?:Signed by [^()\\n]{3,80}?"
              + "|(?:(?<=[.)]\\s)|(?<=\\n)|^)(?:so )?(?:ordered|entered) by (?:the )?(?:hon(?:orable|\\.)? )?(?:(?:chief|senior) )?"
              + "(?:(?:u\\.s\\.|united states) )?(?:district |magistrate |bankruptcy )?judge [^()\\n]{3,60}?"
              + "|(?:so )?(?:ordered|entered) by [^()\\n]{3,60}?, (?:u\\.s\\.|united states) (?:district|magistrate|bankruptcy) judge,?)"
              + "\\son[ \\n]");

  private static final CueMatcher.Definition DATE_FILED_AT =
      CueMatcher.of(DATE_FILED, 0, "date filed");
  private static final CueMatcher.Definition SIGNED_BY_AT =
      CueMatcher.of(SIGNED_BY, 4, "signed by", "ordered by", "entered by");

  /**
   * A decretal opening that dates the order: "AND NOW, this 2nd day of June, 2025, upon ..." (E.D.
   * Pa.), "IT IS on this 20th day of August, 2025, ORDERED" and "IT IS THEREFORE, on this 3rd day
   * of February 2026, ORDERED" (D.N.J.).
   */
  private static final Pattern DECRETAL_THIS =
      Pattern.compile(
          "(?i)\\b(?:and now|it is(?: (?:hereby|therefore|further|so))?|ordered),?[ \\t\\n]{1,3}(?:on[ ]+)?this[ \\t\\n]{1,3}(?:the[ ]+)?(?=\\d)");

  private static final CueMatcher.Definition DECRETAL_THIS_AT =
      CueMatcher.of(DECRETAL_THIS, 30, "this");

  /** A docket entry's own stamp: "(Entered: 09/22/2025)". */
  private static final Pattern ENTERED_STAMP = Pattern.compile("(?i)\\(Entered:[ ]?");

  private static final CueMatcher.Definition ENTERED_STAMP_AT =
      CueMatcher.of(ENTERED_STAMP, 1, "entered:");

  /**
   * A header cell labelled as the order's date: C.D. Cal. civil minutes print "Case No. ... Date
   * June 16, 2025" on one line.
   */
  private static final Pattern DATE_CELL =
      Pattern.compile("(?im)(?:^|\\t|[ ]{2})[ ]*Date:?[ \\t]{1,12}(?=\\d|[A-Z][a-z]{2})");

  private static final CueMatcher.Definition DATE_CELL_AT = CueMatcher.of(DATE_CELL, 3, "date");

  /**
   * A line that dates the order: "Dated:", "DATED this", "ORDERED in Tampa", "SO ORDERED 01/24/23".
   */
  private static final Pattern DATED_LABEL =
      Pattern.compile(
          "(?im)(?:^|\\t)[ ]?(?:dated|date|ordered|entered|signed|done and ordered|so ordered|it is so ordered)\\b(?![ ,:]*(?:that|as follows)\\b)[^\\n]{0,60}");

  @Override
  public void extract(Reading ctx) {
    ctx.out.filedDate = filed(ctx);
    Optional<LocalDate> signed =
        signedBy(ctx)
            .or(() -> afterCue(ctx, SO_ORDERED_DATE_AT))
            .or(() -> afterCue(ctx, ORDERED_IN_AT))
            .or(() -> cityClosing(ctx))
            .or(() -> afterCue(ctx, DECRETAL_THIS_AT));
    if (signed.isEmpty()) {
      signed = ctx.layout.endorsement().flatMap(r -> lastDate(ctx, r));
    }
    if (signed.isEmpty()) {
      signed = ctx.layout.signature().flatMap(r -> labelled(ctx, r).or(() -> lastDate(ctx, r)));
    }
    if (signed.isEmpty()) {
      int tail = Segmenter.tailStart(ctx.text, 0.6);
      signed = labelled(ctx, new Range(tail, ctx.text.length()));
    }
    if (signed.isEmpty()) {
      signed = headerDateCell(ctx);
    }
    if (signed.isEmpty()) {
      signed = headerDateLine(ctx);
    }
    if (signed.isEmpty()) {
      signed = ctx.out.filedDate;
    }
    ctx.out.signedDate = signed;
  }

  private static Optional<LocalDate> filed(Reading ctx) {
    CueMatcher cued = DATE_FILED_AT.matcher(ctx.text);
    if (cued.find()) {
      Matcher m = cued.matcher();
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.end(), Math.min(ctx.text.length(), m.end() + 20));
      if (!d.isEmpty() && d.get(0).start() == m.end()) {
        return Optional.of(d.get(0).date());
      }
    }
    CueMatcher entered = ENTERED_STAMP_AT.matcher(ctx.text);
    while (entered.find()) {
      Matcher m = entered.matcher();
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.end(), Math.min(ctx.text.length(), m.end() + 12));
      if (!d.isEmpty() && d.get(0).start() == m.end()) {
        return Optional.of(d.get(0).date());
      }
    }
    for (PageStamp s : ctx.doc.stamps()) {
      if (s.filedText().isPresent()) {
        List<OrderDates.Found> d =
            OrderDates.find(s.filedText().get(), 0, s.filedText().get().length());
        if (!d.isEmpty()) {
          return Optional.of(d.get(0).date());
        }
      }
    }
    return Optional.empty();
  }

  /** "SO ORDERED 01/24/23": an endorsement stamped with its date. */
  private static final Pattern SO_ORDERED_DATE =
      Pattern.compile("(?i)\\bso ordered[.,:]?[ ]?(?:on[ ])?(?=\\d)");

  /** "ORDERED in Tampa, Florida, on May 1, 2026." (M.D. Fla. and others). */
  private static final Pattern ORDERED_IN =
      Pattern.compile(
          "\\b(?:DONE AND )?ORDERED in [A-Z][A-Za-z .]{1,30}(?:, [A-Z][A-Za-z .]{1,20})?,? (?:on|this) (?:the )?");

  private static final CueMatcher.Definition SO_ORDERED_DATE_AT =
      CueMatcher.of(SO_ORDERED_DATE, 0, "so ordered");
  private static final CueMatcher.Definition ORDERED_IN_AT =
      CueMatcher.of(ORDERED_IN, 9, "ordered in");

  /**
   * A closing that dates the order where it was signed: "New Orleans, Louisiana, this 5th day of
   * March, 2026." or "Signed in Tulsa, Oklahoma, on May 7, 2026". Read at a line start in the last
   * part of the document only, so a party's letter quoted earlier does not date the order.
   */
  private static final Pattern CITY_CLOSING =
      Pattern.compile(
          "(?m)^[ \\t]{0,8}(?:(?:Signed|Entered|Done)[ ](?:and[ ]ordered[ ])?(?:in|at)[ ])?[A-Z][A-Za-z.'\\-]{1,20}(?:[ ][A-Z][A-Za-z.'\\-]{1,20}){0,3},"
              + "[ ][A-Z][A-Za-z.]{1,20}(?:[ ][A-Z][A-Za-z.]{1,20}){0,2},?[ ](?:this[ ]|on[ ](?:this[ ])?)(?:the[ ])?(?=\\d)");

  private static final CueMatcher.Definition CITY_CLOSING_AT =
      CueMatcher.of(CITY_CLOSING, 80, "this", "on ");

  private static Optional<LocalDate> cityClosing(Reading ctx) {
    int tail = Segmenter.tailStart(ctx.text, 0.6);
    CueMatcher cued = CITY_CLOSING_AT.matcher(ctx.text, tail, ctx.text.length());
    LocalDate last = null;
    while (cued.find()) {
      Matcher m = cued.matcher();
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.end(), Math.min(ctx.text.length(), m.end() + 40));
      if (!d.isEmpty() && d.get(0).start() <= m.end() + 1) {
        last = d.get(0).date();
      }
    }
    return Optional.ofNullable(last);
  }

  private static Optional<LocalDate> afterCue(Reading ctx, CueMatcher.Definition cue) {
    CueMatcher cued = cue.matcher(ctx.text);
    while (cued.find()) {
      Matcher m = cued.matcher();
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.end(), Math.min(ctx.text.length(), m.end() + 30));
      if (!d.isEmpty() && d.get(0).start() <= m.end() + 1) {
        return Optional.of(d.get(0).date());
      }
    }
    return Optional.empty();
  }

  /** A date on a "Dated"-style line or the one line after it. */
  private static Optional<LocalDate> labelled(Reading ctx, Range region) {
    Matcher m = DATED_LABEL.matcher(ctx.text).region(region.start(), region.end());
    LocalDate best = null;
    while (m.find()) {
      int lineEnd = lineEnd(ctx.text, m.start());
      int windowEnd = lineEnd;
      // the date may sit on the next non-blank line: "Dated: New York, New York\n\nJuly 12, 2023"
      int k = lineEnd;
      for (int hops = 0; hops < 3 && k < ctx.text.length(); hops++) {
        int next = lineEnd(ctx.text, k + 1);
        windowEnd = next;
        if (next - k > 1) {
          break;
        }
        k = next;
      }
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.start(), Math.min(windowEnd, region.end()));
      if (!d.isEmpty()) {
        best = d.get(0).date();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The end of the line at {@code from}, looking at most {@value #MAX_LINE} characters ahead so
   * that a text without line breaks ("SO ORDERED. " 100 000 times) stays linear.
   */
  private static int lineEnd(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_LINE);
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return limit;
  }

  private static final int MAX_LINE = 160;

  private static Optional<LocalDate> lastDate(Reading ctx, Range region) {
    List<OrderDates.Found> d = OrderDates.find(ctx.text, region.start(), region.end());
    return d.isEmpty() ? Optional.empty() : Optional.of(d.get(d.size() - 1).date());
  }

  private static Optional<LocalDate> signedBy(Reading ctx) {
    CueMatcher cued = SIGNED_BY_AT.matcher(ctx.text);
    if (cued.find()) {
      Matcher m = cued.matcher();
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.end(), Math.min(ctx.text.length(), m.end() + 12));
      if (!d.isEmpty() && d.get(0).start() == m.end()) {
        return Optional.of(d.get(0).date());
      }
    }
    return Optional.empty();
  }

  /** casetext and docket sites print the decision date on a line of its own in the header. */
  /**
   * A date line in a header is short; reading a whole one-line document as one would cost its
   * length.
   */
  private static final int MAX_DATE_LINE = 1_000;

  /** Whether line {@code i} goes on with a sentence the line above it left open. */
  private static boolean continuesSentence(Reading ctx, List<Range> lines, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String p = lines.get(k).of(ctx.text).strip();
      if (p.isEmpty()) {
        continue;
      }
      char last = p.charAt(p.length() - 1);
      return Segmenter.isProse(ctx.text, lines.get(k)) && Character.isLetterOrDigit(last);
    }
    return false;
  }

  /** A "Date" cell in the first lines of the header, the date right after the label. */
  private static Optional<LocalDate> headerDateCell(Reading ctx) {
    List<Range> lines = ctx.layout.lines();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    int end = Math.min(ctx.layout.header().end(), lines.get(Math.min(lines.size(), 30) - 1).end());
    CueMatcher cued = DATE_CELL_AT.matcher(ctx.text, 0, Math.max(0, end));
    while (cued.find()) {
      Matcher m = cued.matcher();
      List<OrderDates.Found> d =
          OrderDates.find(ctx.text, m.end(), Math.min(ctx.text.length(), m.end() + 20));
      if (!d.isEmpty() && d.get(0).start() == m.end()) {
        return Optional.of(d.get(0).date());
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> headerDateLine(Reading ctx) {
    List<Range> lines = ctx.layout.lines();
    for (int i = 0; i < lines.size(); i++) {
      Range line = lines.get(i);
      if (line.start() >= ctx.layout.header().end() && i >= 30) {
        break;
      }
      if (line.length() > MAX_DATE_LINE) {
        continue;
      }
      if (line.start() >= ctx.layout.header().end() && continuesSentence(ctx, lines, i)) {
        continue; // "... appeared before the Court on" / "Tuesday, May 6, 2025 at 10:00 a.m.": an
        // event
      }
      String s = line.of(ctx.text).strip();
      int cellEnd =
          line.start()
              + (line.of(ctx.text).indexOf('\t') >= 0
                  ? line.of(ctx.text).indexOf('\t')
                  : line.length());
      List<OrderDates.Found> d = OrderDates.find(ctx.text, line.start(), cellEnd);
      if (d.size() == 1) {
        String rest =
            (ctx.text.substring(line.start(), d.get(0).start())
                    + ctx.text.substring(d.get(0).end(), cellEnd))
                .strip()
                .toLowerCase(Locale.ROOT);
        if (rest.isEmpty()
            || rest.equals(".")
            || rest.startsWith("united states district court")
            || cellEnd - line.start() < 60 && rest.matches("(?:filed|decided|dated|signed)?:?")) {
          return Optional.of(d.get(0).date());
        }
      }
    }
    return Optional.empty();
  }
}
