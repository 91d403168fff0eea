package org.courtorders.parser.internal.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Citation;
import org.courtorders.core.Court;
import org.courtorders.core.Directive;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.Party;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Ruling;
import org.courtorders.core.Sanction;
import org.courtorders.core.time.Rule6Calculator;
import org.courtorders.parser.spi.CourtRules;

/**
 * What the readers before this one found, passed to the next reader as a value: nothing is shared
 * or written in place. Spans are normalized ranges until the assembler maps them.
 *
 * @param rules the rules of the order's court, chosen right after court recognition
 * @param rule6 the Rule 6 calculator with that court's holidays and closures (federal without)
 * @param fallbackDate the date the caller gave for inferring years when the order has none
 */
public record Facts(
    Optional<Court> court,
    Optional<CourtRules> rules,
    Rule6Calculator rule6,
    List<CaseNumber> caseNumbers,
    Optional<String> title,
    DocumentType documentType,
    List<Party> plaintiffs,
    List<Party> defendants,
    List<Judge> judges,
    Optional<LocalDate> signedDate,
    Optional<LocalDate> filedDate,
    Optional<LocalDate> fallbackDate,
    List<Citation> citations,
    List<Directive> directives,
    List<Proceeding> proceedings,
    List<Ruling> rulings,
    List<Sanction> sanctions,
    Set<Object> inInput) {

  public Facts {
    inInput = Collections.unmodifiableSet(inInput);
    caseNumbers = List.copyOf(caseNumbers);
    plaintiffs = List.copyOf(plaintiffs);
    defendants = List.copyOf(defendants);
    judges = List.copyOf(judges);
    citations = List.copyOf(citations);
    directives = List.copyOf(directives);
    proceedings = List.copyOf(proceedings);
    rulings = List.copyOf(rulings);
    sanctions = List.copyOf(sanctions);
  }

  /** Nothing found yet. */
  public static Facts none(Optional<LocalDate> fallbackDate) {
    return new Facts(
        Optional.empty(),
        Optional.empty(),
        Rule6Calculator.federal(),
        List.of(),
        Optional.empty(),
        DocumentType.OTHER,
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        fallbackDate,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Set.of());
  }

  /** Whether the item's spans are input offsets already (see {@link Findings#spannedInInput}). */
  public boolean spannedInInput(Object item) {
    return inInput.contains(item);
  }

  /** The order's own date, for inferring missing years: signed, else filed, else the fallback. */
  public Optional<LocalDate> anchorDate() {
    return signedDate.or(() -> filedDate).or(() -> fallbackDate);
  }

  /** These facts with the court's rules chosen. */
  public Facts withRules(Optional<CourtRules> r, Rule6Calculator calculator) {
    return new Facts(
        court,
        r,
        calculator,
        caseNumbers,
        title,
        documentType,
        plaintiffs,
        defendants,
        judges,
        signedDate,
        filedDate,
        fallbackDate,
        citations,
        directives,
        proceedings,
        rulings,
        sanctions,
        inInput);
  }

  /** These facts and a reader's findings: what it set replaces, what it listed is added. */
  public Facts plus(Findings f) {
    return new Facts(
        f.court.or(() -> court),
        rules,
        rule6,
        concat(caseNumbers, f.caseNumbers),
        f.title.or(() -> title),
        f.documentType.orElse(documentType),
        concat(plaintiffs, f.plaintiffs),
        concat(defendants, f.defendants),
        concat(judges, f.judges),
        f.signedDate.or(() -> signedDate),
        f.filedDate.or(() -> filedDate),
        fallbackDate,
        concat(citations, f.citations),
        concat(directives, f.directives),
        concat(proceedings, f.proceedings),
        concat(rulings, f.rulings),
        concat(sanctions, f.sanctions),
        union(inInput, f.inInput));
  }

  private static Set<Object> union(Set<Object> a, Set<Object> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<Object> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
