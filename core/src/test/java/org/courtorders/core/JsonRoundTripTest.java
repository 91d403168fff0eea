package org.courtorders.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.courtorders.core.json.CourtOrderJson;

/** Every value type survives write, read, equals: generated values, one property per type. */
class JsonRoundTripTest {
  private static final ObjectMapper MAPPER = CourtOrderJson.mapper();

  private static <T> void roundTrip(T value, Class<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, type), json);
  }

  @Property(tries = 100)
  void spans(@ForAll("spans") TextSpan v) throws Exception {
    roundTrip(v, TextSpan.class);
  }

  @Property(tries = 100)
  void caseNumbers(@ForAll("caseNumbers") CaseNumber v) throws Exception {
    roundTrip(v, CaseNumber.class);
  }

  @Property(tries = 100)
  void parties(@ForAll("parties") Party v) throws Exception {
    roundTrip(v, Party.class);
  }

  @Property(tries = 100)
  void captions(@ForAll("captions") Caption v) throws Exception {
    roundTrip(v, Caption.class);
  }

  @Property(tries = 100)
  void judges(@ForAll("judges") Judge v) throws Exception {
    roundTrip(v, Judge.class);
  }

  @Property(tries = 100)
  void deadlines(@ForAll("deadlines") Deadline v) throws Exception {
    roundTrip(v, Deadline.class);
  }

  @Property(tries = 100)
  void directives(@ForAll("directives") Directive v) throws Exception {
    roundTrip(v, Directive.class);
  }

  @Property(tries = 100)
  void proceedings(@ForAll("proceedings") Proceeding v) throws Exception {
    roundTrip(v, Proceeding.class);
  }

  @Property(tries = 100)
  void rulings(@ForAll("rulings") Ruling v) throws Exception {
    roundTrip(v, Ruling.class);
  }

  @Property(tries = 100)
  void sanctions(@ForAll("sanctions") Sanction v) throws Exception {
    roundTrip(v, Sanction.class);
  }

  @Property(tries = 100)
  void citations(@ForAll("citations") Citation v) throws Exception {
    roundTrip(v, Citation.class);
  }

  @Property(tries = 100)
  void diagnostics(@ForAll("diagnostics") Diagnostic v) throws Exception {
    roundTrip(v, Diagnostic.class);
  }

  @Property(tries = 100)
  void courts(@ForAll("courts") Court v) throws Exception {
    roundTrip(v, Court.class);
  }

  @Property(tries = 100)
  void sources(@ForAll("sources") Source v) throws Exception {
    roundTrip(v, Source.class);
  }

  @Property(tries = 60)
  void orders(@ForAll("orders") CourtOrder v) throws Exception {
    roundTrip(v, CourtOrder.class);
  }

  // ---- generators -------------------------------------------------------------------------

  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .all()
        .ofMaxLength(20)
        .filter(s -> s.chars().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
  }

  private static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> a) {
    return a.optional();
  }

  @Provide
  Arbitrary<TextSpan> spans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 5_000))
        .as((s, len) -> TextSpan.of(s, s + len));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 60_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
  }

  static Arbitrary<LocalTime> times() {
    return Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
  }

  @Provide
  Arbitrary<CaseNumber> caseNumbers() {
    return Combinators.combine(
            text(),
            opt(Arbitraries.integers().between(1, 9)),
            opt(Arbitraries.integers().between(1970, 2069)),
            opt(Arbitraries.of("cv", "cr", "mc", "mj")),
            opt(Arbitraries.integers().between(1, 99999)),
            Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofMinLength(2)
                .ofMaxLength(4)
                .list()
                .ofMaxSize(3),
            spans())
        .as(
            (t, o, y, ty, n, i, s) ->
                new CaseNumber.Builder()
                    .text(t)
                    .office(o)
                    .year(y)
                    .type(ty)
                    .number(n)
                    .judgeInitials(i)
                    .span(s)
                    .build());
  }

  @Provide
  Arbitrary<Party> parties() {
    return Combinators.combine(text(), opt(text()), Arbitraries.of(true, false), spans())
        .as((n, d, e, s) -> new Party.Builder().name(n).descriptor(d).etAl(e).span(s).build());
  }

  @Provide
  Arbitrary<Caption> captions() {
    return Combinators.combine(
            opt(text()),
            caseNumbers().list().ofMaxSize(2),
            parties().list().ofMaxSize(2),
            parties().list().ofMaxSize(2),
            spans())
        .as(
            (t, c, p, d, s) ->
                new Caption.Builder()
                    .title(t)
                    .caseNumbers(c)
                    .plaintiffs(p)
                    .defendants(d)
                    .span(s)
                    .build());
  }

  @Provide
  Arbitrary<Judge> judges() {
    return Combinators.combine(
            opt(text()),
            opt(Arbitraries.of(JudgeTitle.class)),
            opt(text()),
            Arbitraries.of(JudgeRole.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            spans())
        .as(
            (n, t, i, r, c, se, s) ->
                new Judge.Builder()
                    .name(n)
                    .title(t)
                    .initials(i)
                    .role(r)
                    .chief(c)
                    .senior(se)
                    .span(s)
                    .build());
  }

  Arbitrary<RelativePeriod> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 400),
            Arbitraries.of(TimeUnit.class),
            Arbitraries.of(CountDirection.class),
            text(),
            opt(dates()))
        .as(
            (a, u, d, t, td) ->
                new RelativePeriod.Builder()
                    .amount(a)
                    .unit(u)
                    .direction(d)
                    .trigger(t)
                    .triggerDate(td)
                    .build());
  }

  @Provide
  Arbitrary<Deadline> deadlines() {
    Arbitrary<ComputationStep> steps =
        Combinators.combine(dates(), text(), text()).as(ComputationStep::of);
    return Combinators.combine(
            dates(),
            opt(times()),
            Arbitraries.of(true, false),
            text(),
            periods(),
            steps.list().ofMaxSize(3),
            spans(),
            Arbitraries.of(DeadlineKind.class))
        .as(
            (d, t, y, tx, p, st, s, k) -> {
              Deadline.Builder b =
                  new Deadline.Builder()
                      .kind(k)
                      .time(t)
                      .yearInferred(y)
                      .text(tx)
                      .computation(st)
                      .span(s);
              if (k == DeadlineKind.DATE) {
                b.date(d);
              }
              if (k == DeadlineKind.RELATIVE) {
                b.period(p);
              }
              return b.build();
            });
  }

  @Provide
  Arbitrary<Directive> directives() {
    return Combinators.combine(
            Arbitraries.of(Actor.class),
            opt(text()),
            Arbitraries.of(Modality.class),
            text(),
            opt(text()),
            opt(text()),
            Arbitraries.of(true, false),
            opt(deadlines()))
        .as(
            (a, at, m, act, o, c, r, d) ->
                new Directive.Builder()
                    .actor(a)
                    .actorText(at)
                    .modality(m)
                    .action(act)
                    .object(o)
                    .condition(c)
                    .reminder(r)
                    .deadline(d)
                    .text("t")
                    .span(TextSpan.of(1, 2))
                    .build());
  }

  @Provide
  Arbitrary<Proceeding> proceedings() {
    return Combinators.combine(
            Arbitraries.of(ProceedingType.class),
            Arbitraries.of(ProceedingStatus.class),
            opt(dates()),
            opt(times()),
            opt(Arbitraries.of(Manner.class)),
            opt(text()),
            text(),
            spans())
        .as(
            (t, st, d, ti, m, p, tx, s) ->
                new Proceeding.Builder()
                    .type(t)
                    .status(st)
                    .date(d)
                    .time(ti)
                    .manner(m)
                    .place(p)
                    .text(tx)
                    .span(s)
                    .build());
  }

  @Provide
  Arbitrary<Ruling> rulings() {
    return Combinators.combine(
            Arbitraries.of(Disposition.class),
            Arbitraries.of(true, false),
            opt(text()),
            text(),
            spans())
        .as(
            (d, w, sub, t, s) ->
                new Ruling.Builder()
                    .disposition(d)
                    .withoutPrejudice(w)
                    .subject(sub)
                    .text(t)
                    .span(s)
                    .build());
  }

  @Provide
  Arbitrary<Sanction> sanctions() {
    Arbitrary<BigDecimal> money =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2);
    return Combinators.combine(
            Arbitraries.of(SanctionKind.class),
            Arbitraries.of(SanctionMeasure.class).list().ofMaxSize(3),
            opt(money),
            opt(text()),
            opt(Arbitraries.integers().between(0, 20)),
            text(),
            spans())
        .as(
            (k, m, a, r, d, t, s) ->
                new Sanction.Builder()
                    .kind(k)
                    .measures(m)
                    .amount(a)
                    .rule(r)
                    .directive(d)
                    .text(t)
                    .span(s)
                    .build());
  }

  @Provide
  Arbitrary<Citation> citations() {
    Arbitrary<Citation> docket =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                opt(Arbitraries.integers().between(0, 99)),
                opt(text()),
                text(),
                spans())
            .as(
                (e, a, p, t, s) ->
                    new DocketCitation.Builder()
                        .entry(e)
                        .attachment(a)
                        .pinCite(p)
                        .text(t)
                        .span(s)
                        .build());
    Arbitrary<Citation> rule =
        Combinators.combine(
                Arbitraries.of(RuleSet.class),
                opt(text()),
                opt(Arbitraries.integers().between(1, 50)),
                text(),
                spans())
            .as(
                (rs, r, ti, t, s) ->
                    new RuleCitation.Builder()
                        .ruleSet(rs)
                        .rule(r)
                        .title(ti)
                        .text(t)
                        .span(s)
                        .build());
    Arbitrary<Citation> order =
        Combinators.combine(opt(text()), opt(dates()), opt(text()), text(), spans())
            .as(
                (n, d, p, t, s) ->
                    new OrderCitation.Builder()
                        .name(n)
                        .date(d)
                        .paragraph(p)
                        .text(t)
                        .span(s)
                        .build());
    Arbitrary<Citation> transcript =
        Combinators.combine(opt(dates()), opt(text()), opt(text()), text(), spans())
            .as(
                (d, p, l, t, s) ->
                    new TranscriptCitation.Builder()
                        .date(d)
                        .page(p)
                        .lines(l)
                        .text(t)
                        .span(s)
                        .build());
    Arbitrary<Citation> cases =
        Combinators.combine(
                Arbitraries.of(CitationForm.class),
                opt(text()),
                opt(Arbitraries.integers().between(1, 999)),
                opt(Arbitraries.of("F.3d", "U.S.", "WL")),
                opt(text()),
                opt(Arbitraries.integers().between(1800, 2100)),
                text(),
                spans())
            .as(
                (f, n, v, r, p, y, t, s) ->
                    new CaseCitation.Builder()
                        .form(f)
                        .caseName(n)
                        .volume(v)
                        .reporter(r)
                        .page(p)
                        .year(y)
                        .text(t)
                        .span(s)
                        .build());
    return Arbitraries.oneOf(docket, rule, order, transcript, cases);
  }

  @Provide
  Arbitrary<Diagnostic> diagnostics() {
    return Combinators.combine(
            Arbitraries.of(DiagnosticCode.class), Arbitraries.of(Severity.class), text(), spans())
        .as(Diagnostic::of);
  }

  @Provide
  Arbitrary<Court> courts() {
    return Combinators.combine(Arbitraries.of("nysd", "cand", "njd"), text(), opt(spans()))
        .as((i, n, s) -> new Court.Builder().id(i).name(n).span(s).build());
  }

  @Provide
  Arbitrary<Source> sources() {
    return Combinators.combine(
            opt(text()),
            Arbitraries.strings().withCharRange('a', 'f').ofLength(64),
            Arbitraries.integers().between(0, 1 << 20),
            opt(Arbitraries.integers().between(1, 999)),
            opt(Arbitraries.integers().between(1, 99)))
        .as(
            (n, h, l, d, p) ->
                new Source.Builder()
                    .name(n)
                    .sha256(h)
                    .length(l)
                    .documentNumber(d)
                    .pageCount(p)
                    .build());
  }

  @Provide
  Arbitrary<CourtOrder> orders() {
    return Combinators.combine(
            sources(),
            opt(courts()),
            Arbitraries.of(DocumentType.class),
            opt(captions()),
            judges().list().ofMaxSize(3),
            opt(dates()),
            directives().list().ofMaxSize(3),
            citations().list().ofMaxSize(4))
        .as(
            (src, c, t, cap, j, d, dir, cit) ->
                new CourtOrder.Builder()
                    .source(src)
                    .court(c)
                    .documentType(t)
                    .caption(cap)
                    .judges(j)
                    .signedDate(d)
                    .filedDate(d)
                    .directives(dir)
                    .citations(cit)
                    .proceedings(List.of())
                    .build());
  }
}
