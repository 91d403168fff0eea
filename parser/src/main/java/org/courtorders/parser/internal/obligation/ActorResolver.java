package org.courtorders.parser.internal.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.courtorders.core.Actor;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Party;
import org.courtorders.parser.internal.FoldedKeys;
import org.courtorders.parser.internal.read.Reading;

/**
 * Resolves who is named in a stretch of text against the caption: role words ("Defendants'
 * counsel", "the parties", "Petitioner"), the parties' own names ("Nelson Services" for NELSON
 * SERVICES SYSTEMS, INC.), the government in a criminal case, and lawyers named personally
 * ("Attorney Jeffrey Sullivan", "Ms. Barsotti"), who are {@link Actor#COUNSEL} (gold guide:
 * "lawyers addressed personally, e.g. to show cause why they should not be sanctioned").
 *
 * <pre>{@code
 * ActorResolver actors = new ActorResolver(ctx, PhraseBook.standard());
 * Optional<ActorResolver.Found> who = actors.last(ctx.text, clauseStart, modalStart);
 * }</pre>
 */
final class ActorResolver {
  /** A lawyer introduced by title: "Attorney Julian Mansoor Daman", "Ms. Scherr". */
  private static final Anchored LAWYER =
      Anchored.compile(
          "\\b(?:Attorney|Ms\\.|Mr\\.|Mrs\\.|counsel,)\\s+((?:[A-Z][a-zA-Z'-]+\\s+){0,3}[A-Z][a-zA-Z'-]{2,})");

