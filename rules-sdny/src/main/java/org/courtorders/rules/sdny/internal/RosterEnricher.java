package org.courtorders.rules.sdny.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.core.Severity;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.spi.JudgeProfile;

/**
 * Fills an order's judges from the roster: names and titles for case-number initials (reporting
 * initials the roster lacks), and the signing judge read through OCR noise.
 */
public final class RosterEnricher {
  /**
   * "sARan LCAyE United States Magistrate Judge": a signature line the generic parser could not
   * read. The name is at most 40 characters, so each start position costs bounded work.
   */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "([A-Za-z][A-Za-z.' ]{2,40}?)[ \\t]+(?:United[ ]States|U\\.[ ]?S\\.)[ ](Magistrate|District)[ ]Judge");

  private final JudgeRoster roster;

  public RosterEnricher(JudgeRoster roster) {
    this.roster = roster;
  }

  public CourtOrder enrich(CourtOrder order, String input) {
    List<Judge> judges = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    boolean hasAuthor = false;
    for (Judge j : order.judges()) {
      if (j.role() == JudgeRole.AUTHOR) {
        hasAuthor = true;
        judges.add(author(j, diagnostics));
      } else if (j.initials().isPresent()
          && (j.role() == JudgeRole.ASSIGNED || j.role() == JudgeRole.REFERRED)) {
        judges.add(assigned(j, diagnostics));
      } else {
        judges.add(j);
      }
    }
    if (!hasAuthor && order.documentType() != DocumentType.LETTER) {
      signatureLine(input, diagnostics).ifPresent(judges::add);
    }
    List<Diagnostic> all = new ArrayList<>(order.diagnostics());
    for (Diagnostic d : diagnostics) {
      boolean dup = all.stream().anyMatch(o -> o.code() == d.code() && o.span().equals(d.span()));
      if (!dup) {
        all.add(d);
      }
    }
    return new CourtOrder.Builder().from(order).judges(judges).diagnostics(all).build();
  }

  private Judge assigned(Judge j, List<Diagnostic> diagnostics) {
    String initials = j.initials().get();
    Optional<JudgeProfile> p = roster.byInitials(initials);
    if (p.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.UNKNOWN_JUDGE_INITIALS,
              Severity.WARNING,
              "no S.D.N.Y. judge with initials " + initials + " in the roster",
              j.span()));
      return j;
    }
    // The roster's name and title replace what the generic parser guessed from initials alone.
    return new Judge.Builder().from(j).name(p.get().name()).title(p.get().title()).build();
  }

  private Judge author(Judge j, List<Diagnostic> diagnostics) {
    if (j.name().isEmpty()) {
      return j;
    }
    Optional<JudgeRoster.Match> m = roster.resolve(j.name().get());
    if (m.isEmpty()) {
      return j;
    }
    JudgeProfile p = m.get().judge();
    Judge.Builder b = new Judge.Builder().from(j).title(j.title().orElse(p.title()));
    if (!m.get().exact()) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.OCR_CORRECTED,
              Severity.INFO,
              "read the signature \""
                  + j.name().get()
                  + "\" as \""
                  + p.name()
                  + "\" (S.D.N.Y. roster, "
                  + m.get().distance()
                  + " letter(s) differ)",
              j.span()));
      b.name(p.name()).initials(p.initials());
    } else if (j.initials().isEmpty()) {
      b.initials(p.initials());
    }
    return b.build();
  }

  /** The last signature line whose name resolves against the roster, as the author. */
  private Optional<Judge> signatureLine(String input, List<Diagnostic> diagnostics) {
    Matcher m = SIGNATURE.matcher(input);
    Judge found = null;
    Diagnostic note = null;
    while (m.find()) {
      String raw = m.group(1).strip();
      Optional<JudgeRoster.Match> r = roster.resolve(raw);
      if (r.isPresent()) {
        int start = m.start(1) + m.group(1).indexOf(raw);
        TextSpan span = TextSpan.of(start, start + raw.length());
        JudgeProfile p = r.get().judge();
        found =
            new Judge.Builder()
                .name(p.name())
                .title(p.title())
                .initials(p.initials())
                .role(JudgeRole.AUTHOR)
                .span(span)
                .build();
        note =
            r.get().exact()
                ? null
                : Diagnostic.of(
                    DiagnosticCode.OCR_CORRECTED,
                    Severity.INFO,
                    "read the signature \""
                        + raw
                        + "\" as \""
                        + p.name()
                        + "\" (S.D.N.Y. roster, "
                        + r.get().distance()
                        + " letter(s) differ)",
                    span);
      }
    }
    if (note != null) {
      diagnostics.add(note);
    }
    return Optional.ofNullable(found);
  }
}
