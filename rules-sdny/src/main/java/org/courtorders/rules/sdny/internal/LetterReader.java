package org.courtorders.rules.sdny.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtorders.parser.spi.OrderText;

/**
 * Reads a letter or letter-motion: the body between the salutation and the closing, its date, its
 * kind, its conferral sentences (mode, date, time, duration, who), the dated refusals a dispute
 * arises from, and impasse and joint-letter statements. The patterns are word lists and bounded
 * gaps, never nested quantifiers, so reading is linear in the text.
 */
final class LetterReader {
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
  private static final Pattern SALUTATION =
      Pattern.compile("^[ \\t*#_]{0,6}(?:Dear[ ][^\\n:,]{1,60}|Your[ ]Honor)[:,]", F);
  private static final Pattern CLOSING =
      Pattern.compile(
          "^[ \\t*_]{0,6}(?:Respectfully(?:[ ]submitted)?|Sincerely|Very[ ]truly[ ]yours|Yours[ ]truly)\\b",
          F);
  private static final Pattern ADDRESSEE =
      Pattern.compile(
          "(?:Dear[ ](?:Magistrate[ ]|District[ ]|Chief[ ])?Judge|The[ ]Honorable|Honorable|Hon\\.)[ ]"
              + "([A-Z][A-Za-z.'\\-]{0,20}(?:[ ][A-Z][A-Za-z.'\\-]{0,20}){0,3})");

