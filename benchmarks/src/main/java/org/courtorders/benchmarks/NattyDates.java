package org.courtorders.benchmarks;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Natty, the peer our date recognition is measured against. Natty throws on some documents (a
 * NullPointerException inside its ANTLR walker among others); a throw is counted as a failure,
 * never allowed to end a run. Natty's ANTLR lexer prints "no viable alternative" lines on standard
 * error; they are swallowed here so benchmark output stays readable.
 */
public final class NattyDates {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

  private final Parser parser = new Parser();
  private int failures;

  /** The date groups Natty finds in {@code text}, or an empty list when it throws. */
  public List<DateGroup> find(String text) {
    PrintStream err = System.err;
    System.setErr(NOWHERE);
    try {
      return parser.parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      failures++;
      return List.of();
    } finally {
      System.setErr(err);
    }
  }

  /** How many calls to {@link #find} threw. */
  public int failures() {
    return failures;
  }
}
