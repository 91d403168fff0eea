package org.courtorders.parser.internal;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches {@code pattern.matcher(text).region(from, to).find()} would, but tries the
 * pattern only near a cue: a literal every match contains within {@code maxPrefix} characters of
 * its start. A case-insensitive regular expression that starts with an alternation (or a
 * look-behind) is otherwise tried at every position of the text, which made the extractors' scans
 * cost about a microsecond per character on long inputs.
 *
 * <pre>{@code
 * CueMatcher m = CueMatcher.of(MENTION, 11, "judge", "hon").matcher(text);
 * while (m.find()) {
 *   use(m.matcher().group("name"));
 * }
 * }</pre>
 *
 * <p>Cues are compared ignoring case, so a cue only widens the set of places tried. Region bounds
 * are transparent: a look-behind at {@code from} sees the character before it (for a line region,
 * the line break, which look-behinds treat as no character at all).
 */
public final class CueMatcher {
  private final Pattern pattern;
  private final int maxPrefix;
  private final String[] cues;
  private String text;
  private Matcher matcher;
  private int from;
  private int to;
  private int next;
  private int tried;
  private int[] cueAt;
  private int[] lowerAt;
  private int[] upperAt;
  private final int[] anchor;

  /** Each cue's characters in lower and in upper case, for the comparison's fast path. */
  private final char[][] lower;

  private final char[][] upper;

  private CueMatcher(Definition d) {
    this.pattern = d.pattern;
    this.maxPrefix = d.maxPrefix;
    this.cues = d.cues;
    this.anchor = d.anchor;
    this.lower = d.lower;
    this.upper = d.upper;
  }

  /** A reusable definition; {@link #matcher} makes the per-text state. */
  public static Definition of(Pattern pattern, int maxPrefix, String... cues) {
    Objects.requireNonNull(pattern, "pattern");
    if (cues.length == 0 || maxPrefix < 0) {
      throw new IllegalArgumentException("need at least one cue and maxPrefix >= 0");
    }
    return new Definition(pattern, maxPrefix, cues.clone());
  }

  /** A pattern with its cues. Immutable and thread-safe. */
  public static final class Definition {
    private final Pattern pattern;
    private final int maxPrefix;
    private final String[] cues;
    private final int[] anchor;
    private final char[][] lower;
    private final char[][] upper;

    private Definition(Pattern pattern, int maxPrefix, String[] cues) {
      this.pattern = pattern;
      this.maxPrefix = maxPrefix;
      this.cues = cues;
      this.anchor = new int[cues.length];
      this.lower = new char[cues.length][];
      this.upper = new char[cues.length][];
      for (int k = 0; k < cues.length; k++) {
        anchor[k] = rarest(cues[k]);
        lower[k] = new char[cues[k].length()];
        upper[k] = new char[cues[k].length()];
        for (int i = 0; i < cues[k].length(); i++) {
          lower[k][i] = Character.toLowerCase(cues[k].charAt(i));
          upper[k][i] = Character.toUpperCase(cues[k].charAt(i));
        }
      }
    }

    public CueMatcher matcher(String text) {
      return matcher(text, 0, text.length());
    }

    public CueMatcher matcher(String text, int from, int to) {
      CueMatcher m = new CueMatcher(this);
      m.reset(text, from, to);
      return m;
    }
  }

  private void reset(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    this.text = text;
    this.from = from;
    this.to = to;
    this.next = from;
    this.tried = from;
    this.matcher = null; // made at the first cue: most texts a definition reads hold none
    this.cueAt = new int[cues.length];
    this.lowerAt = new int[cues.length];
    this.upperAt = new int[cues.length];
    java.util.Arrays.fill(cueAt, Integer.MIN_VALUE);
    java.util.Arrays.fill(lowerAt, Integer.MIN_VALUE);
    java.util.Arrays.fill(upperAt, Integer.MIN_VALUE);
  }

  /** The next match at or after the end of the previous one, as {@link Matcher#find()} would. */
  public boolean find() {
    while (true) {
      int cue = nextCue(Math.max(next, tried));
      if (cue < 0) {
        next = to;
        return false;
      }
      for (int q = Math.max(Math.max(next, tried), cue - maxPrefix); q <= cue; q++) {
        tried = q + 1;
        matcher().region(q, to);
        if (matcher.lookingAt()) {
          next = matcher.end() == q ? q + 1 : matcher.end();
          tried = next;
          return true;
        }
      }
    }
  }

  /** The underlying matcher, positioned on the last match: read groups from it. */
  public Matcher matcher() {
    if (matcher == null) {
      matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
    return matcher;
  }

  /** The first cue occurrence at or after {@code at} inside the region, or -1. */
  private int nextCue(int at) {
    int best = -1;
    for (int k = 0; k < cues.length; k++) {
      if (cueAt[k] != -1 && cueAt[k] < at) {
        cueAt[k] = indexOfIgnoreCase(k, at);
      }
      if (cueAt[k] >= 0 && (best < 0 || cueAt[k] < best)) {
        best = cueAt[k];
      }
    }
    return best;
  }

  /**
   * Cue {@code k} at or after {@code at}. {@link String#indexOf(int, int)} (a vectorized intrinsic)
   * looks for each case of the cue's rarest letter, and each position found is remembered, so no
   * stretch of text is searched twice.
   */
  private int indexOfIgnoreCase(int k, int at) {
    String cue = cues[k];
    int a = anchor[k];
    char lo = lower[k][a];
    char up = upper[k][a];
    int last = to - cue.length();
    int i = Math.max(at, from);
    while (i <= last) {
      int ai = i + a;
      if (lowerAt[k] != -1 && lowerAt[k] < ai) {
        lowerAt[k] = text.indexOf(lo, ai);
      }
      if (lo != up && upperAt[k] != -1 && upperAt[k] < ai) {
        upperAt[k] = text.indexOf(up, ai);
      }
      int c = lowerAt[k];
      if (lo != up && upperAt[k] >= 0 && (c < 0 || upperAt[k] < c)) {
        c = upperAt[k];
      }
      if (c < 0 || c - a > last) {
        return -1;
      }
      if (regionMatchesIgnoreCase(c - a, k)) {
        return c - a;
      }
      i = c - a + 1;
    }
    return -1;
  }

  /** Letters from most to least frequent in English text; anything else counts as rare. */
  private static final String FREQUENT = " etaoinshrdlcumwfgypbvkjxqz";

  /** The index of the character of {@code cue} least likely to occur in text. */
  private static int rarest(String cue) {
    int best = 0;
    int bestRank = -1;
    for (int i = 0; i < cue.length(); i++) {
      int r = FREQUENT.indexOf(Character.toLowerCase(cue.charAt(i)));
      int rank = r < 0 ? FREQUENT.length() : r;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Whether cue {@code c} is at {@code at}, ignoring case as {@link String#regionMatches(boolean,
   * int, String, int, int)} does. An ASCII pair compares against the cue's two cases without the
   * Unicode tables; any other pair is compared as before.
   */
  private boolean regionMatchesIgnoreCase(int at, int c) {
    String cue = cues[c];
    char[] lo = lower[c];
    char[] up = upper[c];
    for (int k = 0; k < cue.length(); k++) {
      char a = text.charAt(at + k);
      char b = cue.charAt(k);
      if (a < 128 && b < 128) {
        if (a != lo[k] && a != up[k]) {
          return false;
        }
      } else if (a != b
          && Character.toLowerCase(a) != Character.toLowerCase(b)
          && Character.toUpperCase(a) != Character.toUpperCase(b)) {
        return false;
      }
    }
    return true;
  }
}
