package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A range of the ORIGINAL input string given to the parser: UTF-16 code-unit offsets, start
 * inclusive, end exclusive, exactly as {@link String#substring(int, int)} takes them.
 *
 * <pre>{@code
 * TextSpan span = TextSpan.of(10, 24);
 * String quoted = input.substring(span.start(), span.end());
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTextSpan.class)
@JsonDeserialize(as = ImmutableTextSpan.class)
@JsonPropertyOrder({"start", "end"})
public interface TextSpan extends Comparable<TextSpan> {
  /** First UTF-16 offset covered, inclusive. */
  @Value.Parameter
  int start();

  /** UTF-16 offset just past the range. */
  @Value.Parameter
  int end();

  static TextSpan of(int start, int end) {
    return ImmutableTextSpan.of(start, end);
  }

  /** Number of UTF-16 code units covered. */
  default int length() {
    return end() - start();
  }

  /** Whether {@code other} lies entirely inside this span. */
  default boolean encloses(TextSpan other) {
    return start() <= other.start() && other.end() <= end();
  }

  /** The slice of {@code input} this span points to. */
  default String slice(CharSequence input) {
    return input.subSequence(start(), end()).toString();
  }

  @Override
  default int compareTo(TextSpan o) {
    int c = Integer.compare(start(), o.start());
    return c != 0 ? c : Integer.compare(end(), o.end());
  }

  @Value.Check
  default void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalStateException(
          "span must satisfy 0 <= start <= end: [" + start() + ", " + end() + ")");
    }
  }
}
