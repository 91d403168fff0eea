package org.courtorders.parser.internal.assemble;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.courtorders.core.Caption;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Citation;
import org.courtorders.core.Court;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Diagnostic;
import org.courtorders.core.DiagnosticCode;
import org.courtorders.core.Directive;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.Judge;
import org.courtorders.core.OrderCitation;
import org.courtorders.core.Party;
import org.courtorders.core.Proceeding;
import org.courtorders.core.RuleCitation;
import org.courtorders.core.Ruling;
import org.courtorders.core.Sanction;
import org.courtorders.core.Severity;
import org.courtorders.core.Source;
import org.courtorders.core.TextSpan;
import org.courtorders.core.TranscriptCitation;
import org.courtorders.parser.internal.document.Document;
import org.courtorders.parser.internal.read.Facts;
import org.courtorders.parser.internal.read.Findings;
import org.courtorders.parser.internal.text.NormalizedText;
import org.courtorders.parser.internal.text.PageStamp;

/**
 * The one place normalized ranges become input spans: builds the {@link CourtOrder} from the facts
 * the readers found, maps every span through the text layer once and quotes every quoting item from
 * the input under its span. Items the text layer itself read from lines it took out (a page stamp's
 * case number) already carry input spans and are left as they are.
 *
 * <pre>{@code
 * CourtOrder order = Assembler.assemble(input, name, document, facts, notes, maxDiagnostics);
 * }</pre>
 */
public final class Assembler {
  private final NormalizedText text;
  private final Facts facts;

  private Assembler(NormalizedText text, Facts facts) {
    this.text = text;
    this.facts = facts;
  }

