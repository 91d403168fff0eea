package org.courtorders.parser.internal.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.courtorders.core.data.DataFile;

/**
 * The reporter table and a trie over its spellings with blanks removed, so "F.Supp.2d", "F. Supp.
 * 2d" and "F.Supp. 2d" are one key and matching costs at most the longest key's length. Loaded once
 * from {@code reporters.json}; immutable afterwards.
 */
final class Reporters {
  private static final String RESOURCE = "reporters.json";

  /** Most blanks skipped between two characters of one abbreviation ("F. Supp."). */
  private static final int MAX_INNER_BLANKS = 2;

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    Reporter reporter;
  }

  /**
   * A reporter matched in text.
   *
   * @param reporter which one
   * @param end normalized end of the abbreviation
   */
  record Match(Reporter reporter, int end) {}

  private final List<Reporter> all;
  private final Node root = new Node();

  private Reporters(List<Reporter> all) {
    this.all = List.copyOf(all);
    for (Reporter r : all) {
      add(r.abbreviation(), r);
      r.variants().forEach(v -> add(v, r));
    }
  }

  private static final class Holder {
    static final Reporters INSTANCE = load();
  }

  static Reporters get() {
    return Holder.INSTANCE;
  }

  List<Reporter> all() {
    return all;
  }

  private void add(String spelling, Reporter r) {
    Node n = root;
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      if (c != ' ') {
        n = n.next.computeIfAbsent(c, k -> new Node());
      }
    }
    n.reporter = r;
  }

  /**
   * Every reporter spelling that starts at {@code i}, longest first. A match must end at a word
   * boundary or before a digit ("846F.2d746"), so "U.S." does not match inside "U.S.C.".
   */
  List<Match> at(String s, int i) {
    List<Match> found = new ArrayList<>(2);
    Node n = root;
    int j = i;
    while (j < s.length()) {
      int k = j;
      int blanks = 0;
      while (k < s.length()
          && (s.charAt(k) == ' ' || s.charAt(k) == '\n')
          && blanks < MAX_INNER_BLANKS
          && j > i) {
        k++;
        blanks++;
      }
      if (k >= s.length()) {
        break;
      }
      Node next = n.next.get(s.charAt(k));
      if (next == null) {
        break;
      }
      n = next;
      j = k + 1;
      if (n.reporter != null && boundary(s, j)) {
        found.add(0, new Match(n.reporter, j));
      }
    }
    return found;
  }

  private static boolean boundary(String s, int j) {
    if (j >= s.length()) {
      return true;
    }
    char c = s.charAt(j);
    if (Chars.isDigit(c)) {
      return true;
    }
    if (Character.isLetter(c)) {
      return false;
    }
    // "U.S." followed by "C." would have matched the letter; also reject "U.S.-" words.
    return c != '\'';
  }

  private static Reporters load() {
    List<Reporter> list = new ArrayList<>();
    for (DataFile.Entry r : DataFile.load(Reporters.class, RESOURCE).entries()) {
      list.add(
          new Reporter(
              r.text("abbreviation"),
              r.text("name"),
              r.flag("volumeIsYear", false),
              r.texts("variants"),
              r.text("source"),
              r.examples().get(0)));
    }
    return new Reporters(list);
  }
}