  /** Words that make a counsel directive about the lawyer's own conduct. */
  private static final Anchored PERSONAL =
      Anchored.compile(
          "(?i)\\b(?:sanction\\w*|explain\\w*|generative|artificial intelligence|citations?|self-report"
              + "|CLE|fine|show cause why (?:he|she|they|counsel))\\b");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "of",
          "and",
          "et",
          "al",
          "inc",
          "llc",
          "corp",
          "co",
          "ltd",
          "company",
          "city",
          "county",
          "state",
          "united",
          "states",
          "new",
          "york",
          "department",
          "individually",
          "services",
          "systems",
          "group",
          "board",
          "district",
          "school");

  /** An actor found at {@code [start, end)}. */
  record Found(Actor actor, int start, int end, boolean generic) {}

  private final PhraseBook book;
  private final boolean criminal;
  private final Map<String, Actor> names = new HashMap<>();

  /** {@link #names}, complete once the constructor has run, looked up in place (issue #13). */
  private FoldedKeys<Actor> nameKeys;

  private FoldedKeys<Actor> nameKeys() {
    if (nameKeys == null) {
      nameKeys = FoldedKeys.of(names);
    }
    return nameKeys;
  }

  ActorResolver(Reading ctx, PhraseBook book) {
    this.book = book;
    this.criminal =
        ctx.facts.caseNumbers().stream()
                .map(CaseNumber::type)
                .anyMatch(t -> t.filter(x -> x.equalsIgnoreCase("cr")).isPresent())
            // "UNITED STATES OF AMERICA v. ..." is a prosecution even when the case number is
            // unread
            || ctx.facts.plaintiffs().stream()
                .anyMatch(p -> p.name().toUpperCase(Locale.ROOT).startsWith("UNITED STATES"));
    for (Party p : ctx.facts.plaintiffs()) {
      addName(p.name(), Actor.PLAINTIFFS);
    }
    for (Party p : ctx.facts.defendants()) {
      addName(p.name(), Actor.DEFENDANTS);
    }
    surnames.forEach(
        (k, v) -> {
          if (v == null) {
            names.remove(k);
          } else {
            names.putIfAbsent(k, v);
          }
        });
    Anchored.Scan m = LAWYER.scan(ctx.text);
    while (m.find()) {
      String[] words = m.group(1).trim().split("\\s+");
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      names.putIfAbsent(last, Actor.COUNSEL);
    }
  }

  private void addName(String name, Actor side) {
    String last = null;
    boolean first = true;
    for (String w : name.split("[^A-Za-z'-]+")) {
      String k = w.toLowerCase(Locale.ROOT);
      if (k.length() >= 4 && !NOT_NAMES.contains(k) && first) {
        names.put(k, side); // the first significant word names the party
        first = false;
      }
      if (k.length() >= 3 && !NOT_NAMES.contains(k)) {
        last = k;
      }
    }
    // a person is named by the surname too ("ORDERS Doe to"); a surname both sides share names
    // neither
    if (last != null && !first && name.split("\\s+").length <= 4 && !name.contains(",")) {
      Actor had = surnames.putIfAbsent(last, side);
      if (had != null && had != side) {
        surnames.put(last, null);
      }
    }
  }

  private final Map<String, Actor> surnames = new HashMap<>();

  boolean criminal() {
    return criminal;
  }

  private static final Anchored CAPITALIZED = Anchored.compile("\\b[A-Z][a-zA-Z'-]{2,}\\b");

  /** Every actor named in {@code text[from, to)}, in order. */
  List<Found> all(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    for (PhraseBook.Hit h : book.find(Phrase.Category.ACTOR, text, from, to)) {
      if (h.phrase().criminalOnly() && !criminal) {
        continue;
      }
      String w = text.substring(h.start(), h.end()).toLowerCase(Locale.ROOT);
      boolean generic = w.endsWith("counsel") || w.endsWith("party") || w.endsWith("parties");
      out.add(
          new Found(
              Actor.valueOf(h.phrase().value()),
              h.start(),
              h.end(),
              generic && w.equals("counsel")));
    }
    // "Attorney Jane Lee", "Ms. Lee": the person, counsel unless the caption names her a party
    Anchored.Scan lw = LAWYER.scan(text, from, to);
    List<int[]> lawyers = new ArrayList<>();
    while (lw.find()) {
      String[] words = lw.group(1).trim().split("\\s+");
      Actor a = names.getOrDefault(words[words.length - 1].toLowerCase(Locale.ROOT), Actor.COUNSEL);
      out.add(new Found(a, lw.start(), lw.end(), false));
      lawyers.add(new int[] {lw.start(), lw.end()});
    }
    Anchored.Scan m = CAPITALIZED.scan(text, from, to);
    while (m.find()) {
      int e = m.end();
      if (e - m.start() >= 2 && text.charAt(e - 2) == '\'' && (text.charAt(e - 1) | 32) == 's') {
        e -= 2;
      } else if (text.charAt(e - 1) == '\'') {
        e--;
      }
      Actor a = nameKeys().get(text, m.start(), e); // no lower-case copy per capitalized word
      int at = m.start();
      if (a != null && lawyers.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
        out.add(new Found(a, m.start(), m.end(), false));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return dropGeneric(out);
  }

  /**
   * The word without a final "'s" or "'": what {@code replaceAll("'s?$", "")} gave, without
   * compiling a pattern for every capitalized word (issue #13).
   */
  static String withoutPossessive(String w) {
    if (w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
  }

  /** "defendants' counsel", "counsel for the defendant": the side wins over the bare word. */
  private static List<Found> dropGeneric(List<Found> in) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Found f = in.get(i);
      if (f.generic()) {
        boolean near =
            (i > 0 && f.start() - in.get(i - 1).end() <= 3)
                || (i + 1 < in.size() && in.get(i + 1).start() - f.end() <= 12);
        if (near) {
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }

  /** The actor nearest before {@code to}: a clause's subject. */
  Optional<Found> last(String text, int from, int to) {
    List<Found> all = all(text, from, to);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The first actor in {@code text[from, to)}: an object ("ORDERS Ms. Scherr to"). */
  Optional<Found> first(String text, int from, int to) {
    List<Found> all = all(text, from, to);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * A side's counsel told to account for their own conduct (citations, AI use, sanctions) is
   * addressed personally: COUNSEL rather than the side.
   */
  Actor personal(Actor side, String text, int actorStart, int actorEnd, int clauseEnd) {
    if (side == Actor.COUNSEL || side == Actor.COURT) {
      return side;
    }
    int a = Math.max(0, actorStart - 20);
    int b = Math.min(text.length(), actorEnd + 20);
    boolean counsel = text.substring(a, b).toLowerCase(Locale.ROOT).contains("counsel");
    if (counsel && PERSONAL.find(text, actorEnd, clauseEnd)) {
      return Actor.COUNSEL;
    }
    return side;
  }
}
