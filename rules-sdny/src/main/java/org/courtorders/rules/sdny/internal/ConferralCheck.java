package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.DocumentType;
import org.courtorders.core.Judge;
import org.courtorders.core.JudgeRole;
import org.courtorders.core.TextSpan;
import org.courtorders.parser.spi.ComplianceReport;
import org.courtorders.parser.spi.ComplianceRequest;
import org.courtorders.parser.spi.Finding;
import org.courtorders.parser.spi.FindingStatus;
import org.courtorders.parser.spi.JudgeProfile;

/**
 * Checks a discovery-dispute or pre-motion letter against Local Civil Rule 37.2 and the addressed
 * judge's Individual Practices: a conferral in the mode the judge requires, held after the dispute
 * arose; the details and impasse notice some judges require; a joint letter where required; the
 * length limit.
 */
public final class ConferralCheck {
  public static final String CONFERRAL = "nysd.discovery.conferral";
  public static final String DETAILS = "nysd.discovery.conferral-details";
  public static final String IMPASSE = "nysd.discovery.impasse-notice";
  public static final String JOINT = "nysd.letter.joint";
  public static final String LENGTH = "nysd.letter.length";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private final JudgeRoster roster;
  private final Map<String, Practice> practices;
  private final int wordsPerPage;

  public ConferralCheck(JudgeRoster roster) {
    this.roster = roster;
    this.practices = Practice.load();
    this.wordsPerPage = Practice.wordsPerPage();
  }

  public ComplianceReport check(CourtOrder order, String input, ComplianceRequest request) {
    Letter letter = LetterReader.read(input);
    boolean isLetter =
        order.documentType() == DocumentType.LETTER
            || order.documentType() == DocumentType.MEMO_ENDORSEMENT
            || letter.bodyStart() > 0;
    Optional<String> judge = judge(order, letter, request);
    if (!isLetter) {
      return new ComplianceReport("nysd", order.source().name(), judge, "OTHER", List.of());
    }
    Practice p = judge.map(practices::get).orElse(practices.get("*"));
    if (p == null) {
      p = practices.get("*");
    }
    Optional<PriorOrder> prior = PriorOrder.read(request.priorOrderText());
    List<Finding> findings = new ArrayList<>();
    if (letter.kind() == Letter.Kind.DISCOVERY_DISPUTE_LETTER) {
      findings.add(conferral(letter, p));
      if (!p.requiredDetails().isEmpty()) {
        findings.add(details(letter, p));
      }
      if (p.impasseNotice()) {
        findings.add(impasse(letter, p));
      }
    }
    if (p.jointLetter() || prior.map(PriorOrder::jointLetter).orElse(false)) {
      findings.add(joint(letter, p, prior));
    }
    length(letter, p, prior, order).ifPresent(findings::add);
    return new ComplianceReport(
        "nysd", order.source().name(), judge, letter.kind().name(), findings);
  }

  // ---- which judge ------------------------------------------------------------------------

  private Optional<String> judge(CourtOrder order, Letter letter, ComplianceRequest request) {
    if (request.judgeInitials().isPresent()) {
      return Optional.of(request.judgeInitials().get().toUpperCase(Locale.ROOT));
    }
    // The judge a letter is addressed to is the one whose practices it must follow.
    if (letter.addressee().isPresent()) {
      Optional<JudgeProfile> byName =
          roster.resolve(letter.addressee().get()).map(JudgeRoster.Match::judge);
      if (byName.isEmpty()) {
        String[] words = letter.addressee().get().split(" ");
        String last = words[words.length - 1];
        List<JudgeProfile> same =
            roster.judges().stream().filter(j -> j.lastName().equalsIgnoreCase(last)).toList();
        if (same.size() == 1) {
          byName = Optional.of(same.get(0));
        }
      }
      if (byName.isPresent()) {
        return Optional.of(byName.get().initials());
      }
    }
    for (JudgeRole role : List.of(JudgeRole.REFERRED, JudgeRole.AUTHOR, JudgeRole.ASSIGNED)) {
      for (Judge j : order.judges()) {
        if (j.role() != role) {
          continue;
        }
        if (j.initials().isPresent()) {
          return j.initials();
        }
        Optional<JudgeRoster.Match> m = j.name().flatMap(roster::resolve);
        if (m.isPresent()) {
          return Optional.of(m.get().judge().initials());
        }
      }
    }
    return Optional.empty();
  }

