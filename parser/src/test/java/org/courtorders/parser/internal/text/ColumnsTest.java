package org.courtorders.parser.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.courtorders.core.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two-column printouts come out one column after the other; other layouts stay as they are. */
class ColumnsTest {
  private static final String[] LEFT = {
    "2026 WL 1234567",
    "Only the Westlaw citation is currently available.",
    "United States District Court, D. Example.",
    "",
    "JANE Q. SAMPLE, Plaintiff",
    "v.",
    "EXAMPLE WIDGET CORP., Defendant",
    "",
    "Case No. 2:25-cv-00001",
    "Filed 03/02/2026",
    "",
    "Attorneys and Law Firms",
    "",
    "Pat Lee, Example City, for Plaintiff.",
    "",
    "ANNA B. COLE, UNITED STATES",
    "DISTRICT JUDGE",
    "",
    "*1 The plaintiff moves to compel discovery from the",
    "defendant, which opposes the motion on the ground that",
    "the requests are late and far too broad for the case,",
    "and that it has already produced what the rules require",
    "of a party in its position at this stage of the case.",
    "The Court agrees with the defendant in part and orders",
  };
  private static final String[] RIGHT = {
    "the defendant to produce its policies within fourteen",
    "days. The remaining requests are denied for the reasons",
    "given above, and the parties shall confer on a schedule",
    "for the depositions that remain to be taken in the case.",
    "The motion is therefore granted in part and denied in",
    "part. The Clerk shall send a copy of this order to the",
    "parties, and the status conference set for May 1, 2026",
    "remains on the calendar of the Court as it was set by the",
    "earlier scheduling order entered in this action at the",
    "request of both sides to the litigation then pending.",
    "IT IS SO ORDERED.",
    "",
    "All Citations",
    "",
    "Slip Copy, 2026 WL 1234567",
    "",
  };

  static String page(int gap) {
    StringBuilder sb = new StringBuilder("Sample v. Example Widget Corp., Slip Copy (2026)\n\n");
    int n = Math.max(LEFT.length, RIGHT.length);
    for (int i = 0; i < n; i++) {
      String l = i < LEFT.length ? LEFT[i] : "";
      String r = i < RIGHT.length ? RIGHT[i] : "";
      sb.append(r.isEmpty() ? l : String.format("%-" + (56 + gap) + "s%s", l, r)).append('\n');
    }
    return sb.append(
            "\n        \u00A9 2026 Thomson Reuters. No claim to original U.S. Government Works.        1\n")
        .toString();
  }

  @ParameterizedTest(name = "gap {0}")
  @ValueSource(ints = {3, 6, 12})
  void readsTheLeftColumnThenTheRight(int gap) {
    String in = page(gap);
    NormalizedText t = TextNormalizer.normalize(in);
    String text = t.text();
    int caption = text.indexOf("JANE Q. SAMPLE, Plaintiff\nv.\nEXAMPLE WIDGET CORP., Defendant");
    int judge = text.indexOf("ANNA B. COLE, UNITED STATES\nDISTRICT JUDGE");
    int body =
        text.indexOf(
            "The Court agrees with the defendant in part and orders\nthe defendant to produce");
    assertTrue(body > 0, text);
    int end = text.indexOf("IT IS SO ORDERED.");
    assertTrue(caption >= 0 && judge > caption && body > judge && end > body, text);
    // every character still maps to where it came from
    int at = text.indexOf("remaining requests");
    TextSpan span = t.toOriginal(at, at + "remaining requests".length());
    assertEquals("remaining requests", span.slice(in));
    TextSpan across = t.toOriginal(body, body + 80);
    assertTrue(across.start() < across.end() && across.end() <= in.length());
  }

  @Test
  void leavesATwoColumnCaptionAlone() {
    String in =
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF EXAMPLE\n\n"
            + "JANE SAMPLE,                                 Case No. 25-cv-1\n"
            + "               Plaintiff,                     ORDER GRANTING\n"
            + "     v.                                       MOTION TO STAY\n"
            + "EXAMPLE CORP.,                                Judge: Hon. Ann Cole\n"
            + "               Defendant.\n\n"
            + "The motion to stay is granted for the reasons the parties give in their joint letter.\n";
    assertEquals(-1, TextNormalizer.normalize(in).text().indexOf("Plaintiff,\nv."));
    assertTrue(TextNormalizer.normalize(in).text().contains("JANE SAMPLE,\tCase No. 25-cv-1"));
  }

  @Test
  void leavesJustifiedSingleColumnTextAlone() {
    // justified lines: the blanks between words widen by a different amount on each line
    String[] words =
        "the defendant filed its response in opposition to the motion to compel discovery from the plaintiff"
            .split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("             ");
      for (int w = 0; w < words.length; w++) {
        sb.append(words[(w + i) % words.length])
            .append(w == words.length - 1 ? "\n" : " ".repeat(1 + (w * 7 + i * 3) % 3));
      }
    }
    String text = TextNormalizer.normalize(sb.toString()).text();
    assertEquals(40, text.split("\n").length);
    assertTrue(
        text.replace('\t', ' ')
            .startsWith("the defendant filed its response in opposition to the motion"),
        text);
  }

  @Test
  void leavesAPleadingPaperMarginAlone() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 28; i++) {
      String margin =
          i == 14 ? " United States District Court" : i == 16 ? "Northern District of Example" : "";
      sb.append(
          String.format(
              "%-35s%2d      %s%n",
              margin, i, "the parties shall meet and confer about the schedule, and report."));
    }
    String text = TextNormalizer.normalize(sb.toString()).text();
    assertTrue(text.indexOf("United States District Court") > text.indexOf("report."), text);
  }
}
