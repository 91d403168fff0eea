package org.courtorders.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.courtorders.core.CaseCitation;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.core.DocketCitation;
import org.courtorders.core.Judge;
import org.courtorders.core.OrderCitation;
import org.courtorders.core.Party;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Quoting;
import org.courtorders.core.RelativePeriod;
import org.courtorders.core.RuleCitation;
import org.courtorders.core.Ruling;
import org.courtorders.core.Sanction;
import org.courtorders.core.TranscriptCitation;

/** The columns of each table: a name and how to read its value from a row. */
final class Columns {
  /** What a row is made from: the order, the item (the order itself for ORDERS), its index. */
  record Row(CourtOrder order, Object item, int index, SpanPages pages) {}

  /** One column: its header and its value (empty string for absent). */
  record Column(String name, Function<Row, String> value) {}

  private static final Map<Table, List<Column>> TABLES = new EnumMap<>(Table.class);

  static {
    TABLES.put(
        Table.ORDERS,
        List.of(
            col("court", r -> order(r).court().map(c -> c.id())),
            col("document_type", r -> Optional.of(order(r).documentType().name())),
            col(
                "case_numbers",
                r ->
                    Optional.of(
                        order(r)
                            .caption()
                            .map(
                                c ->
                                    c.caseNumbers().stream()
                                        .map(n -> n.normalized().orElse(n.text()))
                                        .collect(Collectors.joining("; ")))
                            .orElse(""))),
            col(
                "judge_initials",
                r ->
                    Optional.of(
                        order(r)
                            .caption()
                            .map(
                                c ->
                                    c.caseNumbers().stream()
                                        .flatMap(n -> n.judgeInitials().stream())
                                        .distinct()
                                        .collect(Collectors.joining("; ")))
                            .orElse(""))),
            col(
                "plaintiff",
                r ->
                    order(r)
                        .caption()
                        .flatMap(c -> c.plaintiffs().stream().findFirst())
                        .map(Party::name)),
            col(
                "defendant",
                r ->
                    order(r)
                        .caption()
                        .flatMap(c -> c.defendants().stream().findFirst())
                        .map(Party::name)),
            col("author", r -> order(r).author().flatMap(Judge::name)),
            col("author_title", r -> order(r).author().flatMap(Judge::title).map(Enum::name)),
            col("signed_date", r -> order(r).signedDate()),
            col("filed_date", r -> order(r).filedDate()),
            col("document_number", r -> order(r).source().documentNumber()),
            col("page_count", r -> order(r).source().pageCount()),
            col("length", r -> Optional.of(order(r).source().length())),
            col("directives", r -> Optional.of(order(r).directives().size())),
            col(
                "deadlines",
                r ->
                    Optional.of(
                        order(r).directives().stream()
                            .filter(d -> d.deadline().isPresent())
                            .count())),
            col("proceedings", r -> Optional.of(order(r).proceedings().size())),
            col("rulings", r -> Optional.of(order(r).rulings().size())),
            col("sanctions", r -> Optional.of(order(r).sanctions().size())),
            col("citations", r -> Optional.of(order(r).citations().size())),
            col("diagnostics", r -> Optional.of(order(r).diagnostics().size())),
            col("error_code", r -> Optional.empty()),
            col("error_message", r -> Optional.empty())));
    TABLES.put(
        Table.DEADLINES,
        withSpan(
            List.of(
                col("index", r -> Optional.of(r.index())),
                col("actor", r -> Optional.of(directive(r).actor().name())),
                col("actor_text", r -> directive(r).actorText()),
                col("modality", r -> Optional.of(directive(r).modality().name())),
                col("action", r -> Optional.of(directive(r).action())),
                col("object", r -> directive(r).object()),
                col("kind", r -> Optional.of(deadline(r).kind().name())),
                col("date", r -> deadline(r).date()),
                col("time", r -> deadline(r).time()),
                col("year_inferred", r -> Optional.of(deadline(r).yearInferred())),
                col("period", r -> deadline(r).period().map(Columns::period)),
                col("trigger_date", r -> deadline(r).period().flatMap(RelativePeriod::triggerDate)),
                col("deadline_text", r -> Optional.of(deadline(r).text())))));
    TABLES.put(
        Table.PROCEEDINGS,
        withSpan(
            List.of(
                col("index", r -> Optional.of(r.index())),
                col("type", r -> Optional.of(proceeding(r).type().name())),
                col("status", r -> Optional.of(proceeding(r).status().name())),
                col("date", r -> proceeding(r).date()),
                col("time", r -> proceeding(r).time()),
                col("manner", r -> proceeding(r).manner().map(Enum::name)),
                col("place", r -> proceeding(r).place()))));
    TABLES.put(
        Table.RULINGS,
        withSpan(
            List.of(
                col("index", r -> Optional.of(r.index())),
                col("disposition", r -> Optional.of(((Ruling) r.item()).disposition().name())),
                col("without_prejudice", r -> Optional.of(((Ruling) r.item()).withoutPrejudice())),
                col("subject", r -> ((Ruling) r.item()).subject()))));
    TABLES.put(
        Table.SANCTIONS,
        withSpan(
            List.of(
                col("index", r -> Optional.of(r.index())),
                col("kind", r -> Optional.of(((Sanction) r.item()).kind().name())),
                col(
                    "measures",
                    r ->
                        Optional.of(
                            ((Sanction) r.item())
                                .measures().stream()
                                    .map(Enum::name)
                                    .collect(Collectors.joining("; ")))),
                col("amount", r -> ((Sanction) r.item()).amount().map(a -> a.toPlainString())),
                col("rule", r -> ((Sanction) r.item()).rule()),
                col("directive", r -> ((Sanction) r.item()).directive()))));
    TABLES.put(
        Table.CITATIONS,
        withSpan(
            List.of(
                col("index", r -> Optional.of(r.index())),
                col(
                    "kind",
                    r -> Optional.of(((org.courtorders.core.Citation) r.item()).kind().name())),
                col(
                    "docket_entry",
                    r ->
                        r.item() instanceof DocketCitation d
                            ? Optional.of(d.entry())
                            : Optional.empty()),
                col(
                    "attachment",
                    r -> r.item() instanceof DocketCitation d ? d.attachment() : Optional.empty()),
                col(
                    "rule_set",
                    r ->
                        r.item() instanceof RuleCitation c
                            ? Optional.of(c.ruleSet().name())
                            : Optional.empty()),
                col("rule", r -> r.item() instanceof RuleCitation c ? c.rule() : Optional.empty()),
                col(
                    "case_name",
                    r ->
                        r.item() instanceof CaseCitation c
                            ? c.caseName()
                            : r.item() instanceof OrderCitation o ? o.name() : Optional.empty()),
                col(
                    "volume",
                    r -> r.item() instanceof CaseCitation c ? c.volume() : Optional.empty()),
                col(
                    "reporter",
                    r -> r.item() instanceof CaseCitation c ? c.reporter() : Optional.empty()),
                col(
                    "reporter_page",
                    r -> r.item() instanceof CaseCitation c ? c.page() : Optional.empty()),
                col(
                    "pin_cite",
                    r ->
                        r.item() instanceof CaseCitation c
                            ? c.pinCite()
                            : r.item() instanceof DocketCitation d
                                ? d.pinCite()
                                : Optional.empty()),
                col("year", r -> r.item() instanceof CaseCitation c ? c.year() : Optional.empty()),
                col(
                    "date",
                    r ->
                        r.item() instanceof OrderCitation o
                            ? o.date()
                            : r.item() instanceof TranscriptCitation t
                                ? t.date()
                                : Optional.empty()))));
  }

