package org.courtorders.parser.internal.obligation;

import org.courtorders.core.Actor;
import org.courtorders.parser.internal.read.Reading;

/**
 * The sides of an order's briefing: which side moves ("Plaintiff's proposal", "Defendants' motion",
 * the side named right before "motion", "request", "application", latest count wins) and so who
 * owns a thing due that a schedule names without a side ("Motion to compel due", "Opposition",
 * "Reply brief"): a motion or reply is the movant's, an opposition or response the other side's.
 * Shared by the clause reader and the schedule reader; the movant is found once, on first need, in
 * one pass.
 *
 * <pre>{@code
 * Actor who = new Briefing(ctx, actors).ownerOfThingDue(words, 0, 3);   // null when not told
 * }</pre>
 */
final class Briefing {
  private final Reading ctx;
  private final ActorResolver actors;
  private final DateWords v = DateWords.standard();
  private Actor movant;
  private boolean movantKnown;

  Briefing(Reading ctx, ActorResolver actors) {
    this.ctx = ctx;
    this.actors = actors;
  }

  /**
   * The owner of the thing due that heads tokens {@code [from, head)} ("State opposition",
   * "reply"): the movant for a motion or reply, the other side for an opposition or response, null
   * when the words name neither or the movant is not known.
   */
  Actor ownerOfThingDue(Words w, int from, int head) {
    int resp = v.find("respondent", w, from, head);
    int mov = v.find("movant", w, from, head);
    if (resp >= 0 && (mov < 0 || resp <= mov)) {
      Actor m = movant();
      return m == Actor.PLAINTIFFS
          ? Actor.DEFENDANTS
          : m == Actor.DEFENDANTS ? Actor.PLAINTIFFS : null;
    }
    return mov >= 0 ? movant() : null;
  }

  /**
   * The moving side of the order's briefing: the side named right before "motion", "proposal",
   * "request" or "application" ("Plaintiff's proposal", "Defendants' motion"), the side named so
   * more often; null on a tie or when none is.
   */
  Actor movant() {
    if (movantKnown) {
      return movant;
    }
    movantKnown = true;
    String t = ctx.text;
    int pl = 0;
    int df = 0;
    for (ActorResolver.Found f : actors.all(t, 0, t.length())) {
      if (f.actor() != Actor.PLAINTIFFS && f.actor() != Actor.DEFENDANTS) {
        continue;
      }
      Words after = Words.scan(t, f.end(), Math.min(t.length(), f.end() + 40));
      int k = 0;
      while (k < after.size()
          && (after.is(k, "'")
              || after.is(k, "s")
              || after.is(k, "letter")
              || after.is(k, "cross"))) {
        k++;
      }
      if (after.isAny(
          k, "motion", "proposal", "request", "application", "moves", "moved", "petition")) {
        if (f.actor() == Actor.PLAINTIFFS) {
          pl++;
        } else {
          df++;
        }
      }
    }
    movant = pl > df ? Actor.PLAINTIFFS : df > pl ? Actor.DEFENDANTS : null;
    return movant;
  }
}
