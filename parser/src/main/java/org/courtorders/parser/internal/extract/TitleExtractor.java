package org.courtorders.parser.internal.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.courtorders.core.DocumentType;
import org.courtorders.parser.internal.CueMatcher;
import org.courtorders.parser.internal.read.Reader;
import org.courtorders.parser.internal.read.Reading;
import org.courtorders.parser.internal.segment.Range;
import org.courtorders.parser.internal.segment.Segmenter;

/**
 * Finds the document's title ("ORDER", "MEMORANDUM AND ORDER GRANTING ...", "ORDER TO SHOW CAUSE")
 * and classifies the document. A letter that carries the court's ruling is a memo endorsement; one
 * that does not is a letter.
 */
public final class TitleExtractor implements Reader {
  private static final Pattern TITLE_START =
      Pattern.compile(
          "(?:\\[PROPOSED\\][ ])?(?:ORDER|OPINION|MEMORANDUM|JUDGMENT|FINAL JUDGMENT|STIPULATION|STIPULATED|NOTICE"
              + "|DECISION|REPORT AND RECOMMENDATION|SCHEDULING ORDER|CASE MANAGEMENT|CIVIL CASE MANAGEMENT"
              + "|MEMO ENDORSEMENT|AMENDED ORDER|CONSENT ORDER|PROTECTIVE ORDER|DEFAULT JUDGMENT|MINUTE ORDER|MINUTE ENTRY"
              + "|TEXT ORDER|PAPERLESS ORDER|DOCKET ORDER|ELECTRONIC ORDER)\\b.*");
  private static final Pattern ORDER_CUE =
      Pattern.compile(
          "(?i)\\b(?:so ordered|it is (?:hereby )?ordered|is hereby ordered|ordered that|the court orders|it is so ordered"
              + "|ORDERED:|IT IS FURTHER ORDERED|ENTER:|E N T E R|I (?:THEREFORE |FURTHER )?ORDER|the court (?:shall|will|hereby))\\b");
  private static final CueMatcher.Definition ORDER_CUE_AT =
      CueMatcher.of(ORDER_CUE, 15, "order", "enter", "e n t e r", "the court");

  /**
   * A docket entry's text that is itself the order, as docket sites print it: "ORDER: The joint
   * letter motion is GRANTED ...", "TEXT ONLY ORDER: ...", "ELECTRONIC ORDER entered. Judge X:
   * ...", "PAPERLESS ORDER. ...", "MINUTE ENTRY before ...". The kind word is in capitals and a
   * colon, period or dash (or "entered") follows it, so a sentence "Order of the Court ..." is not
   * one. Read at a line start in the first 800 characters, below a docket site's court and case
   * lines.
   */
  private static final Pattern DOCKET_OPENING =
      Pattern.compile(
          "(?m)^[ \\t]{0,8}(?:(?:TEXT|ELECTRONIC|PAPERLESS|DOCKET|MINUTE|SCHEDULING|SHORT)[ ]+(?:ONLY[ ]+)?)?"
              + "(?:ORDER|ENTRY)(?:[ ]+(?i:entered))?[ ]?[:.\\-\u2013\u2014][ \\t]");

  @Override
  public void extract(Reading ctx) {
    ctx.out.title = findTitle(ctx);
    ctx.out.documentType = Optional.of(classify(ctx));
  }

  private static Optional<String> findTitle(Reading ctx) {
    List<Range> lines = ctx.layout.lines();
    int limit = Math.max(ctx.layout.header().end(), Math.min(ctx.text.length(), 400));
    for (int i = 0; i < lines.size() && (lines.get(i).start() < limit || i < 60); i++) {
      Range line = lines.get(i);
      String l = line.of(ctx.text);
      for (String cell : l.split("\t")) {
        String c = cell.strip();
        if (!c.isEmpty() && Segmenter.isHeading(c) && TITLE_START.matcher(c).matches()) {
          StringBuilder title = new StringBuilder(c);
          boolean right = ctx.indent(line.start() + l.indexOf(c)) >= PartyExtractor.RIGHT_COLUMN;
          // Continue a title over the next lines' cells that are all capitals: "GRANTING ...",
          // in the same column of a two-column caption.
          for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
            Range nextLine = lines.get(k);
            String next = lastCell(nextLine.of(ctx.text));
            if (!next.isEmpty()) {
              boolean nextRight =
                  ctx.indent(nextLine.start() + nextLine.of(ctx.text).lastIndexOf(next))
                      >= PartyExtractor.RIGHT_COLUMN;
              if (nextRight != right) {
                break;
              }
            }
            if (next.isEmpty()
                || !Segmenter.isHeading(next)
                || next.endsWith(",")
                || next.contains("DISTRICT")
                || next.contains(".,")
                || next.length() > 60) {
              break;
            }
            if (!next.matches("[A-Z0-9 ,.'&;:()\\-]+") || next.matches(".*\\d{2}.*")) {
              break;
            }
            title.append(' ').append(next);
          }
          return Optional.of(title.toString());
        }
      }
    }
    return Optional.empty();
  }

  private static String lastCell(String line) {
    String[] cells = line.split("\t");
    return cells[cells.length - 1].strip();
  }

  private static DocumentType classify(Reading ctx) {
    String head =
        ctx.text
            .substring(0, Math.min(ctx.text.length(), Math.max(ctx.layout.header().end(), 1500)))
            .toUpperCase(Locale.ROOT);
    boolean endorsedMark =
        head.contains("MEMO ENDORSED")
            || head.contains("MEMORANDUM ENDORSED")
            || head.contains("MEMO ENDORSEMENT")
            || head.contains("ENDORSED LETTER");
    boolean ordered = ORDER_CUE_AT.matcher(ctx.text).find();
    if (ctx.layout.letter().isPresent()) {
      if (endorsedMark || ctx.layout.endorsement().isPresent() || ordered) {
        return DocumentType.MEMO_ENDORSEMENT;
      }
      return DocumentType.LETTER;
    }
    if (endorsedMark) {
      return DocumentType.MEMO_ENDORSEMENT;
    }
    String title = ctx.out.title.orElse("").toUpperCase(Locale.ROOT);
    if (title.startsWith("[PROPOSED] ")) {
      title = title.substring("[PROPOSED] ".length());
    }
    if (title.contains("STIPULAT")) {
      return DocumentType.STIPULATION_AND_ORDER;
    }
    if (title.contains("SCHEDULING ORDER") || title.contains("CASE MANAGEMENT")) {
      return DocumentType.SCHEDULING_ORDER;
    }
    if (title.contains("MEMORANDUM") || title.contains("OPINION")) {
      return DocumentType.OPINION_AND_ORDER;
    }
    if (title.startsWith("JUDGMENT") || title.contains(" JUDGMENT") && !title.contains("ORDER")) {
      return DocumentType.JUDGMENT;
    }
    if (title.contains("ORDER")
        || title.startsWith("NOTICE")
        || title.startsWith("MINUTE")
        || ordered
        || DOCKET_OPENING.matcher(ctx.text).region(0, Math.min(ctx.text.length(), 800)).find()) {
      return DocumentType.ORDER;
    }
    // An untitled page that opens in the judge's own voice ("JANE DOE, United States Magistrate
    // Judge.") is the court's document, and the court speaks in orders.
    if (ctx.out.title.isEmpty() && JudgeExtractor.opensWithJudge(ctx)) {
      return DocumentType.ORDER;
    }
    return DocumentType.OTHER;
  }
}