  /**
   * The finished order.
   *
   * @param input the input as given (its hash and length go into {@code source})
   * @param notes every reader's diagnostics, in reading order, at normalized ranges
   * @param inputDiagnostics diagnostics already at input spans (a truncated input), first
   */
  public static CourtOrder assemble(
      String input,
      Optional<String> name,
      Document doc,
      Facts facts,
      List<Findings.Note> notes,
      List<Diagnostic> inputDiagnostics,
      int maxDiagnostics) {
    Assembler a = new Assembler(doc.normalized(), facts);
    Source.Builder source =
        new Source.Builder().name(name).sha256(sha256(input)).length(input.length());
    List<PageStamp> stamps = doc.stamps();
    stamps.stream()
        .flatMap(s -> s.documentNumber().stream())
        .findFirst()
        .ifPresent(source::documentNumber);
    stamps.stream().flatMap(s -> s.pageCount().stream()).findFirst().ifPresent(source::pageCount);

    List<Diagnostic> diagnostics = new ArrayList<>(inputDiagnostics);
    for (Findings.Note n : notes) {
      diagnostics.add(
          Diagnostic.of(n.code(), n.severity(), n.message(), a.mapNote(n.start(), n.end())));
    }
    CourtOrder.Builder b =
        new CourtOrder.Builder()
            .source(source.build())
            .court(facts.court().map(a::court))
            .documentType(facts.documentType())
            .judges(facts.judges().stream().map(a::judge).toList())
            .signedDate(facts.signedDate())
            .filedDate(facts.filedDate())
            .directives(facts.directives().stream().map(a::directive).toList())
            .proceedings(facts.proceedings().stream().map(a::proceeding).toList())
            .rulings(facts.rulings().stream().map(a::ruling).toList())
            .sanctions(facts.sanctions().stream().map(a::sanction).toList())
            .citations(facts.citations().stream().map(a::citation).toList());
    if (!facts.caseNumbers().isEmpty()
        || !facts.plaintiffs().isEmpty()
        || !facts.defendants().isEmpty()
        || facts.title().isPresent()) {
      b.caption(
          new Caption.Builder()
              .title(facts.title())
              .caseNumbers(facts.caseNumbers().stream().map(a::caseNumber).toList())
              .plaintiffs(facts.plaintiffs().stream().map(a::party).toList())
              .defendants(facts.defendants().stream().map(a::party).toList())
              .span(a.map(doc.layout.header().start(), doc.layout.header().end()))
              .build());
    } else {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.NO_CAPTION, Severity.INFO, "no caption found", TextSpan.of(0, 0)));
    }
    if (diagnostics.size() > maxDiagnostics) {
      List<Diagnostic> kept = new ArrayList<>(diagnostics.subList(0, maxDiagnostics));
      kept.add(
          Diagnostic.of(
              DiagnosticCode.DIAGNOSTICS_TRUNCATED,
              Severity.INFO,
              "more than " + maxDiagnostics + " diagnostics; the rest were dropped",
              TextSpan.of(0, 0)));
      diagnostics = kept;
    }
    return b.diagnostics(diagnostics).build();
  }

  /** The input span of a normalized range. */
  private TextSpan map(int start, int end) {
    return text.toOriginal(start, end);
  }

  /**
   * A diagnostic's input span. The empty range at 0 means the whole document and stays at input
   * offset 0, even when the text layer removed what the input starts with.
   */
  private TextSpan mapNote(int start, int end) {
    return start == 0 && end == 0 ? TextSpan.of(0, 0) : text.toOriginal(start, end);
  }

  private TextSpan map(TextSpan normalized) {
    return map(normalized.start(), normalized.end());
  }

  private String quote(TextSpan span) {
    return text.original().substring(span.start(), span.end());
  }

  private boolean kept(Object item) {
    return facts.spannedInInput(item);
  }

  private Court court(Court c) {
    return c.span().isEmpty() || kept(c)
        ? c
        : new Court.Builder().from(c).span(map(c.span().get())).build();
  }

  private CaseNumber caseNumber(CaseNumber n) {
    if (kept(n)) {
      return n;
    }
    TextSpan s = map(n.span());
    return new CaseNumber.Builder().from(n).span(s).text(quote(s)).build();
  }

  private Party party(Party p) {
    return kept(p) ? p : new Party.Builder().from(p).span(map(p.span())).build();
  }

  private Judge judge(Judge j) {
    return kept(j) ? j : new Judge.Builder().from(j).span(map(j.span())).build();
  }

  private Directive directive(Directive d) {
    TextSpan s = map(d.span());
    return new Directive.Builder()
        .from(d)
        .span(s)
        .text(quote(s))
        .deadline(d.deadline().map(this::deadline))
        .build();
  }

  private Deadline deadline(Deadline d) {
    TextSpan s = map(d.span());
    return new Deadline.Builder().from(d).span(s).text(quote(s)).build();
  }

  private Proceeding proceeding(Proceeding p) {
    TextSpan s = map(p.span());
    return new Proceeding.Builder().from(p).span(s).text(quote(s)).build();
  }

  private Ruling ruling(Ruling r) {
    TextSpan s = map(r.span());
    return new Ruling.Builder().from(r).span(s).text(quote(s)).build();
  }

  private Sanction sanction(Sanction x) {
    TextSpan s = map(x.span());
    return new Sanction.Builder().from(x).span(s).text(quote(s)).build();
  }

  private Citation citation(Citation c) {
    TextSpan s = map(c.span());
    String q = quote(s);
    if (c instanceof DocketCitation d) {
      return new DocketCitation.Builder().from(d).span(s).text(q).build();
    }
    if (c instanceof RuleCitation r) {
      return new RuleCitation.Builder().from(r).span(s).text(q).build();
    }
    if (c instanceof OrderCitation o) {
      return new OrderCitation.Builder().from(o).span(s).text(q).build();
    }
    if (c instanceof TranscriptCitation t) {
      return new TranscriptCitation.Builder().from(t).span(s).text(q).build();
    }
    if (c instanceof CaseCitation k) {
      return new CaseCitation.Builder().from(k).span(s).text(q).build();
    }
    throw new IllegalStateException("a citation kind the assembler does not know: " + c.getClass());
  }

  /**
   * Citations found by the citation layer alone, with input spans and quotes: for tests and tools
   * that run that layer without a whole parse.
   */
  public static List<Citation> citationsInInput(NormalizedText text, List<Citation> citations) {
    Assembler a = new Assembler(text, Facts.none(Optional.empty()));
    return citations.stream().map(a::citation).toList();
  }

  /**
   * Feeds {@code input}'s UTF-8 bytes ({@code input.getBytes(UTF_8)}: an unpaired surrogate is "?")
   * to {@code md} through a small buffer, sparing a copy of the whole input as bytes (issue 13: 3 %
   * of a parse's heap).
   */
  private static void digestUtf8(MessageDigest md, String input) {
    byte[] buf = new byte[Math.min(4096, 4 + 3 * input.length())];
    int n = 0;
    for (int i = 0; i < input.length(); i++) {
      if (n > buf.length - 4) {
        md.update(buf, 0, n);
        n = 0;
      }
      char c = input.charAt(i);
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xC0 | c >> 6);
        buf[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < input.length()
          && Character.isLowSurrogate(input.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, input.charAt(++i));
        buf[n++] = (byte) (0xF0 | cp >> 18);
        buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        buf[n++] = '?';
      } else {
        buf[n++] = (byte) (0xE0 | c >> 12);
        buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    md.update(buf, 0, n);
  }

  static String sha256(String input) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      digestUtf8(md, input);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
