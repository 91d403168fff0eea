package org.courtorders.conformance;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.CourtOrder;
import org.courtorders.parser.CourtOrderParser;

/** Minimal orders built around one peer vector, and the one parser every suite shares. */
final class Orders {
  static final CourtOrderParser PARSER = CourtOrderParser.builder().build();

  private static final String BODY =
      "\n\nORDER\n\nThe motion to dismiss (ECF No. 12) is GRANTED.\n\nIT IS SO ORDERED.\n";

  private Orders() {}

  /** A court name or heading as the first lines of an order. */
  static CourtOrder withHeading(String heading) {
    return PARSER.parse(heading + BODY, "conformance");
  }

  /**
   * A captioned order whose case number is {@code docket}: the court's heading (if any), the
   * parties, then "Case No. docket" in the caption's right column.
   */
  static CourtOrder withCaseNumber(String courtHeading, String docketLine) {
    StringBuilder sb = new StringBuilder();
    if (courtHeading != null) {
      sb.append(courtHeading).append("\n\n");
    }
    sb.append("JANE DOE,\n    Plaintiff,\n\nv.                                   ")
        .append(docketLine)
        .append("\n\nACME WIDGETS, INC.,\n    Defendant.\n");
    return PARSER.parse(sb + BODY, "conformance");
  }

  static List<CaseNumber> caseNumbers(CourtOrder o) {
    return o.caption().map(c -> c.caseNumbers()).orElse(List.of());
  }

  static List<String> initials(CourtOrder o) {
    List<String> out = new ArrayList<>();
    for (CaseNumber n : caseNumbers(o)) {
      for (String i : n.judgeInitials()) {
        if (!out.contains(i)) {
          out.add(i);
        }
      }
    }
    return out;
  }
}