  // ---- conferral --------------------------------------------------------------------------

  private Finding conferral(Letter letter, Practice p) {
    String cite = p.citation();
    List<Letter.Conferral> events =
        letter.conferrals().stream().filter(c -> !c.attemptOnly()).toList();
    List<Letter.Conferral> attempts =
        letter.conferrals().stream().filter(Letter.Conferral::attemptOnly).toList();
    Optional<Letter.DisputeEvent> dispute =
        letter.disputes().stream().max(Comparator.comparing(Letter.DisputeEvent::date));
    List<TextSpan> disputeSpan = dispute.map(d -> List.of(span(d.sentence()))).orElse(List.of());
    String need = p.requiresTalking() ? describe(p.realTimeModes()) : "any means";
    List<Letter.Conferral> counted =
        p.requiresTalking()
            ? events.stream().filter(c -> c.realTimeIn(p.realTimeModes())).toList()
            : events;

    if (counted.isEmpty()) {
      if (events.isEmpty()) {
        String why =
            attempts.isEmpty()
                ? "The letter describes no conferral with the other side."
                : "The letter describes only a request or attempt to confer, not a conferral.";
        return new Finding(
            CONFERRAL, cite, FindingStatus.NOT_MET, why + requirement(p), spans(attempts));
      }
      boolean unknown = events.stream().anyMatch(c -> c.modes().contains(Mode.UNKNOWN));
      boolean video = events.stream().anyMatch(c -> c.modes().contains(Mode.VIDEO));
      if (video) {
        return new Finding(
            CONFERRAL,
            cite,
            FindingStatus.UNCLEAR,
            "The letter describes a video conferral; the "
                + "judge's practices name "
                + need
                + " and do not say whether video counts.",
            spans(events));
      }
      if (unknown) {
        return new Finding(
            CONFERRAL,
            cite,
            FindingStatus.UNCLEAR,
            "The letter says the parties conferred but not "
                + "how; the judge requires a conferral by "
                + need
                + ".",
            spans(events));
      }
      return new Finding(
          CONFERRAL,
          cite,
          FindingStatus.NOT_MET,
          "The letter describes only an exchange of "
              + describe(events.stream().flatMap(c -> c.modes().stream()).distinct().toList())
              + "; the judge requires a conferral by "
              + need
              + ", and email or letters alone do not count.",
          spans(events));
    }
    if (dispute.isEmpty()) {
      return new Finding(
          CONFERRAL,
          cite,
          FindingStatus.MET,
          "The letter describes a conferral by "
              + describe(modes(counted))
              + dated(counted)
              + ". (No dated refusal was found, so its timing against "
              + "the dispute was not checked.)",
          spans(counted));
    }
    LocalDate arose = dispute.get().date();
    List<Letter.Conferral> after =
        counted.stream()
            .filter(c -> c.date().isPresent() && !c.date().get().isBefore(arose))
            .toList();
    if (!after.isEmpty()) {
      return new Finding(
          CONFERRAL,
          cite,
          FindingStatus.MET,
          "The letter describes a conferral by "
              + describe(modes(after))
              + dated(after)
              + ", on or after "
              + DAY.format(arose)
              + ", when the dispute it "
              + "raises arose.",
          concat(spans(after), disputeSpan));
    }
    List<Letter.Conferral> undated = counted.stream().filter(c -> c.date().isEmpty()).toList();
    if (!undated.isEmpty()) {
      return new Finding(
          CONFERRAL,
          cite,
          FindingStatus.UNCLEAR,
          "The letter describes a conferral by "
              + describe(modes(undated))
              + " but not when it took place, so it cannot be told whether it followed the "
              + "dispute, which arose on "
              + DAY.format(arose)
              + ".",
          concat(spans(undated), disputeSpan));
    }
    return new Finding(
        CONFERRAL,
        cite,
        FindingStatus.NOT_MET,
        "The only conferral by "
            + describe(modes(counted))
            + " that the letter describes,"
            + dated(counted)
            + ", predates the dispute it raises, which arose on "
            + DAY.format(arose)
            + "; no conferral by "
            + need
            + " about this dispute is described.",
        concat(spans(counted), disputeSpan));
  }

