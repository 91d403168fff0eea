package org.courtorders.parser.internal.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds words that set a time limit with no date: "immediately", "forthwith", "promptly", "as soon
 * as possible", "without delay". Linear time; stateless and thread-safe.
 *
 * <pre>{@code
 * new DatelessRecognizer().find("Defendants shall forthwith produce").get(0).kind(); // IMMEDIATE
 * }</pre>
 */
public final class DatelessRecognizer {
  /** Each phrase as its words, with what it means. Longer phrases first. */
  private static final Object[][] PHRASES = {
    {new String[] {"without", "undue", "delay"}, DatelessKind.PROMPT},
    {new String[] {"as", "soon", "as", "possible"}, DatelessKind.PROMPT},
    {new String[] {"as", "soon", "as", "practicable"}, DatelessKind.PROMPT},
    {new String[] {"as", "soon", "as", "reasonably", "practicable"}, DatelessKind.PROMPT},
    {new String[] {"promptly"}, DatelessKind.PROMPT},
    {new String[] {"without", "delay"}, DatelessKind.IMMEDIATE},
    {new String[] {"immediately"}, DatelessKind.IMMEDIATE},
    {new String[] {"forthwith"}, DatelessKind.IMMEDIATE},
  };

  public List<DatelessMention> find(CharSequence text) {
    return find(text, 0, text.length());
  }

  public List<DatelessMention> find(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    Tokens t = Tokens.scan(text, from, to);
    List<DatelessMention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = i + 1;
      for (Object[] p : PHRASES) {
        String[] words = (String[]) p[0];
        int k = 0;
        while (k < words.length && t.isWord(i + k, words[k])) {
          k++;
        }
        if (k == words.length) {
          out.add(new DatelessMention(t.start(i), t.end(i + k - 1), (DatelessKind) p[1]));
          next = i + k;
          break;
        }
      }
      i = next;
    }
    t.recycle();
    return List.copyOf(out);
  }
}