  private static final Pattern STRONG =
      Pattern.compile(
          "\\b(?:met[ ]and[ ]conferred|conferred|spoke|talked|discussed"
              + "|had[ ]an?[ ](?:call|telephone|phone|video|zoom|teams|in-person|meeting|conference|meet)|held[ ]an?[ ]"
              + "(?:call|telephone|phone|video|zoom|meeting|meet|conference)|participated[ ]in|met[ ](?:with|in[ ]person|via|by|on|at)"
              + "|exchanged[ ](?:e-?mails?|letters|correspondence)|e-?mailed|wrote[ ]to|sent[ ](?:an?|several|multiple)[ ]"
              + "(?:[a-z\\-]{1,20}[ ])?(?:e-?mails?|letters?))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONFERISH =
      Pattern.compile(
          "\\b(?:confer\\w*|meet\\w*|call|speak|talk|telephone|discuss)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTEMPT =
      Pattern.compile(
          "\\b(?:request(?:ed|ing|s)?|ask(?:ed|ing)?|propos(?:ed|ing)"
              + "|invit(?:ed|ing)|offer(?:ed|ing)|sought|attempt(?:ed|ing|s)?|tried|reached[ ]out)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(?:refus\\w*|declin\\w*|did[ ]not|has[ ]not|have[ ]not"
              + "|had[ ]not|never|failed[ ]to|unwilling[ ]to|not[ ]yet)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WITH_COURT =
      Pattern.compile(
          "\\b(?:with|before|by)[ ]the[ ]Court\\b|\\bthe[ ]Court[ ](?:held|convened|conducted|ordered)\\b");

  private static final Pattern TELEPHONE =
      Pattern.compile(
          "\\b(?:tele(?:phone|phonic|phonically)|phone|call|called|conference[ ]call)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern VIDEO =
      Pattern.compile(
          "\\b(?:video(?:conference)?|video[ ]conference|zoom|microsoft[ ]teams|webex|google[ ]meet)\\b|\\bTeams\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PERSON =
      Pattern.compile(
          "\\b(?:in[- ]person|face[- ]to[- ]face|at[ ]the[ ]offices?[ ]of|at[ ]our[ ]offices?|at[ ]the[ ]offices?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL =
      Pattern.compile("\\be-?mail(?:s|ed)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LETTER =
      Pattern.compile(
          "\\b(?:by[ ]letter|letters|wrote[ ]to|in[ ]writing"
              + "|correspondence|sent[ ](?:an?[ ])?(?:[a-z\\-]{1,20}[ ])?letter)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PARTICIPANT =
      Pattern.compile(
          "([A-Z][A-Za-z.'\\-]{0,15}(?:[ ][A-Z][A-Za-z.'\\-]{0,15}){1,3}),?[ ]Esq\\b|\\b(counsel[ ]for[ ](?:the[ ])?"
              + "[A-Z]?[a-z]{2,15}s?)\\b");

  private static final Pattern REFUSAL =
      Pattern.compile(
          "\\b(?:refus\\w*|declin\\w*|would[ ]not|will[ ]not|won't"
              + "|did[ ]not|has[ ]not|have[ ]not|failed[ ]to|fail(?:s|ure)[ ]to|not[ ]be[ ]producing|object(?:ed|ions?)"
              + "|withh[eo]ld\\w*|deficien\\w*|insufficient|incomplete)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DISCOVERY_OBJECT =
      Pattern.compile(
          "\\b(?:produc\\w*|documents?|discovery|respon\\w*"
              + "|interrogator\\w*|deposition\\w*|subpoena\\w*|privilege[ ]log|requests?|sampling|disclos\\w*|ESI|records)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern IMPASSE =
      Pattern.compile(
          "\\b(?:impasse|unable[ ]to[ ]resolve|could[ ]not[ ]resolve"
              + "|were[ ]not[ ]able[ ]to[ ]resolve|did[ ]not[ ]resolve|failed[ ]to[ ]resolve|remains?[ ]unresolved"
              + "|not[ ]been[ ]resolved|could[ ]not[ ]reach[ ](?:an[ ])?agreement|unable[ ]to[ ]reach[ ](?:an[ ])?agreement)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTICE =
      Pattern.compile(
          "\\b(?:inform\\w*|advis\\w*|told|notif\\w*|explained)\\b"
              + "[^\\n]{0,160}?\\b(?:seek|request|raise|file|bring|move|ask|writ)\\w*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern JOINT =
      Pattern.compile(
          "\\bjoint(?:ly)?[- ](?:composed[ ])?letter\\b|\\bwe[ ]write"
              + "[ ]jointly\\b|\\bthe[ ]parties[ ](?:jointly[ ])?(?:write|submit)\\b|\\bjointly[ ](?:write|submit)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DISCOVERY_STRONG =
      Pattern.compile(
          "\\b(?:37\\.2|Rule[ ]37|motion[ ]to[ ]compel|compel\\w*|discovery[ ]dispute|protective[ ]order)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DISCOVERY_CUE =
      Pattern.compile(
          "\\b(?:discovery|subpoena|interrogator\\w*"
              + "|requests?[ ]for[ ](?:production|admission)|document[ ]requests?|deposition|privilege[ ]log"
              + "|produc(?:e|tion|ing))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRE_MOTION =
      Pattern.compile(
          "\\bpre-?[ ]?motion[ ]conference\\b"
              + "|\\brequest(?:s|ing)?[ ](?:an?[ ])?(?:informal[ ])?conference\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][^\\s]{0,60}");

  private LetterReader() {}

  static Letter read(String input) {
    OrderText text = OrderText.of(input);
    int bodyStart = 0;
    Matcher sal = SALUTATION.matcher(input);
    if (sal.find()) {
      bodyStart = sal.end();
    }
    int bodyEnd = input.length();
    Matcher clo = CLOSING.matcher(input);
    if (clo.find(bodyStart)) {
      bodyEnd = clo.start();
    }
    Optional<LocalDate> date =
        Dates.find(
                text,
                0,
                bodyStart > 0 ? bodyStart : Math.min(input.length(), 800),
                Optional.empty())
            .stream()
            .filter(f -> !f.yearInferred())
            .map(Dates.Found::date)
            .findFirst();
    List<Sentences.Sentence> sentences = Sentences.of(text, bodyStart, bodyEnd);

    List<Letter.Conferral> conferrals = new ArrayList<>();
    List<Letter.DisputeEvent> disputes = new ArrayList<>();
    List<Sentences.Sentence> impasse = new ArrayList<>();
    List<Sentences.Sentence> notice = new ArrayList<>();
    for (Sentences.Sentence s : sentences) {
      conferral(text, s, date).ifPresent(conferrals::add);
      dispute(text, s, date).ifPresent(disputes::add);
      if (IMPASSE.matcher(s.text()).find()) {
        impasse.add(s);
      }
      if (NOTICE.matcher(s.text()).find()) {
        notice.add(s);
      }
    }
    Optional<Sentences.Sentence> joint = Optional.empty();
    Matcher j = JOINT.matcher(input).region(0, Math.min(input.length(), bodyStart + 1));
    if (j.find()) {
      joint = Optional.of(new Sentences.Sentence(j.start(), j.end(), j.group()));
    } else {
      for (int k = 0; k < Math.min(2, sentences.size()); k++) {
        if (JOINT.matcher(sentences.get(k).text()).find()) {
          joint = Optional.of(sentences.get(k));
          break;
        }
      }
    }
    int words = 0;
    Matcher w = WORD.matcher(input).region(bodyStart, bodyEnd);
    while (w.find()) {
      words++;
    }
    Optional<String> addressee = Optional.empty();
    Matcher a = ADDRESSEE.matcher(input).region(0, Math.min(input.length(), bodyStart + 1));
    while (a.find()) {
      addressee = Optional.of(a.group(1));
    }
    return new Letter(
        bodyStart,
        bodyEnd,
        date,
        kind(input, bodyStart, bodyEnd),
        sentences,
        conferrals,
        disputes,
        impasse,
        notice,
        joint,
        words,
        addressee);
  }

  private static Letter.Kind kind(String input, int from, int to) {
    String body = input.substring(from, to);
    boolean strong = DISCOVERY_STRONG.matcher(body).find();
    Set<String> cues = new HashSet<>();
    Matcher m = DISCOVERY_CUE.matcher(body);
    while (m.find() && cues.size() < 3) {
      cues.add(m.group().toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    }
    if (strong || cues.size() >= 2) {
      return Letter.Kind.DISCOVERY_DISPUTE_LETTER;
    }
    return PRE_MOTION.matcher(body).find() ? Letter.Kind.PRE_MOTION_LETTER : Letter.Kind.OTHER;
  }

  private static Optional<Letter.Conferral> conferral(
      OrderText input, Sentences.Sentence s, Optional<LocalDate> letterDate) {
    String t = s.text();
    if (WITH_COURT.matcher(t).find()) {
      return Optional.empty(); // a conference with the Court is not counsel's conferral
    }
    Matcher strong = STRONG.matcher(t);
    boolean event = false;
    while (strong.find()) {
      Matcher neg = NEGATED.matcher(t).region(Math.max(0, strong.start() - 24), strong.start());
      if (!neg.find()) {
        event = true;
        break;
      }
    }
    boolean attempt =
        !event
            && CONFERISH.matcher(t).find()
            && (ATTEMPT.matcher(t).find() || NEGATED.matcher(t).find());
    if (!event && !attempt) {
      return Optional.empty();
    }
    Set<Mode> modes = EnumSet.noneOf(Mode.class);
    if (IN_PERSON.matcher(t).find()) {
      modes.add(Mode.IN_PERSON);
    }
    if (VIDEO.matcher(t).find()) {
      modes.add(Mode.VIDEO);
    }
    if (TELEPHONE.matcher(t).find()) {
      modes.add(Mode.TELEPHONE);
    }
    if (EMAIL.matcher(t).find()) {
      modes.add(Mode.EMAIL);
    }
    if (LETTER.matcher(t).find()) {
      modes.add(Mode.LETTER);
    }
    if (modes.isEmpty()) {
      modes.add(Mode.UNKNOWN);
    }
    Optional<LocalDate> date =
        Dates.find(input, s.start(), s.end(), letterDate).stream()
            .map(Dates.Found::date)
            .filter(d -> letterDate.isEmpty() || !d.isAfter(letterDate.get()))
            .findFirst();
    List<String> who = new ArrayList<>();
    Matcher p = PARTICIPANT.matcher(t);
    while (p.find() && who.size() < 10) {
      who.add(p.group(1) != null ? p.group(1) + ", Esq." : p.group(2));
    }
    return Optional.of(
        new Letter.Conferral(
            s, !event, modes, date, Dates.time(t), Dates.minutes(t), List.copyOf(who)));
  }

  /** The date nearest before the refusal cue (else the first), not after the letter itself. */
  private static Optional<Letter.DisputeEvent> dispute(
      OrderText input, Sentences.Sentence s, Optional<LocalDate> letterDate) {
    Matcher r = REFUSAL.matcher(s.text());
    if (!r.find() || !DISCOVERY_OBJECT.matcher(s.text()).find()) {
      return Optional.empty();
    }
    int cue = s.start() + r.start();
    Dates.Found best = null;
    for (Dates.Found f : Dates.find(input, s.start(), s.end(), letterDate)) {
      if (letterDate.isPresent() && f.date().isAfter(letterDate.get())) {
        continue;
      }
      if (best == null || (f.start() <= cue && (best.start() > cue || f.start() > best.start()))) {
        best = f;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Letter.DisputeEvent(s, best.date()));
  }
}