  private Finding details(Letter letter, Practice p) {
    Optional<Letter.Conferral> best =
        letter.conferrals().stream()
            .filter(c -> !c.attemptOnly())
            .filter(c -> c.realTimeIn(p.realTimeModes()))
            .findFirst();
    if (best.isEmpty()) {
      return new Finding(
          DETAILS,
          p.citation(),
          FindingStatus.NOT_MET,
          "No qualifying conferral is described, so "
              + "its "
              + String.join(", ", lower(p.requiredDetails()))
              + " are not certified.",
          List.of());
    }
    Letter.Conferral c = best.get();
    List<String> missing = new ArrayList<>();
    for (String d : p.requiredDetails()) {
      boolean has =
          switch (d) {
            case "DATE" -> c.date().isPresent();
            case "TIME" -> c.time().isPresent();
            case "PLACE" -> !c.modes().contains(Mode.UNKNOWN);
            case "DURATION" -> c.minutes().isPresent();
            default -> true;
          };
      if (!has) {
        missing.add(d.toLowerCase(Locale.ROOT));
      }
    }
    return missing.isEmpty()
        ? new Finding(
            DETAILS,
            p.citation(),
            FindingStatus.MET,
            "The conferral's " + String.join(", ", lower(p.requiredDetails())) + " are given.",
            List.of(span(c.sentence())))
        : new Finding(
            DETAILS,
            p.citation(),
            FindingStatus.NOT_MET,
            "The conferral is described without its " + String.join(", ", missing) + ".",
            List.of(span(c.sentence())));
  }

  private Finding impasse(Letter letter, Practice p) {
    if (!letter.impasse().isEmpty() && !letter.notice().isEmpty()) {
      return new Finding(
          IMPASSE,
          p.citation(),
          FindingStatus.MET,
          "The letter says the parties reached an impasse "
              + "and that the other side was told relief would be sought.",
          concat(spansOf(letter.impasse()), spansOf(letter.notice())));
    }
    if (!letter.impasse().isEmpty()) {
      return new Finding(
          IMPASSE,
          p.citation(),
          FindingStatus.UNCLEAR,
          "The letter says the dispute is unresolved "
              + "but not that the other side was told, during the conferral, that relief would be sought.",
          spansOf(letter.impasse()));
    }
    return new Finding(
        IMPASSE,
        p.citation(),
        FindingStatus.NOT_MET,
        "The letter does not say the parties reached "
            + "an impasse or that the other side was told the movant would seek relief from the Court.",
        List.of());
  }

  private Finding joint(Letter letter, Practice p, Optional<PriorOrder> prior) {
    String cite =
        prior
            .filter(PriorOrder::jointLetter)
            .map(o -> "prior order (\"" + o.quote() + "\")")
            .orElse(p.citation());
    return letter.joint().isPresent()
        ? new Finding(
            JOINT,
            cite,
            FindingStatus.MET,
            "The letter presents itself as a joint letter.",
            List.of(span(letter.joint().get())))
        : new Finding(
            JOINT,
            cite,
            FindingStatus.NOT_MET,
            "A joint letter is required, and this letter does not " + "present itself as one.",
            List.of());
  }

