package org.courtorders.parser.internal.obligation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched only where its match can start (issue #13): the {@link Starts} table read from
 * the pattern names the positions worth trying, and the pattern is tried there with {@code
 * lookingAt()} on a {@link Window} of the region. The matches are those of {@code
 * pattern.matcher(text).region(from, to).find()} in a loop (default, opaque and anchoring bounds);
 * {@code AnchoredTest} compares the two on every pattern this is used for. A pattern whose starts
 * cannot be read (a look-behind) is searched with plain {@code find()}.
 *
 * <pre>{@code
 * Anchored.Scan s = NOUN.scan(text, clauseStart, clauseEnd);
 * while (s.find()) { use(s.start(), s.end()); }
 * }</pre>
 */
final class Anchored {
  private final Pattern pattern;
  private final Starts starts; // null: plain find()

  private Anchored(Pattern pattern) {
    this.pattern = pattern;
    this.starts = Starts.of(pattern);
  }

  static Anchored of(Pattern pattern) {
    return new Anchored(pattern);
  }

  static Anchored compile(String regex) {
    return new Anchored(Pattern.compile(regex));
  }

  Pattern pattern() {
    return pattern;
  }

  /** Whether {@code text[from, to)} holds a match. */
  boolean find(CharSequence text, int from, int to) {
    if (starts == null) {
      return pattern.matcher(text).region(from, to).find();
    }
    // this thread's matcher, not a new one per question: a yes/no search never nests
    Matcher m = starts.matcher(new Window(text, from, to));
    try {
      return new Scan(starts, text, from, to, m).find();
    } finally {
      starts.release(m);
    }
  }

  /** Whether {@code text} holds a match. */
  boolean find(CharSequence text) {
    return find(text, 0, text.length());
  }

  /** The matches in {@code text[from, to)}, in order, as repeated {@code find()} gives them. */
  Scan scan(CharSequence text, int from, int to) {
    return new Scan(this, text, from, to);
  }

  Scan scan(CharSequence text) {
    return scan(text, 0, text.length());
  }

  /** One search, match by match; offsets are the text's. */
  static final class Scan {
    private final Starts starts;
    private final CharSequence text;
    private final int from;
    private final int to;
    private final Matcher m;

    /**
     * Where a match may start in {@code text}, when known and the pattern never starts in a word.
     */
    private final WordStarts ws;

    private int at;
    private boolean done;

    private Scan(Anchored a, CharSequence text, int from, int to) {
      this(
          a.starts,
          text,
          from,
          to,
          a.starts == null
              ? a.pattern.matcher(text).region(from, to)
              : a.pattern
                  .matcher(new Window(text, from, to))
                  .useTransparentBounds(true)
                  .useAnchoringBounds(false));
    }

    /** With {@code m} already on the region ({@code starts} null) or on its window. */
    private Scan(Starts starts, CharSequence text, int from, int to, Matcher m) {
      this.starts = starts;
      this.text = text;
      this.from = from;
      this.to = to;
      this.at = from;
      this.m = m;
      this.ws = starts == null || starts.startsInsideWords() ? null : WordStarts.of(text);
    }

    /** The next match; false when there is none. */
    boolean find() {
      if (starts == null) {
        return m.find();
      }
      if (done) {
        return false;
      }
      while (at <= to) {
        if (at < to && !starts.mayStartAt(text, from, at, to)) { // at the end, only an empty match
          at = ws == null ? at + 1 : ws.next(at + 1, to);
          continue;
        }
        m.region(at - from, to - from);
        if (!m.lookingAt()) {
          at = ws == null ? at + 1 : ws.next(at + 1, to);
          continue;
        }
        if (m.end() == m.start()) {
          // find() after an empty match moves on one position; an empty match at the end is last
          at = from + m.end() + 1;
        } else {
          at = from + m.end();
        }
        return true;
      }
      done = true;
      return false;
    }

    int start() {
      return starts == null ? m.start() : from + m.start();
    }

    int end() {
      return starts == null ? m.end() : from + m.end();
    }

    int start(int group) {
      int s = m.start(group);
      return starts == null || s < 0 ? s : from + s;
    }

    int end(int group) {
      int e = m.end(group);
      return starts == null || e < 0 ? e : from + e;
    }

    String group() {
      return m.group();
    }

    String group(int group) {
      return m.group(group);
    }

    String group(String name) {
      return m.group(name);
    }
  }
}