  private Columns() {}

  static List<Column> of(Table table) {
    return TABLES.get(table);
  }

  private static Column col(String name, Function<Row, Optional<?>> value) {
    return new Column(name, r -> value.apply(r).map(String::valueOf).orElse(""));
  }

  /** Every table starts with the order's source name and id; item tables end with text and span. */
  private static List<Column> withSpan(List<Column> columns) {
    List<Column> all = new ArrayList<>(columns);
    all.add(col("text", r -> Optional.of(((Quoting) r.item()).text())));
    all.add(col("start", r -> Optional.of(((Quoting) r.item()).span().start())));
    all.add(col("end", r -> Optional.of(((Quoting) r.item()).span().end())));
    all.add(
        col(
            "page",
            r -> {
              var page = r.pages().pageOf(((Quoting) r.item()).span());
              return page.isPresent() ? Optional.of(page.getAsInt()) : Optional.empty();
            }));
    return all;
  }

  static {
    for (Table t : Table.values()) {
      List<Column> all = new ArrayList<>();
      all.add(col("source_name", r -> r.order().source().name()));
      all.add(col("order_id", r -> Optional.of(r.order().source().sha256())));
      all.addAll(TABLES.get(t));
      TABLES.put(t, List.copyOf(all));
    }
  }

  private static CourtOrder order(Row r) {
    return r.order();
  }

  private static Directive directive(Row r) {
    return (Directive) r.item();
  }

  private static Deadline deadline(Row r) {
    return directive(r).deadline().orElseThrow();
  }

  private static Proceeding proceeding(Row r) {
    return (Proceeding) r.item();
  }

  private static String period(RelativePeriod p) {
    return p.amount()
        + " "
        + p.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (p.direction() == org.courtorders.core.CountDirection.BACKWARD ? " before " : " after ")
        + p.trigger();
  }
}