  private Optional<Finding> length(
      Letter letter, Practice p, Optional<PriorOrder> prior, CourtOrder order) {
    OptionalInt pages =
        prior.map(PriorOrder::pageLimit).filter(OptionalInt::isPresent).orElse(p.pageLimit());
    OptionalInt words =
        prior.map(PriorOrder::wordLimit).filter(OptionalInt::isPresent).orElse(p.wordLimit());
    String cite =
        prior
            .filter(o -> o.pageLimit().isPresent() || o.wordLimit().isPresent())
            .map(o -> "prior order (\"" + o.quote() + "\")")
            .orElse(p.citation());
    List<TextSpan> body = List.of(TextSpan.of(letter.bodyStart(), letter.bodyEnd()));
    if (words.isPresent()) {
      int limit = words.getAsInt();
      return Optional.of(
          new Finding(
              LENGTH,
              cite,
              letter.words() > limit ? FindingStatus.NOT_MET : FindingStatus.MET,
              "The letter's body has " + letter.words() + " words; the limit is " + limit + ".",
              body));
    }
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    int limit = pages.getAsInt();
    if (order.source().pageCount().isPresent()) {
      int n = order.source().pageCount().get();
      return Optional.of(
          new Finding(
              LENGTH,
              cite,
              n > limit ? FindingStatus.NOT_MET : FindingStatus.MET,
              "The filing has " + n + " pages by its page stamps; the limit is " + limit + ".",
              body));
    }
    int perPage = p.doubleSpaced() ? wordsPerPage / 2 : wordsPerPage;
    double est = (double) letter.words() / perPage;
    String about =
        String.format(
            Locale.ROOT,
            "The letter's body has %d words, about %.1f pages at %d words a page; "
                + "the limit is %d pages.",
            letter.words(),
            est,
            perPage,
            limit);
    FindingStatus s =
        est > limit * 1.1
            ? FindingStatus.NOT_MET
            : est > limit * 0.9 ? FindingStatus.UNCLEAR : FindingStatus.MET;
    return Optional.of(
        new Finding(
            LENGTH,
            cite,
            s,
            about
                + (s == FindingStatus.UNCLEAR
                    ? " Text alone cannot settle a limit this close; check the filed PDF."
                    : ""),
            body));
  }

  // ---- wording ----------------------------------------------------------------------------

  private static String requirement(Practice p) {
    return p.requiresTalking()
        ? " The judge requires a conferral by " + describe(p.realTimeModes()) + "."
        : "";
  }

  private static List<Mode> modes(List<Letter.Conferral> cs) {
    return cs.stream()
        .flatMap(c -> c.modes().stream())
        .filter(m -> m != Mode.UNKNOWN)
        .distinct()
        .sorted()
        .toList();
  }

  private static String dated(List<Letter.Conferral> cs) {
    List<String> dates =
        cs.stream().flatMap(c -> c.date().stream()).distinct().sorted().map(DAY::format).toList();
    return dates.isEmpty() ? "" : " on " + String.join(" and ", dates);
  }

  static String describe(List<Mode> modes) {
    if (modes.isEmpty()) {
      return "unstated means";
    }
    return modes.stream()
        .map(
            m ->
                switch (m) {
                  case IN_PERSON -> "in person";
                  case TELEPHONE -> "telephone";
                  case VIDEO -> "video";
                  case EMAIL -> "email";
                  case LETTER -> "letter";
                  case UNKNOWN -> "unstated means";
                })
        .collect(Collectors.joining(" or "));
  }

  private static List<String> lower(List<String> xs) {
    return xs.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
  }

  private static TextSpan span(Sentences.Sentence s) {
    return TextSpan.of(s.start(), s.end());
  }

  private static List<TextSpan> spans(List<Letter.Conferral> cs) {
    return cs.stream().map(c -> span(c.sentence())).toList();
  }

  private static List<TextSpan> spansOf(List<Sentences.Sentence> ss) {
    return ss.stream().map(ConferralCheck::span).toList();
  }

  private static List<TextSpan> concat(List<TextSpan> a, List<TextSpan> b) {
    List<TextSpan> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    out.sort(null);
    return out;
  }
}
