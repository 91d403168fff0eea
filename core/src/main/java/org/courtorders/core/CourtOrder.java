package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed court order: the root of the model and of its JSON form (contract v1).
 *
 * <pre>{@code
 * CourtOrder order = CourtOrderParser.builder().build().parse(text);
 * order.caption().ifPresent(c -> System.out.println(c.caseNumbers()));
 * String json = CourtOrderJson.writer().writeValueAsString(order);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCourtOrder.class)
@JsonDeserialize(as = ImmutableCourtOrder.class)
@JsonPropertyOrder({
  "schemaVersion",
  "source",
  "court",
  "documentType",
  "caption",
  "judges",
  "signedDate",
  "filedDate",
  "directives",
  "proceedings",
  "rulings",
  "sanctions",
  "citations",
  "diagnostics"
})
public interface CourtOrder {
  /** The version of the JSON contract this object follows. */
  int SCHEMA_VERSION = 1;

  @Value.Default
  default int schemaVersion() {
    return SCHEMA_VERSION;
  }

  Source source();

  Optional<Court> court();

  @Value.Default
  default DocumentType documentType() {
    return DocumentType.OTHER;
  }

  Optional<Caption> caption();

  List<Judge> judges();

  Optional<LocalDate> signedDate();

  Optional<LocalDate> filedDate();

  List<Directive> directives();

  List<Proceeding> proceedings();

  List<Ruling> rulings();

  List<Sanction> sanctions();

  List<Citation> citations();

  List<Diagnostic> diagnostics();

  /** The caption, or an exception naming what was missing. */
  default Caption requireCaption() {
    return caption()
        .orElseThrow(
            () ->
                new java.util.NoSuchElementException(
                    "no caption in " + source().name().orElse("order")));
  }

  /** The court, or an exception naming what was missing. */
  default Court requireCourt() {
    return court()
        .orElseThrow(
            () ->
                new java.util.NoSuchElementException(
                    "no court named in " + source().name().orElse("order")));
  }

  /** The signing judge, if the order names one. */
  default Optional<Judge> author() {
    return judges().stream().filter(j -> j.role() == JudgeRole.AUTHOR).findFirst();
  }

  /** Throws {@link OrderParseException} if any diagnostic is an {@link Severity#ERROR}. */
  default CourtOrder throwIfErrors() {
    List<Diagnostic> errors =
        diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new OrderParseException(errors);
    }
    return this;
  }

  /** Every span in the order, for checking that each points inside the input. */
  default List<TextSpan> allSpans() {
    List<TextSpan> spans = new java.util.ArrayList<>();
    court().flatMap(Court::span).ifPresent(spans::add);
    caption()
        .ifPresent(
            c -> {
              spans.add(c.span());
              c.caseNumbers().forEach(n -> spans.add(n.span()));
              c.plaintiffs().forEach(p -> spans.add(p.span()));
              c.defendants().forEach(p -> spans.add(p.span()));
            });
    judges().forEach(j -> spans.add(j.span()));
    directives()
        .forEach(
            d -> {
              spans.add(d.span());
              d.deadline().ifPresent(dl -> spans.add(dl.span()));
            });
    proceedings().forEach(p -> spans.add(p.span()));
    rulings().forEach(r -> spans.add(r.span()));
    sanctions().forEach(s -> spans.add(s.span()));
    citations().forEach(c -> spans.add(c.span()));
    diagnostics().forEach(d -> spans.add(d.span()));
    return spans;
  }

  /** Every item that quotes the input, for checking that its text equals its span's slice. */
  default List<Quoting> allQuoting() {
    List<Quoting> items = new java.util.ArrayList<>();
    caption().ifPresent(c -> items.addAll(c.caseNumbers()));
    directives()
        .forEach(
            d -> {
              items.add(d);
              d.deadline().ifPresent(items::add);
            });
    items.addAll(proceedings());
    items.addAll(rulings());
    items.addAll(sanctions());
    items.addAll(citations());
    return items;
  }

  @Value.Check
  default void check() {
    if (schemaVersion() < 1) {
      throw new IllegalStateException("schemaVersion must be >= 1");
    }
  }

  class Builder extends ImmutableCourtOrder.Builder {}
}
